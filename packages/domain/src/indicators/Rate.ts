/**
 * Derived rates and stated-rate claims. A rate is computed from its counts (numerator /
 * denominator × factor, half up at its decimals, via `VnRate`), never typed. When a report states
 * a rate ("đạt tỷ lệ 49,5%") the statement is kept as a claim and compared with the computed rate.
 */
import { Either, Schema } from "effect";
import * as VnRate from "../VnRate.js";
import * as Expression from "../validation/Expression.js";
import { IndicatorCode, type IndicatorDefinition, type RateDefinition, rateKey } from "./Indicator.js";
import { keyText, type ValueKey } from "./Value.js";

/** A rate as a report states it, to be checked against its counts. */
export const RateClaim = Schema.Struct({
  rate: IndicatorCode,
  disaggregation: Schema.String,
  stated: Schema.Number.annotations({ description: "Tỷ lệ báo cáo nêu, tính bằng %, ví dụ 49.5" }),
  decimals: Schema.Int.pipe(Schema.between(0, 4)),
  qualifier: Schema.Literal("exact", "at-least").annotations({ description: "exact (đạt x%) hoặc at-least (trên x%)" }),
  text: Schema.optional(Schema.String).annotations({ description: "Câu chữ trong báo cáo" }),
}).annotations({ identifier: "RateClaim" });
export type RateClaim = typeof RateClaim.Type;

/** A computed rate with its formula and counts. */
export interface RateResult {
  readonly code: string;
  readonly disaggregation: string;
  readonly nameVi: string;
  readonly area: RateDefinition["area"];
  readonly formula: string;
  readonly formulaVi: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly decimals: number;
  /** The rate in percent, null when a count is missing or the denominator is 0. */
  readonly value: number | null;
  /** "98,5%", or "—" when the rate cannot be computed. */
  readonly formatted: string;
  readonly keys: ReadonlyArray<ValueKey>;
}

/** A claim compared with its computed rate; `matches` is null when the rate cannot be computed. */
export interface ClaimCheck extends RateClaim {
  readonly computed: number | null;
  readonly matches: boolean | null;
}

const namesOf = (expr: Expression.Expression, names: ReadonlyMap<string, string>): string =>
  expr.terms
    .map((t, i) => {
      const sign = t.sign < 0 ? " − " : i === 0 ? "" : " + ";
      if (t.kind === "const") return `${sign}${t.value}`;
      const name = names.get(t.indicator) ?? t.indicator;
      return `${sign}${name}${t.disaggregation ? ` [${t.disaggregation}]` : ""}`;
    })
    .join("");

const parseOrDie = (text: string): Expression.Expression =>
  Either.getOrThrowWith(Expression.parse(text), (e) => new Error(Expression.describe(e)));

/** Computes one rate from values; the catalogue was validated, so its expressions parse. */
export const compute = (
  def: RateDefinition,
  lookup: Expression.Lookup,
  indicators: ReadonlyArray<Pick<IndicatorDefinition, "code" | "nameVi">> = [],
): RateResult => {
  const names = new Map(indicators.map((i) => [i.code, i.nameVi]));
  const num = parseOrDie(def.numerator);
  const den = parseOrDie(def.denominator);
  const n = Expression.evaluate(num, lookup);
  const d = Expression.evaluate(den, lookup);
  const complete = n.missing.length === 0 && d.missing.length === 0;
  const value = complete ? VnRate.computeRate(n.value * (def.factor / 100), d.value, def.decimals) : null;
  const factor = def.factor === 100 ? "100%" : String(def.factor);
  return {
    code: def.code,
    disaggregation: def.disaggregation,
    nameVi: def.nameVi,
    area: def.area,
    formula: `(${def.numerator}) / (${def.denominator}) × ${def.factor}`,
    formulaVi: `(${namesOf(num, names)}) / (${namesOf(den, names)}) × ${factor}`,
    numerator: complete ? n.value : null,
    denominator: complete ? d.value : null,
    decimals: def.decimals,
    value,
    formatted: value === null ? "—" : VnRate.formatPercent(value, def.decimals),
    keys: [...Expression.references(num), ...Expression.references(den)],
  };
};

/** Computes every rate of a catalogue. */
export const computeAll = (
  defs: ReadonlyArray<RateDefinition>,
  lookup: Expression.Lookup,
  indicators: ReadonlyArray<Pick<IndicatorDefinition, "code" | "nameVi">> = [],
): ReadonlyArray<RateResult> => defs.map((d) => compute(d, lookup, indicators));

/** Compares a claim with the computed rates: exact claims must equal the rate at their decimals, "trên x%" claims must not exceed it. */
export const checkClaim = (claim: RateClaim, rates: ReadonlyArray<RateResult>): ClaimCheck => {
  const rate = rates.find((r) => rateKey(r) === rateKey({ code: claim.rate, disaggregation: claim.disaggregation }));
  if (!rate || rate.numerator === null || rate.denominator === null || rate.denominator === 0)
    return { ...claim, computed: null, matches: null };
  const computed = VnRate.computeRate(rate.numerator, rate.denominator, claim.decimals);
  if (computed === null) return { ...claim, computed: null, matches: null };
  const matches =
    claim.qualifier === "exact" ? VnRate.matches(claim.stated, claim.decimals, rate.numerator, rate.denominator) : computed >= claim.stated;
  return { ...claim, computed, matches };
};

/** The key text of a claim's rate. */
export const claimKey = (c: Pick<RateClaim, "rate" | "disaggregation">): string =>
  keyText({ indicator: c.rate, disaggregation: c.disaggregation });
