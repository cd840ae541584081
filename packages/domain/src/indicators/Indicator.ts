/**
 * An indicator of the CCHC catalogue (DHIS2's "data element"): a stable code, names, unit, value
 * type, how it aggregates over time and over the unit tree, and the dimensions it may be broken
 * down by. Stocks (staffing quotas, procedures in force) take the last value over time and are
 * never summed across periods; flows (dossiers received) are summed.
 */
import { type Brand, Schema } from "effect";
import { AreaCode } from "../Area.js";
import { UnitKind } from "../OrgUnit.js";

/** Stable indicator code: lower-case dot-separated segments ("tthc.hoso.tiepnhan"). */
export const IndicatorCode = Schema.String.pipe(
  Schema.pattern(/^[a-z][a-z0-9]*(\.[a-z0-9]+)+$/, { message: () => "Mã chỉ tiêu không hợp lệ (ví dụ: tthc.hoso.tiepnhan)" }),
  Schema.brand("IndicatorCode"),
  Schema.annotations({
    identifier: "IndicatorCode",
    description: "Mã chỉ tiêu, ví dụ tthc.hoso.tiepnhan",
    examples: ["tthc.hoso.tiepnhan" as Brand.Branded<string, "IndicatorCode">],
  }),
);
export type IndicatorCode = typeof IndicatorCode.Type;

/** What a value is: a count (non-negative integer), money (integer đồng) or a decimal. */
export const ValueType = Schema.Literal("count", "money", "decimal").annotations({
  identifier: "ValueType",
  description: "Kiểu giá trị: count (số đếm, số nguyên ≥ 0), money (số tiền, số nguyên đồng ≥ 0), decimal (số thập phân)",
});
export type ValueType = typeof ValueType.Type;

/** How values of several periods combine: flows are summed, stocks keep the latest value, opening balances the first. */
export const TimeAggregation = Schema.Literal("sum", "last", "first").annotations({
  identifier: "TimeAggregation",
  description:
    "Tổng hợp theo thời gian: sum (cộng dồn, chỉ tiêu luồng), last (giá trị cuối kỳ, chỉ tiêu tồn như biên chế), first (giá trị đầu kỳ, như hồ sơ kỳ trước chuyển qua)",
});
export type TimeAggregation = typeof TimeAggregation.Type;

/** How values of sub-units combine into their parent: summed, or not at all (facts of one body). */
export const TreeAggregation = Schema.Literal("sum", "none").annotations({
  identifier: "TreeAggregation",
  description: "Tổng hợp theo cây đơn vị: sum (cộng các đơn vị cấp dưới) hoặc none (số liệu riêng của đơn vị)",
});
export type TreeAggregation = typeof TreeAggregation.Type;

/** One indicator definition as the catalogue data states it. */
export const IndicatorDefinition = Schema.Struct({
  code: IndicatorCode,
  area: AreaCode,
  nameVi: Schema.NonEmptyTrimmedString,
  nameEn: Schema.NonEmptyTrimmedString,
  unitVi: Schema.NonEmptyTrimmedString.annotations({ description: "Đơn vị tính: hồ sơ, thủ tục, nhiệm vụ, người, đồng…" }),
  unitEn: Schema.NonEmptyTrimmedString,
  valueType: ValueType,
  timeAggregation: TimeAggregation,
  treeAggregation: TreeAggregation,
  dimensions: Schema.Array(Schema.String).annotations({
    description: "Các chiều phân tổ được phép (level, channel, timeliness, pending, autonomy, status)",
  }),
  legalBasis: Schema.NullOr(Schema.String).annotations({ description: "Căn cứ pháp lý, nếu biết" }),
  descriptionVi: Schema.optional(Schema.String),
  compulsoryFor: Schema.optionalWith(Schema.Array(UnitKind), { default: () => [] }).annotations({
    description:
      "Bắt buộc với các loại đơn vị này: báo cáo chỉ gửi được khi chỉ tiêu có số liệu hoặc có lý do không có số liệu ([] = không bắt buộc)",
  }),
}).annotations({ identifier: "IndicatorDefinition", description: "Một chỉ tiêu trong danh mục" });
export type IndicatorDefinition = typeof IndicatorDefinition.Type;

/**
 * A derived rate (DHIS2's "indicator"): numerator and denominator are sums of value references,
 * the result is `numerator / denominator × factor`, rounded half up at `decimals`. Never typed.
 */
export const RateDefinition = Schema.Struct({
  code: IndicatorCode,
  disaggregation: Schema.String.annotations({ description: 'Phân tổ của tỷ lệ ("" = chung), ví dụ autonomy=autonomous' }),
  area: AreaCode,
  nameVi: Schema.NonEmptyTrimmedString,
  nameEn: Schema.NonEmptyTrimmedString,
  numerator: Schema.String.annotations({ description: "Biểu thức tử số, ví dụ #{tthc.pakn.dagiaiquyet}" }),
  denominator: Schema.String.annotations({ description: "Biểu thức mẫu số" }),
  factor: Schema.Number,
  decimals: Schema.Int.pipe(Schema.between(0, 4)),
  legalBasis: Schema.NullOr(Schema.String),
}).annotations({ identifier: "RateDefinition", description: "Tỷ lệ tính từ số liệu (không nhập tay)" });
export type RateDefinition = typeof RateDefinition.Type;

/** The key of a rate: its code and its disaggregation. */
export const rateKey = (r: { readonly code: string; readonly disaggregation: string }): string =>
  r.disaggregation === "" ? r.code : `${r.code}[${r.disaggregation}]`;
