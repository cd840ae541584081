/**
 * Runs validation rules over one unit and period: comparison rules over values, the rate-claims
 * rule over stated rates, the event-dates rule over dated events. Pure: the caller gathers the data
 * (from the database, or from a dry run with changes applied) and gets findings back.
 */
import { Either } from "effect";
import type { IndicatorDefinition, RateDefinition } from "../indicators/Indicator.js";
import * as Rate from "../indicators/Rate.js";
import { type KeyedValue, keyText, type ValueKey } from "../indicators/Value.js";
import type * as LocalDate from "../LocalDate.js";
import * as VnDate from "../VnDate.js";
import { formatInteger } from "../VnNumber.js";
import { formatPercent } from "../VnRate.js";
import { type DatedEvent, outsideWindow } from "./DatedEvent.js";
import * as Expression from "./Expression.js";
import type { Finding, FindingValue } from "./Finding.js";
import { type ComparisonRule, compare, fill, operatorText, type Rule } from "./Rule.js";

/** Everything the rules of one unit and period look at. */
export interface ValidationInput {
  readonly rules: ReadonlyArray<Rule>;
  readonly rates: ReadonlyArray<RateDefinition>;
  readonly indicators?: ReadonlyArray<Pick<IndicatorDefinition, "code" | "nameVi">>;
  readonly values: ReadonlyArray<KeyedValue>;
  readonly claims: ReadonlyArray<Rate.RateClaim>;
  readonly events: ReadonlyArray<DatedEvent>;
  readonly window: { readonly start: LocalDate.LocalDate; readonly end: LocalDate.LocalDate; readonly label: string };
}

/** The outcome of one rule: passed, skipped for missing values, or failed with findings. */
export type RuleOutcome =
  | { readonly status: "pass" }
  | { readonly status: "skip"; readonly missing: ReadonlyArray<ValueKey> }
  | { readonly status: "fail"; readonly findings: ReadonlyArray<Finding> };

const parsed = (text: string): Expression.Expression =>
  Either.getOrThrowWith(Expression.parse(text), (e) => new Error(Expression.describe(e)));

const involved = (l: Expression.Evaluation, r: Expression.Evaluation): ReadonlyArray<FindingValue> => {
  const out = new Map<string, FindingValue>();
  for (const e of [l, r]) {
    for (const p of e.present) out.set(keyText(p), { indicator: p.indicator, disaggregation: p.disaggregation, value: p.value });
    for (const m of e.missing) out.set(keyText(m), { indicator: m.indicator, disaggregation: m.disaggregation, value: null });
  }
  return [...out.values()];
};

/** Evaluates a comparison rule over values. */
export const evaluateComparison = (rule: ComparisonRule, lookup: Expression.Lookup): RuleOutcome => {
  const l = Expression.evaluate(parsed(rule.left), lookup);
  const r = Expression.evaluate(parsed(rule.right), lookup);
  const missing = [...l.missing, ...r.missing];
  const leftPresent = l.present.length > 0;
  const rightPresent = r.present.length > 0;
  let ok: boolean;
  if (rule.operator === "compulsory_pair") {
    if (!leftPresent && !rightPresent) return { status: "skip", missing };
    ok = leftPresent === rightPresent;
  } else if (rule.operator === "exclusive_pair") {
    ok = !(leftPresent && rightPresent);
  } else {
    if (rule.missing === "skip-if-any-missing" && missing.length > 0) return { status: "skip", missing };
    if (rule.missing === "skip-if-all-missing" && !leftPresent && !rightPresent) return { status: "skip", missing };
    ok = compare(rule.operator, l.value, r.value);
  }
  if (ok) return { status: "pass" };
  const pair = rule.operator === "compulsory_pair" || rule.operator === "exclusive_pair";
  const message = fill(rule.messageVi, {
    left: formatInteger(l.value),
    right: formatInteger(r.value),
    diff: formatInteger(Math.abs(l.value - r.value)),
    op: operatorText[rule.operator],
  });
  return {
    status: "fail",
    findings: [
      {
        rule: rule.code,
        kind: "comparison",
        area: rule.area,
        importance: rule.importance,
        message,
        operator: rule.operator,
        left: pair ? null : l.value,
        right: pair ? null : r.value,
        values: involved(l, r),
        subject: null,
      },
    ],
  };
};

const claimFindings = (rule: Rule, input: ValidationInput, lookup: Expression.Lookup): ReadonlyArray<Finding> => {
  const rates = Rate.computeAll(input.rates, lookup, input.indicators);
  return input.claims.flatMap((claim) => {
    const check = Rate.checkClaim(claim, rates);
    if (check.matches !== false) return [];
    const rate = rates.find((r) => r.code === claim.rate && r.disaggregation === claim.disaggregation);
    const label = rate ? rate.nameVi : claim.rate;
    return [
      {
        rule: rule.code,
        kind: "rate-claims" as const,
        area: rate?.area ?? rule.area,
        importance: rule.importance,
        message: fill(rule.messageVi, {
          rate: label,
          stated: `${claim.qualifier === "at-least" ? "trên " : ""}${formatPercent(claim.stated, claim.decimals)}`,
          computed: formatPercent(check.computed as number, claim.decimals),
          numerator: formatInteger(rate?.numerator ?? 0),
          denominator: formatInteger(rate?.denominator ?? 0),
        }),
        operator: claim.qualifier === "exact" ? "==" : "<=",
        left: claim.stated,
        right: check.computed,
        values: (rate?.keys ?? []).map((k) => ({ ...k, value: lookup(k) ?? null })),
        subject: { type: "rate" as const, ref: Rate.claimKey(claim), label },
      },
    ];
  });
};

const eventFindings = (rule: Rule, input: ValidationInput): ReadonlyArray<Finding> =>
  input.events
    .filter((e) => outsideWindow(e, input.window))
    .map((e) => ({
      rule: rule.code,
      kind: "event-dates" as const,
      area: e.area ?? rule.area,
      importance: rule.importance,
      message: fill(rule.messageVi, {
        event: e.label,
        date: VnDate.formatShort(e.date),
        period: input.window.label,
        start: VnDate.formatShort(input.window.start),
        end: VnDate.formatShort(input.window.end),
      }),
      operator: null,
      left: null,
      right: null,
      values: [],
      subject: { type: "event" as const, ref: e.ref, label: e.label },
    }));

const evaluateWith = (rule: Rule, input: ValidationInput, lookup: Expression.Lookup): RuleOutcome => {
  if (rule.kind === "comparison") return evaluateComparison(rule, lookup);
  const findings = rule.kind === "rate-claims" ? claimFindings(rule, input, lookup) : eventFindings(rule, input);
  return findings.length === 0 ? { status: "pass" } : { status: "fail", findings };
};

/** Evaluates one rule of any kind. */
export const evaluateRule = (rule: Rule, input: ValidationInput): RuleOutcome =>
  evaluateWith(rule, input, Expression.lookupOf(input.values));

/** Runs every rule; errors first, then warnings, each in rule order. */
export const run = (input: ValidationInput): ReadonlyArray<Finding> => {
  // The web entry form runs this on every edit: index the values once, not once per rule.
  const lookup = Expression.lookupOf(input.values);
  const all = input.rules.flatMap((rule) => {
    const outcome = evaluateWith(rule, input, lookup);
    return outcome.status === "fail" ? outcome.findings : [];
  });
  return [...all.filter((f) => f.importance === "error"), ...all.filter((f) => f.importance === "warning")];
};
