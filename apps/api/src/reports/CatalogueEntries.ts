/**
 * The catalogue of a year as the report assembly reads it: indicators with their unit of measure
 * and area, and derived rates whose expressions ("#{a[x=y]} + #{b}") become sums of terms. A term
 * with the rate's own disaggregation inherits it, so one entry serves every disaggregation.
 */
import type { Catalogue } from "@cchc/domain/indicators/Catalogue";
import type { RateDefinition as CatalogueRate } from "@cchc/domain/indicators/Indicator";
import * as Expression from "@cchc/domain/validation/Expression";
import type { CatalogueEntry, RateTerm } from "@cchc/report/assembly/ReportInput";
import { Either } from "effect";

const termsOf = (text: string, disaggregation: string): ReadonlyArray<RateTerm> | null => {
  const parsed = Expression.parse(text);
  if (Either.isLeft(parsed)) return null;
  const out: Array<RateTerm> = [];
  for (const t of parsed.right.terms) {
    // Constants and subtractions do not occur in rate definitions; such a rate is left out.
    if (t.kind !== "ref" || t.sign !== 1) return null;
    out.push(
      t.disaggregation === disaggregation ? { indicator: t.indicator } : { indicator: t.indicator, disaggregation: t.disaggregation },
    );
  }
  return out;
};

const rateEntry = (rows: ReadonlyArray<CatalogueRate>): CatalogueEntry | null => {
  const first = rows[0];
  if (first === undefined) return null;
  const numerator = termsOf(first.numerator, first.disaggregation);
  const denominator = termsOf(first.denominator, first.disaggregation);
  if (numerator === null || denominator === null || numerator.length === 0 || denominator.length === 0 || first.factor !== 100) return null;
  const same = rows.every(
    (r) =>
      JSON.stringify(termsOf(r.numerator, r.disaggregation)) === JSON.stringify(numerator) &&
      JSON.stringify(termsOf(r.denominator, r.disaggregation)) === JSON.stringify(denominator) &&
      r.decimals === first.decimals,
  );
  if (!same) return null;
  return {
    code: first.code,
    nameVi: first.nameVi,
    unit: "%",
    area: first.area,
    rate: {
      numerator: [numerator[0] as RateTerm, ...numerator.slice(1)],
      denominator: [denominator[0] as RateTerm, ...denominator.slice(1)],
      decimals: first.decimals,
      disaggregations: rows.map((r) => r.disaggregation),
      names: Object.fromEntries(rows.map((r) => [r.disaggregation, r.nameVi])),
    },
  };
};

/** The catalogue entries of a catalogue: its indicators, then its rates (grouped by code). */
export const catalogueEntries = (c: Catalogue): ReadonlyArray<CatalogueEntry> => {
  const indicators: Array<CatalogueEntry> = c.indicators.map((i) => ({
    code: i.code,
    nameVi: i.nameVi,
    unit: i.valueType === "money" ? "đồng" : i.unitVi,
    area: i.area,
  }));
  const byCode = new Map<string, Array<CatalogueRate>>();
  for (const r of c.rates) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const rates = [...byCode.values()].map(rateEntry).filter((e): e is CatalogueEntry => e !== null);
  return [...indicators, ...rates];
};
