/**
 * Validation rules as data (after DHIS2's validation rules): a left expression, an operator, a right
 * expression, an importance, a strategy for missing values and a Vietnamese message with
 * placeholders. Two built-in kinds cover what sums cannot say: every stated rate must match its
 * counts (`rate-claims`), and every dated event of a period must lie inside it (`event-dates`).
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";

/** Comparison operators, plus DHIS2's pair operators (both sides present / not both present). */
export const Operator = Schema.Literal("==", "!=", "<", "<=", ">", ">=", "compulsory_pair", "exclusive_pair").annotations({
  identifier: "RuleOperator",
  description:
    "Phép so sánh: ==, !=, <, <=, >, >=, compulsory_pair (có vế này thì phải có vế kia), exclusive_pair (không được có cả hai vế)",
});
export type Operator = typeof Operator.Type;

/** An error must be fixed; a warning asks for a look (a gap may have a reason). */
export const Importance = Schema.Literal("error", "warning").annotations({
  identifier: "RuleImportance",
  description: "Mức độ: error (lỗi, phải sửa) hoặc warning (cảnh báo, cần xem lại)",
});
export type Importance = typeof Importance.Type;

/** What to do when referenced values are missing. */
export const MissingStrategy = Schema.Literal("skip-if-any-missing", "skip-if-all-missing", "never-skip").annotations({
  identifier: "MissingStrategy",
  description:
    "Khi thiếu số liệu: skip-if-any-missing (bỏ qua nếu thiếu bất kỳ), skip-if-all-missing (bỏ qua nếu thiếu tất cả), never-skip (không bỏ qua, thiếu coi như 0)",
});
export type MissingStrategy = typeof MissingStrategy.Type;

const common = {
  code: Schema.String.pipe(Schema.pattern(/^[a-z][a-z0-9.-]*$/)),
  area: AreaCode,
  nameVi: Schema.NonEmptyTrimmedString,
  importance: Importance,
  messageVi: Schema.NonEmptyTrimmedString.annotations({ description: "Thông báo tiếng Việt, có chỗ điền {left}, {right}, {diff}…" }),
};

/** A rule comparing two sums of values. */
export const ComparisonRule = Schema.Struct({
  kind: Schema.Literal("comparison"),
  ...common,
  left: Schema.String,
  operator: Operator,
  right: Schema.String,
  missing: MissingStrategy,
}).annotations({ identifier: "ComparisonRule" });
export type ComparisonRule = typeof ComparisonRule.Type;

/** The built-in check that every stated rate equals the rate computed from its counts. */
export const RateClaimsRule = Schema.Struct({ kind: Schema.Literal("rate-claims"), ...common }).annotations({
  identifier: "RateClaimsRule",
});
export type RateClaimsRule = typeof RateClaimsRule.Type;

/** The built-in check that every dated event reported for a period lies inside its window. */
export const EventDatesRule = Schema.Struct({ kind: Schema.Literal("event-dates"), ...common }).annotations({
  identifier: "EventDatesRule",
});
export type EventDatesRule = typeof EventDatesRule.Type;

/** Any validation rule. */
export const Rule = Schema.Union(ComparisonRule, RateClaimsRule, EventDatesRule).annotations({
  identifier: "ValidationRule",
  description: "Quy tắc kiểm tra số liệu",
});
export type Rule = typeof Rule.Type;

/** Vietnamese symbol of an operator, for messages and formula text. */
export const operatorText: Record<Operator, string> = {
  "==": "=",
  "!=": "≠",
  "<": "<",
  "<=": "≤",
  ">": ">",
  ">=": "≥",
  compulsory_pair: "đi cặp bắt buộc với",
  exclusive_pair: "loại trừ",
};

/** Whether `left op right` holds (pair operators are decided from presence, not here). */
export const compare = (op: Operator, left: number, right: number): boolean => {
  switch (op) {
    case "==":
      return left === right;
    case "!=":
      return left !== right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    default:
      return true;
  }
};

/** Fills `{name}` placeholders; unknown placeholders stay as written so a typo shows. */
export const fill = (template: string, vars: Readonly<Record<string, string>>): string =>
  template.replace(/\{([a-zA-Z]+)\}/g, (all, name: string) => vars[name] ?? all).normalize("NFC");
