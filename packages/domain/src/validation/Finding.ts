/**
 * A validation finding: which rule, how serious, the filled Vietnamese message, the two sides and
 * the values involved, so that a client can point at the cells to fix.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { ValueKey } from "../indicators/Value.js";
import { Importance } from "./Rule.js";

/** A value a finding involves (null when it was missing). */
export const FindingValue = Schema.Struct({
  ...ValueKey.fields,
  value: Schema.NullOr(Schema.Number),
}).annotations({ identifier: "FindingValue" });
export type FindingValue = typeof FindingValue.Type;

/** What a built-in rule's finding is about: a stated rate, a dated event or a missing compulsory indicator. */
export const FindingSubject = Schema.Struct({
  type: Schema.Literal("rate", "event", "indicator"),
  ref: Schema.String.annotations({
    description: "Mã tỷ lệ (kèm phân tổ), mã sự kiện (inspection:1, document:5…) hoặc mã chỉ tiêu bắt buộc còn thiếu",
  }),
  label: Schema.String,
}).annotations({ identifier: "FindingSubject" });
export type FindingSubject = typeof FindingSubject.Type;

/** One finding of a rule over a unit and a period. */
export const Finding = Schema.Struct({
  rule: Schema.String,
  kind: Schema.Literal("comparison", "rate-claims", "event-dates", "completeness"),
  area: AreaCode,
  importance: Importance,
  message: Schema.String,
  operator: Schema.NullOr(Schema.String),
  left: Schema.NullOr(Schema.Number),
  right: Schema.NullOr(Schema.Number),
  values: Schema.Array(FindingValue),
  subject: Schema.NullOr(FindingSubject),
}).annotations({ identifier: "ValidationFinding", description: "Một phát hiện khi kiểm tra số liệu" });
export type Finding = typeof Finding.Type;
