/**
 * The indicator catalogue as served from the database: indicators with their disaggregations,
 * derived rates with their formulas, and the validation rules — per catalogue year.
 */
import * as Indicators from "@cchc/contract/endpoints/Indicators";
import { CatalogueRepo, IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import type { Catalogue } from "@cchc/domain/indicators/Catalogue";
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import type { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import * as Expression from "@cchc/domain/validation/Expression";
import { Effect, Either } from "effect";
import { handle } from "../http/Route.js";
import { page } from "./Paging.js";

const catalogueOf = (year: number | undefined) =>
  Effect.gen(function* () {
    const repo = yield* CatalogueRepo;
    if (year !== undefined) return yield* repo.applicable(year);
    const years = yield* repo.years();
    return yield* repo.applicable(years[years.length - 1] ?? 0);
  });

const withDisaggregations = (i: IndicatorDefinition) => ({
  ...i,
  disaggregations: i.dimensions.flatMap((d) => {
    const dim = Disaggregation.dimensions.find((x) => x.code === d);
    return dim ? [{ dimension: dim.code, nameVi: dim.nameVi, options: dim.options }] : [];
  }),
});

const withFormula = (c: Catalogue) => (r: RateDefinition) => {
  const names = new Map<string, string>(c.indicators.map((i) => [i.code, i.nameVi]));
  const text = (e: string) =>
    Either.match(Expression.parse(e), {
      onLeft: () => e,
      onRight: (x) =>
        x.terms
          .map(
            (t, n) =>
              `${t.sign < 0 ? " − " : n === 0 ? "" : " + "}${t.kind === "const" ? t.value : `${names.get(t.indicator) ?? t.indicator}${t.disaggregation ? ` [${Disaggregation.labelVi(t.disaggregation)}]` : ""}`}`,
          )
          .join(""),
    });
  return { ...r, formulaVi: `(${text(r.numerator)}) / (${text(r.denominator)}) × ${r.factor === 100 ? "100%" : r.factor}` };
};

const mentions = (text: string, code: string) =>
  Either.match(Expression.parse(text), { onLeft: () => false, onRight: (e) => Expression.references(e).some((k) => k.indicator === code) });

/** Indicator catalogue routes. */
export const indicatorRoutes = [
  handle(Indicators.listIndicators, ({ query }) =>
    Effect.gen(function* () {
      const c = yield* catalogueOf(query.year);
      const indicators = c.indicators.filter((i) => query.area === undefined || i.area === query.area).map(withDisaggregations);
      const rates = c.rates.filter((r) => query.area === undefined || r.area === query.area).map(withFormula(c));
      return { year: c.year, version: c.version, titleVi: c.titleVi, ...page(indicators, query), rates };
    }),
  ),
  handle(Indicators.getIndicator, ({ params, query }) =>
    Effect.gen(function* () {
      const c = yield* catalogueOf(query.year);
      const indicator = c.indicators.find((i) => i.code === params.code);
      const rates = c.rates.filter(
        (r) => r.code === params.code || mentions(r.numerator, params.code) || mentions(r.denominator, params.code),
      );
      if (!indicator && !rates.some((r) => r.code === params.code))
        return yield* Effect.fail(new IndicatorNotFound({ code: params.code, year: c.year }));
      const rules = c.rules.filter((r) => r.kind === "comparison" && (mentions(r.left, params.code) || mentions(r.right, params.code)));
      return { year: c.year, indicator: indicator ? withDisaggregations(indicator) : null, rates: rates.map(withFormula(c)), rules };
    }),
  ),
];
