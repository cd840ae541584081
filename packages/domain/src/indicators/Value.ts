/**
 * A value of an indicator for a unit and a period, and the checks a value must pass against its
 * indicator before it is stored: counts are non-negative integers, money is a non-negative safe
 * integer of đồng, and the disaggregation uses only the indicator's dimensions.
 */
import { Either, Schema } from "effect";
import { LocalDate } from "../LocalDate.js";
import * as Disaggregation from "./Disaggregation.js";
import type { IndicatorDefinition } from "./Indicator.js";

/** Where a value came from. */
export const ValueSource = Schema.Literal("entered", "imported", "computed", "consolidated").annotations({
  identifier: "ValueSource",
  description:
    "Nguồn số liệu: entered (nhập tay), imported (nhập từ tệp/hệ thống), computed (tính từ dữ liệu khác), consolidated (tổng hợp từ đơn vị cấp dưới)",
});
export type ValueSource = typeof ValueSource.Type;

/**
 * The key of a value within one unit and period: an indicator and its disaggregation ("" is the
 * total). Every schema that names a value spreads these fields, so the key reads the same everywhere.
 */
export const ValueKey = Schema.Struct({ indicator: Schema.String, disaggregation: Schema.String });
export type ValueKey = typeof ValueKey.Type;

/** A value as validation and rates read it. */
export interface KeyedValue extends ValueKey {
  readonly value: number;
}

/** Text key "code" or "code[dim=opt]" used in maps and findings. */
export const keyText = (k: ValueKey): string => (k.disaggregation === "" ? k.indicator : `${k.indicator}[${k.disaggregation}]`);

/** A value that does not suit its indicator's value type. */
export class ValueTypeInvalid extends Schema.TaggedError<ValueTypeInvalid>()("ValueTypeInvalid", {
  indicator: Schema.String,
  valueType: Schema.String,
  value: Schema.Number,
  reason: Schema.Literal("not-finite", "not-integer", "negative", "unsafe"),
}) {}

/** Checks a number against the indicator's value type. */
export const checkValue = (
  def: Pick<IndicatorDefinition, "code" | "valueType">,
  value: number,
): Either.Either<number, ValueTypeInvalid> => {
  const fail = (reason: ValueTypeInvalid["reason"]) =>
    Either.left(new ValueTypeInvalid({ indicator: def.code, valueType: def.valueType, value, reason }));
  if (!Number.isFinite(value)) return fail("not-finite");
  if (def.valueType === "decimal") return Either.right(value);
  if (!Number.isInteger(value)) return fail("not-integer");
  if (!Number.isSafeInteger(value)) return fail("unsafe");
  if (value < 0) return fail("negative");
  return Either.right(value === 0 ? 0 : value);
};

/** Vietnamese explanation of a value type problem, for field messages. */
export const describeTypeProblem = (e: ValueTypeInvalid): string => {
  const kind = e.valueType === "money" ? "số tiền (số nguyên đồng)" : e.valueType === "count" ? "số đếm (số nguyên)" : "số";
  const why: Record<ValueTypeInvalid["reason"], string> = {
    "not-finite": "không phải là số",
    "not-integer": "không phải số nguyên",
    negative: "không được âm",
    unsafe: "vượt quá giới hạn số nguyên an toàn",
  };
  return `chỉ tiêu ${e.indicator} nhận ${kind}: giá trị ${e.value} ${why[e.reason]}`;
};

/** Canonical disaggregation for an indicator, refusing dimensions it does not have. */
export const checkDisaggregation = (
  def: Pick<IndicatorDefinition, "dimensions">,
  text: string,
): Either.Either<string, Disaggregation.DisaggregationInvalid> => Disaggregation.canonical(text, def.dimensions);

/** The version of a stored row and who changed it last, when. */
export const changeFields = {
  version: Schema.Number,
  updatedBy: Schema.String,
  updatedAt: Schema.String,
};

/** A stored value with its provenance and version. */
export const StoredValue = Schema.Struct({
  ...ValueKey.fields,
  value: Schema.Number,
  comment: Schema.NullOr(Schema.String),
  asOf: Schema.optional(Schema.NullOr(LocalDate)).annotations({
    description: "Ngày số liệu được chốt khi khác ngày cuối kỳ (ví dụ kinh phí thực hiện đến ngày 09/6/2022)",
  }),
  source: ValueSource,
  version: Schema.Number.annotations({ description: "Phiên bản hiện tại; gửi lại khi sửa để tránh ghi đè" }),
  updatedBy: Schema.String,
  updatedAt: Schema.String.annotations({ description: "Thời điểm cập nhật (ISO 8601)" }),
}).annotations({ identifier: "StoredValue" });
export type StoredValue = typeof StoredValue.Type;

/** What a stale writer is told: the value and version stored now. */
export const CurrentValue = Schema.Struct({ value: Schema.Number, ...changeFields }).annotations({ identifier: "CurrentValue" });
export type CurrentValue = typeof CurrentValue.Type;

/**
 * A write based on a version that is no longer current (someone saved in between, or version 0
 * for a value that exists). Nothing was applied; `current` is what is stored (null if nothing).
 */
export class ValueConflict extends Schema.TaggedError<ValueConflict>()("ValueConflict", {
  unit: Schema.String,
  period: Schema.String,
  indicator: Schema.String,
  disaggregation: Schema.String,
  expectedVersion: Schema.Number,
  index: Schema.NullOr(Schema.Number),
  current: Schema.NullOr(CurrentValue),
}) {}
