/**
 * The report checker: reads any Vietnamese CCHC report as prose and returns its defects — totals
 * that disagree with their parts, rates that disagree with their counts, dates outside the period,
 * gaps in section numbering, incomplete document references, misspelled official terms, phrases
 * or words written twice and brackets left open. Pure
 * and synchronous; checking a six-month report takes a few milliseconds.
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { Regime } from "@cchc/domain/Period";
import * as DateRule from "./DateRule.js";
import type { CheckResult, Finding } from "./Finding.js";
import * as NumberingRule from "./NumberingRule.js";
import * as Prose from "./Prose.js";
import * as RateRule from "./RateRule.js";
import * as ReferenceRule from "./ReferenceRule.js";
import * as RepetitionRule from "./RepetitionRule.js";
import * as ReportPeriod from "./ReportPeriod.js";
import * as TermRule from "./TermRule.js";
import * as TotalsRule from "./TotalsRule.js";

/** What a caller may tell the checker instead of letting it read the header. */
export interface CheckOptions {
  /** Period code ("2022-H1"); by default read from the title. */
  readonly period?: string;
  /** Regime turning the code into dates (default "nd09"). */
  readonly regime?: Regime;
  /** The date the report was signed; by default read from the place-and-date line. */
  readonly reportDate?: LocalDate;
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Checks a report text; findings are in text order. */
export const checkReport = (text: string, options: CheckOptions = {}): CheckResult => {
  const prose = Prose.make(text);
  const time = ReportPeriod.read(prose, options);
  const findings: Array<Finding> = [
    ...TotalsRule.check(prose),
    ...RateRule.check(prose),
    ...DateRule.check(prose, { period: time.period, reportDate: time.reportDate, skip: time.headerParagraphs }),
    ...NumberingRule.check(prose),
    ...ReferenceRule.check(prose),
    ...TermRule.check(prose),
    ...RepetitionRule.check(prose),
  ];
  findings.sort((a, b) => a.index - b.index || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { period: time.period, reportDate: time.reportDate, findings };
};
