/**
 * Reminder rules of a unit: when the people responsible for a deadline hear about it — some working
 * days before, on the day, then weekly while it is overdue. A rule fires once per deadline and
 * recipient under a stable key ("before-5", "on-day", "overdue-w2"), which is what makes "sent at
 * most once" checkable in storage. When a run misses days, only the latest stage reached is sent,
 * so a late run does not send a pile of stale reminders.
 */
import { Schema } from "effect";
import * as Calendar from "../Calendar.js";
import * as LocalDate from "../LocalDate.js";
import type { Deadline } from "./Deadline.js";

/** One rule: n working days before, on the day, or weekly while overdue (for at most `maxWeeks` weeks). */
export const ReminderRule = Schema.Union(
  Schema.Struct({
    kind: Schema.Literal("before"),
    workingDays: Schema.Int.pipe(Schema.between(1, 60, { message: () => "Số ngày làm việc phải từ 1 đến 60" })),
  }),
  Schema.Struct({ kind: Schema.Literal("on-day") }),
  Schema.Struct({
    kind: Schema.Literal("overdue-weekly"),
    maxWeeks: Schema.Int.pipe(Schema.between(1, 52, { message: () => "Số tuần phải từ 1 đến 52" })),
  }),
).annotations({
  identifier: "ReminderRule",
  description: "Quy tắc nhắc: before (trước n ngày làm việc), on-day (đúng ngày), overdue-weekly (hằng tuần khi quá hạn)",
});
export type ReminderRule = typeof ReminderRule.Type;

/** The rules of a unit that set none: 5 and 1 working days before, on the day, weekly while overdue (8 weeks). */
export const defaultRules: ReadonlyArray<ReminderRule> = [
  { kind: "before", workingDays: 5 },
  { kind: "before", workingDays: 1 },
  { kind: "on-day" },
  { kind: "overdue-weekly", maxWeeks: 8 },
];

/** A reminder due: the stage reached, its key and the day it became due. */
export interface Firing {
  readonly key: string;
  readonly triggeredOn: LocalDate.LocalDate;
  readonly stage: "before" | "on-day" | "overdue";
}

/** Every stage of the rules for one deadline, with the day it starts. */
export const stages = (
  dueOn: LocalDate.LocalDate,
  rules: ReadonlyArray<ReminderRule>,
  cal: Calendar.HolidayCalendar = Calendar.vietnam,
): ReadonlyArray<Firing> => {
  const out: Firing[] = [];
  for (const r of rules) {
    if (r.kind === "before")
      out.push({ key: `before-${r.workingDays}`, triggeredOn: Calendar.addWorkingDays(dueOn, -r.workingDays, cal), stage: "before" });
    else if (r.kind === "on-day") out.push({ key: "on-day", triggeredOn: dueOn, stage: "on-day" });
    else {
      // The first overdue reminder goes on the first working day after the deadline, then every 7 days.
      const first = Calendar.addWorkingDays(dueOn, 1, cal);
      for (let w = 1; w <= r.maxWeeks; w++)
        out.push({ key: `overdue-w${w}`, triggeredOn: LocalDate.addDays(first, 7 * (w - 1)), stage: "overdue" });
    }
  }
  return out;
};

/**
 * The reminder due for a deadline at the end of `asOf`, or null: nothing once the deadline is done;
 * before the due day only "before"/"on-day" stages, after it only the "overdue" stage of the current
 * week; the latest reached.
 */
export const firing = (
  d: Pick<Deadline, "dueOn" | "doneOn">,
  rules: ReadonlyArray<ReminderRule>,
  asOf: LocalDate.LocalDate,
  cal: Calendar.HolidayCalendar = Calendar.vietnam,
): Firing | null => {
  if (d.doneOn !== null && d.doneOn <= asOf) return null;
  const overdue = asOf > d.dueOn;
  let best: Firing | null = null;
  for (const s of stages(d.dueOn, rules, cal)) {
    if ((s.stage === "overdue") !== overdue || s.triggeredOn > asOf) continue;
    // A weekly overdue reminder belongs to its week: after the last week nothing more is sent.
    if (s.stage === "overdue" && LocalDate.addDays(s.triggeredOn, 7) <= asOf) continue;
    if (best === null || s.triggeredOn > best.triggeredOn) best = s;
  }
  return best;
};
