/**
 * What the report checker says about a text: findings with a stable rule code, a Vietnamese
 * message, an optional corrected text and the exact span to highlight. The schemas live in
 * `@cchc/domain/checking/CheckResult` (the API contract states its answers with them).
 */
import type { Confidence, Finding, FindingRule, Severity } from "@cchc/domain/checking/CheckResult";
import * as Prose from "./Prose.js";

export { CheckedPeriod, CheckResult, Confidence, Finding, FindingRule, Severity } from "@cchc/domain/checking/CheckResult";

/** The parts of a finding a rule decides; the place is computed from the paragraph span. */
export interface FindingDraft {
  readonly rule: FindingRule;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  readonly suggestion: string | null;
}

const MAX_EXCERPT = 160;

/** A finding placed at a span of a paragraph's logical text. */
export const at = (prose: Prose.Prose, p: Prose.Paragraph, logicalIndex: number, logicalLength: number, draft: FindingDraft): Finding => {
  const where = Prose.span(prose, p, logicalIndex, logicalLength);
  const raw = p.text.slice(logicalIndex, logicalIndex + logicalLength);
  const excerpt = raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
  return { ...draft, line: where.line, column: where.column, excerpt, index: where.index, length: where.length };
};
