/**
 * The indicator catalogue: indicators with their disaggregations, derived rates with their
 * formulas, and the validation rules — per catalogue year.
 */
import { AreaCode } from "@cchc/domain/Area";
import { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import { Rule } from "@cchc/domain/validation/Rule";
import { Schema } from "effect";
import { indicators } from "../EndpointGroups.js";
import { pageFields, pagingFields } from "../Paging.js";

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

export const listIndicators = indicators.get("listIndicators", "/indicators", {
  summary: "Danh mục chỉ tiêu, phân tổ và tỷ lệ tính toán",
  query: Schema.Struct({ area: Schema.optional(AreaCode), year: Year, ...pagingFields }),
  response: CatalogueAnswer,
  errors: ["CatalogueNotFound"],
});

export const getIndicator = indicators.get("getIndicator", "/indicators/:code", {
  summary: "Một chỉ tiêu (hoặc tỷ lệ), các tỷ lệ và quy tắc kiểm tra liên quan",
  params: Schema.Struct({ code: Schema.String.annotations({ description: "Mã chỉ tiêu hoặc mã tỷ lệ" }) }),
  query: Schema.Struct({ year: Year }),
  response: IndicatorAnswer,
  errors: ["IndicatorNotFound", "CatalogueNotFound"],
});
