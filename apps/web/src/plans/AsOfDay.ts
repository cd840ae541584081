/**
 * The day a plan's tasks are judged on: the chosen period's last day when the period has ended
 * (a 2022 plan seen for 2022-H1: as of 14/6/2022), otherwise today. The dashboard's task chart and
 * the plans screen both count completion and overdue tasks at this day, with the domain's
 * `Task.rollup`, so their figures agree with each other and with the report.
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { Either } from "effect";

/** The day tasks are judged on, and whether it is the period's end (rather than today). */
export const overdueDay = (period: string, today: LocalDate): { readonly day: LocalDate; readonly periodEnd: boolean } =>
  Either.match(Period.window(period), {
    onLeft: () => ({ day: today, periodEnd: false }),
    onRight: (w) => (w.end < today ? { day: w.end, periodEnd: true } : { day: today, periodEnd: false }),
  });
