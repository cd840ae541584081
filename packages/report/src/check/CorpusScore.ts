/**
 * Scores the checker on annotated texts: each annotated inconsistency is found when an error
 * finding starts at it; an error finding at no annotated place is a false alarm. Recall = found /
 * annotated, precision = true findings / error findings.
 */
import { extractFigures } from "../extract/ExtractFigures.js";
import { checkReport } from "./CheckReport.js";

/** An annotated text: where its real inconsistencies are (the figure as written). */
export interface AnnotatedText {
  readonly id: string;
  readonly text: string;
  readonly inconsistencies: ReadonlyArray<{ readonly at: string }>;
}

/** What every score states: the texts scored, the annotated items and those found, recall and precision. */
interface Score {
  readonly texts: number;
  readonly annotated: number;
  readonly found: number;
  readonly recall: number;
  readonly precision: number;
}

/** A share of a whole, 1 when the whole is empty (nothing to find, nothing said wrongly). */
const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** The checker's score on a set of annotated texts. */
export interface CheckerScore extends Score {
  readonly findings: number;
  readonly falseAlarms: ReadonlyArray<{ readonly id: string; readonly rule: string; readonly excerpt: string }>;
  readonly missed: ReadonlyArray<{ readonly id: string; readonly at: string }>;
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
    recall: share(found, annotated),
    precision: share(findings - falseAlarms.length, findings),
  };
};

/** A text annotated with the figures it states about its own unit and period. */
export interface FigureAnnotatedText {
  readonly id: string;
  readonly text: string;
  readonly figures?: ReadonlyArray<{ readonly indicator: string; readonly disaggregation: string; readonly value: number }>;
}

/** The extractor's score: figures found with the right label and value, and figures given a wrong label or value. */
export interface ExtractorScore extends Score {
  readonly extracted: number;
  readonly wrong: ReadonlyArray<{ readonly id: string; readonly figure: string }>;
}

/** Runs the extractor on every annotated text and compares its figures with the annotations. */
export const scoreExtractor = (texts: ReadonlyArray<FigureAnnotatedText>): ExtractorScore => {
  let annotated = 0;
  let found = 0;
  let extracted = 0;
  let n = 0;
  const wrong: Array<{ id: string; figure: string }> = [];
  for (const t of texts) {
    if (t.figures === undefined) continue;
    n++;
    const key = (x: { indicator: string; disaggregation: string; value: number }) => `${x.indicator}[${x.disaggregation}]=${x.value}`;
    const expected = new Set(t.figures.map(key));
    const got = extractFigures(t.text).figures;
    annotated += expected.size;
    extracted += got.length;
    for (const g of got) {
      if (expected.has(key(g))) found++;
      else wrong.push({ id: t.id, figure: key(g) });
    }
  }
  return {
    texts: n,
    annotated,
    found,
    extracted,
    wrong,
    recall: share(found, annotated),
    precision: share(extracted - wrong.length, extracted),
  };
};
