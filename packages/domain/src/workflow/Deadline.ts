/**
 * When a unit's report is due and whether it came in on time. The top unit sends to the central
 * level by the official deadline (the 20th, moved to the next working day); units under it send
 * to their superior a number of working days after the data cut-off, as the province sets it per
 * regime. Working days follow the holiday calendar, Tết included.
 */
import type { Either } from "effect";
import * as Calendar from "../Calendar.js";
import type * as LocalDate from "../LocalDate.js";
import * as Period from "../Period.js";

/** How a regime sets deadlines: working days after the cut-off for subordinate units; null = the official deadline. */
export interface DeadlineRule {
  readonly regime: Period.Regime;
  readonly subordinateWorkingDays: number | null;
}

/** The default rules: subordinate units send 2 working days after the cut-off under every regime. */
export const defaultRules: Readonly<Record<Period.Regime, DeadlineRule>> = {
  nd09: { regime: "nd09", subordinateWorkingDays: 2 },
  calendar: { regime: "calendar", subordinateWorkingDays: 2 },
  bnv: { regime: "bnv", subordinateWorkingDays: 2 },
};

/** The deadline of a unit's report: the official one for a top unit, the rule's for a subordinate one. */
export const deadlineOf = (
  period: string,
  rule: DeadlineRule,
  isTopUnit: boolean,
  calendar: Calendar.HolidayCalendar = Calendar.vietnam,
): Either.Either<LocalDate.LocalDate, Period.PeriodCodeInvalid | Period.PeriodNotInRegime> =>
  isTopUnit || rule.subordinateWorkingDays === null
    ? Period.deadline(period, rule.regime, calendar)
    : Period.internalDeadline(period, rule.subordinateWorkingDays, rule.regime, calendar);

/** Whether a submission on `day` met the deadline. */
export type Timeliness = "on-time" | "late";

/** On time when sent on or before the deadline day (Vietnam time). */
export const timeliness = (day: LocalDate.LocalDate, deadline: LocalDate.LocalDate): Timeliness => (day <= deadline ? "on-time" : "late");
