/**
 * A deadline of a unit: one line of the unit's computed calendar — a report to submit, a report
 * waiting for approval, a plan task, a task assigned by a superior, the remediation after an
 * inspection (and, from an extension source, the steps of the PAR Index self-assessment). Each has
 * a stable id (the UID of its calendar event and the key of its reminders) and a state as of a day:
 * done, overdue, due soon (within `DUE_SOON_WORKING_DAYS` working days) or upcoming.
 */
import { Schema } from "effect";
import { Role } from "../access/Role.js";
import * as Calendar from "../Calendar.js";
import * as LocalDate from "../LocalDate.js";

/** What a deadline is about. `par-index` is produced by the PAR Index feature through a `DeadlineSource`. */
export const DeadlineKind = Schema.Literal("submission", "approval", "plan-task", "assigned-task", "remediation", "par-index").annotations({
  identifier: "DeadlineKind",
  description:
    "Loại hạn: submission (gửi báo cáo), approval (phê duyệt báo cáo), plan-task (nhiệm vụ kế hoạch), assigned-task (nhiệm vụ được giao), remediation (khắc phục sau kiểm tra), par-index (Chỉ số CCHC)",
});
export type DeadlineKind = typeof DeadlineKind.Type;

/** Where a deadline stands as of a day. */
export const DeadlineState = Schema.Literal("done", "overdue", "due-soon", "upcoming").annotations({
  identifier: "DeadlineState",
  description: "Tình trạng: done (đã xong), overdue (quá hạn), due-soon (sắp đến hạn), upcoming (chưa đến hạn)",
});
export type DeadlineState = typeof DeadlineState.Type;

/** One deadline of a unit. */
export const Deadline = Schema.Struct({
  id: Schema.String.annotations({ description: "Mã ổn định, ví dụ submission:DT.VPUBND:2022-H1 (UID của sự kiện lịch)" }),
  unit: Schema.String,
  kind: DeadlineKind,
  title: Schema.String.annotations({ description: "Tên việc bằng tiếng Việt" }),
  dueOn: LocalDate.LocalDate,
  doneOn: Schema.NullOr(LocalDate.LocalDate),
  /** Who is reminded: editors for submissions and tasks, approvers for reports waiting for them. */
  roles: Schema.Array(Role),
  /** Path in the web app (with query) that shows the item. */
  link: Schema.String,
}).annotations({ identifier: "Deadline" });
export type Deadline = typeof Deadline.Type;

/** A deadline with its state and the working days left (negative when overdue). */
export const DeadlineView = Schema.Struct({
  ...Deadline.fields,
  state: DeadlineState,
  workingDaysLeft: Schema.Number,
}).annotations({ identifier: "DeadlineView" });
export type DeadlineView = typeof DeadlineView.Type;

/** A deadline is "due soon" from this many working days before it. */
export const DUE_SOON_WORKING_DAYS = 5;

/** Vietnamese labels of the states. */
export const stateLabelVi: Readonly<Record<DeadlineState, string>> = {
  done: "Đã xong",
  overdue: "Quá hạn",
  "due-soon": "Sắp đến hạn",
  upcoming: "Chưa đến hạn",
};

/** Vietnamese labels of the kinds. */
export const kindLabelVi: Readonly<Record<DeadlineKind, string>> = {
  submission: "Gửi báo cáo",
  approval: "Phê duyệt báo cáo",
  "plan-task": "Nhiệm vụ kế hoạch",
  "assigned-task": "Nhiệm vụ được giao",
  remediation: "Khắc phục sau kiểm tra",
  "par-index": "Chỉ số cải cách hành chính",
};

/** The state of a deadline at the end of `asOf`: done when finished by then, overdue after the due day. */
export const stateOf = (
  d: Pick<Deadline, "dueOn" | "doneOn">,
  asOf: LocalDate.LocalDate,
  cal: Calendar.HolidayCalendar = Calendar.vietnam,
): DeadlineState => {
  if (d.doneOn !== null && d.doneOn <= asOf) return "done";
  if (asOf > d.dueOn) return "overdue";
  return Calendar.workingDaysBetween(asOf, d.dueOn, cal) <= DUE_SOON_WORKING_DAYS ? "due-soon" : "upcoming";
};

/** The deadline with its state as of a day. */
export const view = (d: Deadline, asOf: LocalDate.LocalDate, cal: Calendar.HolidayCalendar = Calendar.vietnam): DeadlineView => ({
  ...d,
  state: stateOf(d, asOf, cal),
  workingDaysLeft: Calendar.workingDaysBetween(asOf, d.dueOn, cal),
});

/** Orders deadlines by due day, then kind, then id, so lists and calendars are stable. */
export const order = (a: Deadline, b: Deadline): number =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Deadlines due within [from, to] (either bound may be absent), in order. */
export const within = <D extends Deadline>(list: ReadonlyArray<D>, from: string | undefined, to: string | undefined): ReadonlyArray<D> =>
  list.filter((d) => (from === undefined || d.dueOn >= from) && (to === undefined || d.dueOn <= to)).sort(order);
