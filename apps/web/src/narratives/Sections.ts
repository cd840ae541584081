/**
 * The sections of the report outline a narrative can be written for, in the report's order (the
 * API's `SECTION` pattern in apps/api/src/narratives/routes.ts). A stored section outside this
 * list (a `procedure.*` sub-section) is shown after them, under its id.
 */
import { NarrativeSection } from "@cchc/report/assembly/ReportInput";

/**
 * Section ids of the default outline, in report order: the report's narrative sections but the
 * `procedure.*` sub-sections, which are written only where a report has them.
 */
export const outlineSections: ReadonlyArray<string> = NarrativeSection.literals.filter((s) => !s.startsWith("procedure."));

/** The outline's sections followed by any other stored ones, each once. */
export const sectionsToShow = (stored: ReadonlyArray<string>): ReadonlyArray<string> => [
  ...outlineSections,
  ...stored.filter((s) => !outlineSections.includes(s)).sort(),
];
