/**
 * What the report checker (`@cchc/report/check`) says about a text: findings with a stable rule
 * code, a Vietnamese message, an optional corrected text and the exact span to highlight. Only
 * Schemas, so that the API contract (`@cchc/contract`) can state its answers with them.
 */

import { Schema } from "effect";
import { LocalDate } from "../LocalDate.js";

/** The stable code of the rule that produced a finding. */
export const FindingRule = Schema.Literal(
  "total-parts-mismatch",
  "parts-exceed-total",
  "rate-mismatch",
  "date-outside-period",
  "date-after-report",
  "numbering-gap",
  "numbering-repeat",
  "document-reference-incomplete",
  "document-reference-malformed",
  "term-misspelled",
  "phrase-repeated",
  "word-doubled",
  "bracket-unclosed",
).annotations({ identifier: "FindingRule", description: "Mã quy tắc kiểm tra" });
export type FindingRule = typeof FindingRule.Type;

/** How serious a finding is: an error is a wrong fact, a warning a probable slip, info a remark. */
export const Severity = Schema.Literal("error", "warning", "info").annotations({ identifier: "FindingSeverity" });
export type Severity = typeof Severity.Type;

/** Whether the checker is sure ("certain") or infers from prose structure ("likely"). */
export const Confidence = Schema.Literal("certain", "likely").annotations({ identifier: "FindingConfidence" });
export type Confidence = typeof Confidence.Type;

/** One defect found in a report text. */
export const Finding = Schema.Struct({
  rule: FindingRule,
  severity: Severity,
  confidence: Confidence,
  line: Schema.Int.annotations({ description: "Dòng (từ 1)" }),
  column: Schema.Int.annotations({ description: "Cột (từ 1)" }),
  excerpt: Schema.String.annotations({ description: "Đoạn văn bản có lỗi" }),
  message: Schema.String.annotations({ description: "Mô tả lỗi bằng tiếng Việt" }),
  suggestion: Schema.NullOr(Schema.String).annotations({ description: "Nội dung đề nghị sửa, nếu có" }),
  index: Schema.Int.annotations({ description: "Vị trí (UTF-16) trong văn bản gửi lên" }),
  length: Schema.Int.annotations({ description: "Độ dài đoạn cần tô sáng" }),
}).annotations({ identifier: "Finding" });
export type Finding = typeof Finding.Type;

/** The reporting period a check used: given by the caller or read from the text. */
export const CheckedPeriod = Schema.Struct({
  code: Schema.String,
  start: LocalDate,
  end: LocalDate,
  source: Schema.Literal("given", "text"),
}).annotations({ identifier: "CheckedPeriod" });
export type CheckedPeriod = typeof CheckedPeriod.Type;

/** The outcome of checking a report text. */
export const CheckResult = Schema.Struct({
  period: Schema.NullOr(CheckedPeriod),
  reportDate: Schema.NullOr(LocalDate),
  findings: Schema.Array(Finding),
}).annotations({ identifier: "CheckResult" });
export type CheckResult = typeof CheckResult.Type;
