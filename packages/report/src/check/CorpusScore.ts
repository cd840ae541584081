/**
 * Scores the checker on annotated texts: each annotated inconsistency is found when an error
 * finding starts at it; an error finding at no annotated place is a false alarm. Recall = found /
 * annotated, precision = true findings / error findings.
 */
import { checkReport } from "./CheckReport.js";

/** An annotated text: where its real inconsistencies are (the figure as written). */
export interface AnnotatedText {
  readonly id: string;
  readonly text: string;
  readonly inconsistencies: ReadonlyArray<{ readonly at: string }>;
}

/** The checker's score on a set of annotated texts. */
export interface CheckerScore {
  readonly texts: number;
  readonly annotated: number;
  readonly found: number;
  readonly findings: number;
  readonly falseAlarms: ReadonlyArray<{ readonly id: string; readonly rule: string; readonly excerpt: string }>;
  readonly missed: ReadonlyArray<{ readonly id: string; readonly at: string }>;
  readonly recall: number;
  readonly precision: number;
}

/** Runs the checker on every text and compares its errors with the annotations. */
export const scoreChecker = (texts: ReadonlyArray<AnnotatedText>): CheckerScore => {
  let annotated = 0;
  let found = 0;
  let findings = 0;
  const falseAlarms: Array<{ id: string; rule: string; excerpt: string }> = [];
  const missed: Array<{ id: string; at: string }> = [];
  for (const t of texts) {
    const errors = checkReport(t.text).findings.filter((f) => f.severity === "error");
    findings += errors.length;
    for (const i of t.inconsistencies) {
      annotated++;
      if (errors.some((f) => f.excerpt.startsWith(i.at))) found++;
      else missed.push({ id: t.id, at: i.at });
    }
    for (const f of errors)
      if (!t.inconsistencies.some((i) => f.excerpt.startsWith(i.at))) falseAlarms.push({ id: t.id, rule: f.rule, excerpt: f.excerpt });
  }
  return {
    texts: texts.length,
    annotated,
    found,
    findings,
    falseAlarms,
    missed,
    recall: annotated === 0 ? 1 : found / annotated,
    precision: findings === 0 ? 1 : (findings - falseAlarms.length) / findings,
  };
};
