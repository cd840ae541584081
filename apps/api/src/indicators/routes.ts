/**
 * The indicator catalogue as served from the database: indicators with their disaggregations,
 * derived rates with their formulas, and the validation rules — per catalogue year.
 */
import { CatalogueRepo, IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import { AreaCode } from "@cchc/domain/Area";
import type { Catalogue } from "@cchc/domain/indicators/Catalogue";
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import * as Expression from "@cchc/domain/validation/Expression";
import { Rule } from "@cchc/domain/validation/Rule";
import { Effect, Either, Schema } from "effect";
import { route } from "../http/Route.js";
import { page, pageFields, pagingFields } from "./Paging.js";

const Option = Schema.Struct({ code: Schema.String, labelVi: Schema.String, labelEn: Schema.String });
const IndicatorBody = Schema.Struct({
  ...IndicatorDefinition.fields,
  disaggregations: Schema.Array(Schema.Struct({ dimension: Schema.String, nameVi: Schema.String, options: Schema.Array(Option) })),
}).annotations({ identifier: "Indicator" });
const RateBody = Schema.Struct({ ...RateDefinition.fields, formulaVi: Schema.String }).annotations({ identifier: "DerivedRate" });

const Year = Schema.optional(Schema.NumberFromString.pipe(Schema.int())).annotations({
  description: "Năm của danh mục (mặc định: năm mới nhất)",
});

const CatalogueAnswer = Schema.Struct({
  year: Schema.Number,
  version: Schema.Number,
  titleVi: Schema.String,
  items: Schema.Array(IndicatorBody),
  ...pageFields,
  rates: Schema.Array(RateBody),
}).annotations({ identifier: "IndicatorCatalogue" });

const IndicatorAnswer = Schema.Struct({
  year: Schema.Number,
  indicator: Schema.NullOr(IndicatorBody),
  rates: Schema.Array(RateBody),
  rules: Schema.Array(Rule),
}).annotations({ identifier: "IndicatorDetail" });

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
  const names = new Map(c.indicators.map((i) => [i.code, i.nameVi]));
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
  route(
    {
      method: "get",
      path: "/indicators",
      operationId: "listIndicators",
      summary: "Danh mục chỉ tiêu, phân tổ và tỷ lệ tính toán",
      tags: ["Chỉ tiêu"],
      query: Schema.Struct({ area: Schema.optional(AreaCode), year: Year, ...pagingFields }),
      response: CatalogueAnswer,
      errors: ["CATALOGUE_NOT_FOUND"],
    },
    ({ query }) =>
      Effect.gen(function* () {
        const c = yield* catalogueOf(query.year);
        const indicators = c.indicators.filter((i) => query.area === undefined || i.area === query.area).map(withDisaggregations);
        const rates = c.rates.filter((r) => query.area === undefined || r.area === query.area).map(withFormula(c));
        return { year: c.year, version: c.version, titleVi: c.titleVi, ...page(indicators, query), rates };
      }),
  ),
  route(
    {
      method: "get",
      path: "/indicators/:code",
      operationId: "getIndicator",
      summary: "Một chỉ tiêu (hoặc tỷ lệ), các tỷ lệ và quy tắc kiểm tra liên quan",
      tags: ["Chỉ tiêu"],
      params: Schema.Struct({ code: Schema.String.annotations({ description: "Mã chỉ tiêu hoặc mã tỷ lệ" }) }),
      query: Schema.Struct({ year: Year }),
      response: IndicatorAnswer,
      errors: ["INDICATOR_NOT_FOUND", "CATALOGUE_NOT_FOUND"],
    },
    ({ params, query }) =>
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
