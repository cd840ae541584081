/**
 * The pure part of data entry: reading what was typed with the domain's parsers and value
 * checks, overlaying it on the stored values, finding what changed, and running the domain's
 * validation rules (the same `Validate.run` the server runs) on the result.
 */

import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import type { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import * as Rate from "@cchc/domain/indicators/Rate";
import { checkValue, describeTypeProblem, type KeyedValue, keyText } from "@cchc/domain/indicators/Value";
import type { LocalDate } from "@cchc/domain/LocalDate";
import { parseMoney } from "@cchc/domain/VnMoney";
import { parseDecimal, parseInteger } from "@cchc/domain/VnNumber";
import * as Expression from "@cchc/domain/validation/Expression";
import type { Finding } from "@cchc/domain/validation/Finding";
import type { Rule } from "@cchc/domain/validation/Rule";
import * as Validate from "@cchc/domain/validation/Validate";
import { Either } from "effect";
import type { ValueBody, ValueInput } from "../api/Answers";
import { formatForInput } from "../ui/FigureFormat";

/** What the entry form reads of a stored value: its key, figure and version (and who changed it last, for a conflict). */
export type StoredFigure = Pick<ValueBody, "indicator" | "disaggregation" | "value" | "version"> & { readonly updatedBy?: string | null };

/** What was typed, by value key text ("code" or "code[dim=opt]"). */
export type Drafts = ReadonlyMap<string, string>;

/** The reading of one typed text: empty, a value, or a problem to show next to the field. */
export type Reading =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "invalid"; readonly message: string };

/** Reads a typed text as a value of the indicator (Vietnamese notation: "1.788", "66,7", "177 triệu đồng"). */
export const read = (def: Pick<IndicatorDefinition, "code" | "valueType">, text: string, invalidText: string): Reading => {
  const t = text.trim();
  if (t === "") return { kind: "empty" };
  const parsed: Either.Either<number, unknown> =
    def.valueType === "money" ? parseMoney(t) : def.valueType === "count" ? parseInteger(t) : parseDecimal(t);
  if (Either.isLeft(parsed)) return { kind: "invalid", message: invalidText };
  const checked = checkValue(def, parsed.right);
  return Either.isLeft(checked) ? { kind: "invalid", message: describeTypeProblem(checked.left) } : { kind: "value", value: checked.right };
};

/** A cell of an indicator's form: the total or one option of one dimension. */
export interface Cell {
  readonly disaggregation: string;
  readonly dimension: string | null;
  readonly labelVi: string;
  readonly labelEn: string;
}

/** The cells of an indicator: its total, then each dimension's options. */
export const cellsOf = (
  def: Pick<IndicatorDefinition, "dimensions">,
): {
  readonly total: Cell;
  readonly tables: ReadonlyArray<{ readonly dimension: Disaggregation.Dimension; readonly cells: ReadonlyArray<Cell> }>;
} => ({
  total: { disaggregation: "", dimension: null, labelVi: "Tổng số", labelEn: "Total" },
  tables: def.dimensions.flatMap((code) => {
    const dimension = Disaggregation.dimensions.find((d) => d.code === code);
    return dimension
      ? [
          {
            dimension,
            cells: dimension.options.map((o) => ({
              disaggregation: `${code}=${o.code}`,
              dimension: code,
              labelVi: o.labelVi,
              labelEn: o.labelEn,
            })),
          },
        ]
      : [];
  }),
});

/** The text a field shows for a stored value. */
export const storedText = (def: IndicatorDefinition | undefined, value: StoredFigure | undefined): string =>
  value === undefined ? "" : formatForInput(def?.valueType, value.value);

/** The values as they would be saved: stored values overlaid with what was typed and reads as a value. */
export const merged = (
  stored: ReadonlyArray<StoredFigure>,
  drafts: Drafts,
  defs: ReadonlyMap<string, IndicatorDefinition>,
): ReadonlyArray<KeyedValue> => {
  const out = new Map<string, KeyedValue>(
    stored.map((v) => [keyText(v), { indicator: v.indicator, disaggregation: v.disaggregation, value: v.value }]),
  );
  for (const [key, text] of drafts) {
    const { indicator, disaggregation } = splitKey(key);
    const def = defs.get(indicator);
    if (!def) continue;
    const r = read(def, text, "");
    if (r.kind === "value") out.set(key, { indicator, disaggregation, value: r.value });
    else if (r.kind === "empty") out.delete(key);
  }
  return [...out.values()];
};

/** The indicator and disaggregation of a key text. */
export const splitKey = (key: string): { readonly indicator: string; readonly disaggregation: string } => {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(key);
  return { indicator: m?.[1] ?? key, disaggregation: m?.[2] ?? "" };
};

/** The values to send: typed values that differ from the stored ones, each with the version read. */
export const changes = (
  stored: ReadonlyArray<StoredFigure>,
  drafts: Drafts,
  defs: ReadonlyMap<string, IndicatorDefinition>,
): ReadonlyArray<ValueInput> => {
  const byKey = new Map(stored.map((v) => [keyText(v), v]));
  const out: ValueInput[] = [];
  for (const [key, text] of drafts) {
    const { indicator, disaggregation } = splitKey(key);
    const def = defs.get(indicator);
    if (!def) continue;
    const r = read(def, text, "");
    const before = byKey.get(key);
    if (r.kind === "value" && r.value !== before?.value)
      out.push({ indicator, disaggregation, value: r.value, version: before?.version ?? 0 });
  }
  return out;
};

/** Whether any typed text differs from what is stored (including invalid texts, which are not lost either). */
export const isDirty = (stored: ReadonlyArray<StoredFigure>, drafts: Drafts, defs: ReadonlyMap<string, IndicatorDefinition>): number => {
  const byKey = new Map(stored.map((v) => [keyText(v), v]));
  let n = 0;
  for (const [key, text] of drafts) if (text.trim() !== storedText(defs.get(splitKey(key).indicator), byKey.get(key)).trim()) n++;
  return n;
};

/** Everything the rules need besides the values. */
export interface RuleContext {
  readonly rules: ReadonlyArray<Rule>;
  readonly rates: ReadonlyArray<RateDefinition>;
  readonly indicators: ReadonlyArray<IndicatorDefinition>;
  readonly window: { readonly start: LocalDate; readonly end: LocalDate; readonly label: string };
}

/** Runs the validation rules on the merged values (no claims or events: those are not typed here). */
export const validate = (ctx: RuleContext, values: ReadonlyArray<KeyedValue>): ReadonlyArray<Finding> =>
  Validate.run({ rules: ctx.rules, rates: ctx.rates, indicators: ctx.indicators, values, claims: [], events: [], window: ctx.window });

/** Findings grouped by the indicators they involve, so each shows next to its fields. */
export const findingsByIndicator = (findings: ReadonlyArray<Finding>): ReadonlyMap<string, ReadonlyArray<Finding>> => {
  const out = new Map<string, Finding[]>();
  for (const f of findings)
    for (const indicator of new Set(f.values.map((v) => v.indicator))) out.set(indicator, [...(out.get(indicator) ?? []), f]);
  return out;
};

/** The keys (as key texts) a finding involves. */
export const keysOf = (f: Finding): ReadonlySet<string> => new Set(f.values.map((v) => keyText(v)));

/** The rates computed live from the merged values. */
export const liveRates = (
  rates: ReadonlyArray<RateDefinition>,
  indicators: ReadonlyArray<IndicatorDefinition>,
  values: ReadonlyArray<KeyedValue>,
): ReadonlyArray<Rate.RateResult> => Rate.computeAll(rates, Expression.lookupOf(values), indicators);
