/**
 * Derived rates, always computed: sum(numerator) / sum(denominator) × 100, rounded half up at the
 * definition's decimals (VnRate works on exact integers, so 4.923.692.615 / 9.961.000.000 is 49,4%).
 * Each result carries its formula with the figures, as the appendix prints it.
 */

import { formatInteger } from "@cchc/domain/VnNumber";
import { computeRate, formatPercent } from "@cchc/domain/VnRate";
import * as Disaggregation from "./Disaggregation.js";
import { lookup, MISSING, type ValueIndex } from "./Figures.js";
import type { ComputedRate, RateTermValue } from "./ReportDocument.js";
import type { CatalogueEntry, RateTerm, ReportRate } from "./ReportInput.js";

/** Text of a rate whose denominator is 0. */
export const UNDEFINED_RATE = "[không tính được: mẫu số bằng 0]";

/** A computed rate, and whether it lacks a figure or its denominator is 0. */
export interface ReportRateResult extends ComputedRate {
  /** Whether a term has no value. */
  readonly missing: boolean;
  /** Whether the denominator is 0. */
  readonly undefinedRate: boolean;
}

const resolveTerms = (
  terms: ReadonlyArray<RateTerm>,
  disaggregation: string,
  index: ValueIndex,
  unit: string,
): ReadonlyArray<RateTermValue> =>
  terms.map((t) => {
    const d = t.disaggregation ?? disaggregation;
    return { indicator: t.indicator, disaggregation: d, value: lookup(index, unit, t.indicator, d) ?? null };
  });

const sum = (terms: ReadonlyArray<RateTermValue>): number | null =>
  terms.some((t) => t.value === null) ? null : terms.reduce((s, t) => s + (t.value ?? 0), 0);

const termsLabel = (terms: ReadonlyArray<RateTermValue>, names: (code: string) => string): string =>
  terms.map((t) => Disaggregation.withLabel(names(t.indicator), t.disaggregation)).join(" + ");

const termsText = (terms: ReadonlyArray<RateTermValue>): string => {
  const parts = terms.map((t) => (t.value === null ? MISSING : formatInteger(t.value)));
  return parts.length > 1 ? `(${parts.join(" + ")})` : (parts[0] ?? MISSING);
};

/** Computes a rate of the catalogue for a disaggregation and unit; `names` gives indicator names. */
export const compute = (
  definition: ReportRate,
  disaggregation: string,
  index: ValueIndex,
  unit: string,
  names: (code: string) => string,
): ReportRateResult => {
  const numeratorTerms = resolveTerms(definition.numerator, disaggregation, index, unit);
  const denominatorTerms = resolveTerms(definition.denominator, disaggregation, index, unit);
  return fromTerms(definition, numeratorTerms, denominatorTerms, names);
};

/** A rate from resolved terms (also used for rates counted from tasks rather than values). */
export const fromTerms = (
  definition: Pick<ReportRate, "decimals" | "numeratorLabel" | "denominatorLabel">,
  numeratorTerms: ReadonlyArray<RateTermValue>,
  denominatorTerms: ReadonlyArray<RateTermValue>,
  names: (code: string) => string,
): ReportRateResult => {
  const numerator = sum(numeratorTerms);
  const denominator = sum(denominatorTerms);
  const decimals = definition.decimals;
  const missing = numerator === null || denominator === null;
  const value = missing ? null : computeRate(numerator, denominator, decimals);
  const undefinedRate = !missing && value === null;
  const text = missing ? MISSING : value === null ? UNDEFINED_RATE : formatPercent(value, decimals);
  const numeratorLabel = definition.numeratorLabel ?? termsLabel(numeratorTerms, names);
  const denominatorLabel = definition.denominatorLabel ?? termsLabel(denominatorTerms, names);
  const formula = `${numeratorLabel} / ${denominatorLabel} × 100 = ${termsText(numeratorTerms)} / ${termsText(denominatorTerms)} × 100 = ${text}`;
  return {
    numeratorLabel,
    denominatorLabel,
    numeratorTerms,
    denominatorTerms,
    numerator,
    denominator,
    decimals,
    value,
    text,
    formula,
    missing,
    undefinedRate,
  };
};

/** The computed rate alone, in the order a rate row lists it. */
export const computedRate = ({ missing: _missing, undefinedRate: _undefinedRate, ...rate }: ReportRateResult): ComputedRate => rate;

/** Whether any term of a rate has a value for the unit (the rate belongs to that unit's figures). */
export const hasAnyValue = (definition: ReportRate, disaggregation: string, index: ValueIndex, unit: string): boolean =>
  [...definition.numerator, ...definition.denominator].some(
    (t) => lookup(index, unit, t.indicator, t.disaggregation ?? disaggregation) !== undefined,
  );

/** The disaggregations a rate entry is computed for. */
export const disaggregationsOf = (entry: CatalogueEntry): ReadonlyArray<string> => entry.rate?.disaggregations ?? [""];
