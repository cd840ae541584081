/**
 * What the figure extractor returns: the figures a report states, keyed by indicator code and
 * disaggregation, and the rates it states (claims). The schemas live in
 * `@cchc/domain/checking/ExtractionResult` (the API contract states its answers with them).
 */
export {
  ExtractedFigure,
  ExtractionConfidence,
  ExtractionResult,
  StatedClaim,
  UnplacedFigure,
} from "@cchc/domain/checking/ExtractionResult";
