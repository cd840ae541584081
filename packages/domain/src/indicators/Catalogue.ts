/**
 * The indicator catalogue of a year, as data: indicators, derived rates and validation rules,
 * versioned by year. The data lives in `catalogue-<year>.json`; it is decoded and cross-checked
 * here (unique codes, every expression parses and refers to known indicators and dimensions), then
 * loaded into the database, which serves it.
 */
import { Either, type ParseResult, Schema } from "effect";
import * as Expression from "../validation/Expression.js";
import { Rule } from "../validation/Rule.js";
import data2022 from "./catalogue-2022.json" with { type: "json" };
import * as Disaggregation from "./Disaggregation.js";
import { IndicatorDefinition, RateDefinition, rateKey } from "./Indicator.js";

const Shape = Schema.Struct({
  year: Schema.Int.pipe(Schema.between(2000, 2100)),
  version: Schema.Int.pipe(Schema.positive()),
  titleVi: Schema.String,
  indicators: Schema.Array(IndicatorDefinition),
  rates: Schema.Array(RateDefinition),
  rules: Schema.Array(Rule),
});

/** Cross-checks of a decoded catalogue; the first problem found, with its path. */
const problems = (c: typeof Shape.Type): { path: ReadonlyArray<string | number>; message: string } | undefined => {
  const byCode = new Map<string, (typeof c.indicators)[number]>(c.indicators.map((i) => [i.code, i]));
  if (byCode.size !== c.indicators.length) return { path: ["indicators"], message: "Mã chỉ tiêu bị trùng" };
  for (const [n, i] of c.indicators.entries())
    for (const d of i.dimensions)
      if (!Disaggregation.dimensions.some((x) => x.code === d))
        return { path: ["indicators", n, "dimensions"], message: `Chiều phân tổ không có: ${d}` };
  const checkExpr = (text: string, path: ReadonlyArray<string | number>) => {
    const parsed = Expression.parse(text);
    if (Either.isLeft(parsed)) return { path, message: Expression.describe(parsed.left) };
    for (const ref of Expression.references(parsed.right)) {
      const def = byCode.get(ref.indicator);
      if (!def) return { path, message: `Biểu thức tham chiếu chỉ tiêu không có trong danh mục: ${ref.indicator}` };
      if (Either.isLeft(Disaggregation.canonical(ref.disaggregation, def.dimensions)))
        return { path, message: `Phân tổ "${ref.disaggregation}" không thuộc chỉ tiêu ${ref.indicator}` };
    }
    return undefined;
  };
  if (new Set(c.rates.map(rateKey)).size !== c.rates.length) return { path: ["rates"], message: "Tỷ lệ bị trùng (mã và phân tổ)" };
  for (const [n, r] of c.rates.entries()) {
    const p = checkExpr(r.numerator, ["rates", n, "numerator"]) ?? checkExpr(r.denominator, ["rates", n, "denominator"]);
    if (p) return p;
  }
  if (new Set(c.rules.map((r) => r.code)).size !== c.rules.length) return { path: ["rules"], message: "Mã quy tắc bị trùng" };
  for (const [n, r] of c.rules.entries()) {
    if (r.kind !== "comparison") continue;
    const p = checkExpr(r.left, ["rules", n, "left"]) ?? checkExpr(r.right, ["rules", n, "right"]);
    if (p) return p;
  }
  return undefined;
};

/** A decoded, cross-checked catalogue. */
export const Catalogue = Shape.pipe(
  Schema.filter((c) => {
    const p = problems(c);
    return p === undefined ? undefined : { path: p.path, message: p.message };
  }),
  Schema.annotations({ identifier: "Catalogue", description: "Danh mục chỉ tiêu, tỷ lệ và quy tắc kiểm tra của một năm" }),
);
export type Catalogue = typeof Catalogue.Type;

/** Decodes catalogue data (from a file or a request), reporting every problem. */
export const decode = (data: unknown): Either.Either<Catalogue, ParseResult.ParseError> =>
  Schema.decodeUnknownEither(Catalogue, { errors: "all" })(data);

/** The catalogue data files shipped with the product, by year (raw, to be decoded). */
export const shipped: Readonly<Record<number, unknown>> = { 2022: data2022 };

/** The shipped catalogue of a year, decoded; throws when the shipped data is broken (a build defect). */
export const shippedFor = (year: number): Catalogue | undefined => {
  const raw = shipped[year];
  return raw === undefined ? undefined : Either.getOrThrowWith(decode(raw), (e) => new Error(`Danh mục ${year} hỏng: ${e.message}`));
};

/** The year of the catalogue that applies to a period year: the latest not after it, else the earliest. */
export const applicableYear = (years: ReadonlyArray<number>, periodYear: number): number | undefined => {
  const sorted = [...years].sort((a, b) => a - b);
  return [...sorted].reverse().find((y) => y <= periodYear) ?? sorted[0];
};
