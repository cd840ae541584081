/**
 * The sections of the report outline a narrative can be written for, in the report's order (the
 * API's `SECTION` pattern in apps/api/src/narratives/routes.ts). A stored section outside this
 * list (a `procedure.*` sub-section) is shown after them, under its id.
 */

/** Section ids of the default outline, in report order. */
export const outlineSections = [
  "direction.office",
  "direction.province",
  "institution",
  "procedure",
  "apparatus",
  "civil-service",
  "public-finance",
  "public-finance.investment",
  "e-government",
  "assessment",
  "directions",
  "recommendations",
] as const;

/** The outline's sections followed by any other stored ones, each once. */
export const sectionsToShow = (stored: ReadonlyArray<string>): ReadonlyArray<string> => [
  ...outlineSections,
  ...stored.filter((s) => !(outlineSections as ReadonlyArray<string>).includes(s)).sort(),
];
