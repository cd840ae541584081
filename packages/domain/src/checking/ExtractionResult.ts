/**
 * What the figure extractor returns: the figures a report states, keyed by indicator code and
 * disaggregation, and the rates it states (claims) to compare with the rates computed from the
 * figures. Only Schemas, because the API returns them and its contract (`@cchc/contract`) states
 * its answers with them; the extractor is `@cchc/report/extract`.
 */
import { Schema } from "effect";
import { CheckedPeriod } from "./CheckResult.js";

/** How sure the extractor is that a phrase states the indicator. */
export const ExtractionConfidence = Schema.Literal("certain", "likely").annotations({ identifier: "ExtractionConfidence" });
export type ExtractionConfidence = typeof ExtractionConfidence.Type;

/** A figure stated in a report. */
export const ExtractedFigure = Schema.Struct({
  indicator: Schema.String.annotations({ description: "Mã chỉ tiêu (ví dụ tthc.hoso.tiepnhan)" }),
  disaggregation: Schema.String.annotations({ description: 'Phân tổ: "" là tổng; "channel=online"…' }),
  value: Schema.Number,
  unit: Schema.String.annotations({ description: "Đơn vị tính (hồ sơ, đồng…)" }),
  sentence: Schema.String.annotations({ description: "Câu chứa số liệu" }),
  line: Schema.Int.annotations({ description: "Dòng (từ 1)" }),
  confidence: ExtractionConfidence,
}).annotations({ identifier: "ExtractedFigure" });
export type ExtractedFigure = typeof ExtractedFigure.Type;

/** A rate stated in a report (a claim to compare with the computed rate). */
export const StatedClaim = Schema.Struct({
  indicator: Schema.String.annotations({ description: "Mã chỉ tiêu tỷ lệ (ví dụ tthc.pakn.tyle)" }),
  disaggregation: Schema.String,
  statedValue: Schema.Number.annotations({ description: "Giá trị nêu trong báo cáo (phần trăm)" }),
  decimals: Schema.Int.annotations({ description: "Số chữ số thập phân đã viết" }),
  sentence: Schema.String,
  line: Schema.Int,
}).annotations({ identifier: "StatedClaim" });
export type StatedClaim = typeof StatedClaim.Type;

/** A figure the extractor did not assign, with its sentence and why (another level's section…). */
export const UnplacedFigure = Schema.Struct({
  value: Schema.Number,
  sentence: Schema.String,
  line: Schema.Int,
  reason: Schema.String.annotations({ description: "Lý do chưa gán: số liệu của cấp khác, …" }),
}).annotations({ identifier: "UnplacedFigure" });
export type UnplacedFigure = typeof UnplacedFigure.Type;

/** The figures and claims of a report text, with its period when the text names one. */
export const ExtractionResult = Schema.Struct({
  period: Schema.NullOr(CheckedPeriod),
  figures: Schema.Array(ExtractedFigure),
  claims: Schema.Array(StatedClaim),
  /** Figures of a section of one level (cấp tỉnh / huyện / xã) of a report about the whole: kept apart, not assigned. */
  unplaced: Schema.optional(Schema.Array(UnplacedFigure)),
}).annotations({ identifier: "ExtractionResult" });
export type ExtractionResult = typeof ExtractionResult.Type;
