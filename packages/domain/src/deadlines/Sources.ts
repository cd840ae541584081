/**
 * The built-in sources of a unit's deadlines, each a pure function of the records it reads:
 * periodic report submissions (Nghị định 09/2019 dates and the holiday calendar), reports waiting
 * for approval, plan tasks, tasks assigned by superiors and remediation after inspections. Other
 * features add theirs through `DeadlineSource` (the PAR Index self-assessment steps).
 */

import * as Calendar from "../Calendar.js";
import type * as LocalDate from "../LocalDate.js";
import * as Period from "../Period.js";
import * as Text from "../Text.js";
import * as WorkflowDeadline from "../workflow/Deadline.js";
import type { Deadline } from "./Deadline.js";

/** A further source of deadlines for a unit and years (the PAR Index feature plugs in here). */
export interface DeadlineSource<R = never> {
  readonly name: string;
  readonly deadlines: (unit: string, years: ReadonlyArray<number>) => R;
}

/** The periodic CCHC reports a unit submits each year: quarter I, six months, quarter III, the year. */
export const reportedPeriods = (year: number): ReadonlyArray<Period.PeriodCode> =>
  (["Q1", "H1", "Q3", "Y"] as const).map((k) => `${year}-${k}` as Period.PeriodCode);

/** Where a unit's report for a period stands in the review workflow. */
export interface SubmissionStatus {
  readonly state: "draft" | "submitted" | "approved" | "returned" | "reopened";
  /** Day (Vietnam time) of the first submission; null when never submitted. */
  readonly firstSubmittedOn: LocalDate.LocalDate | null;
  /** Day of the last approval; null when not approved. */
  readonly approvedOn: LocalDate.LocalDate | null;
}

const q = (unit: string, period: string) => `unit=${encodeURIComponent(unit)}&period=${encodeURIComponent(period)}`;

/**
 * Submission deadlines of a unit's periodic reports in the given years, and an approval deadline
 * for each report submitted and waiting for its approver. A top unit (no parent) sends by the
 * official date; units under it a number of working days after the data cut-off.
 */
export const submissions = (input: {
  readonly unit: string;
  readonly isTopUnit: boolean;
  readonly regime: Period.Regime;
  readonly years: ReadonlyArray<number>;
  readonly status: (period: string) => SubmissionStatus | undefined;
  readonly calendar?: Calendar.HolidayCalendar;
}): ReadonlyArray<Deadline> => {
  const out: Deadline[] = [];
  const cal = input.calendar ?? Calendar.vietnam;
  for (const year of input.years) {
    for (const period of reportedPeriods(year)) {
      const due = WorkflowDeadline.deadlineOf(period, WorkflowDeadline.defaultRules[input.regime], input.isTopUnit, cal);
      if (due._tag === "Left") continue;
      const label = Period.label(period);
      const name = label._tag === "Right" ? Text.inSentence(label.right) : period;
      const status = input.status(period);
      const link = `/bao-cao?${q(input.unit, period)}`;
      out.push({
        id: `submission:${input.unit}:${period}`,
        unit: input.unit,
        kind: "submission",
        title: `Gửi báo cáo cải cách hành chính ${name}`,
        dueOn: due.right,
        doneOn: status?.firstSubmittedOn ?? null,
        roles: ["editor"],
        link,
      });
      if (status !== undefined && (status.state === "submitted" || status.state === "approved")) {
        out.push({
          id: `approval:${input.unit}:${period}`,
          unit: input.unit,
          kind: "approval",
          title: `Phê duyệt báo cáo cải cách hành chính ${name}`,
          dueOn: due.right,
          doneOn: status.state === "approved" ? status.approvedOn : null,
          roles: ["approver"],
          link,
        });
      }
    }
  }
  return out;
};

/** A plan task as the deadline list needs it. */
export interface PlanTaskInput {
  readonly id: number;
  readonly title: string;
  readonly deadline: LocalDate.LocalDate | null;
  readonly status: "not-started" | "in-progress" | "done" | "cancelled";
  readonly completedOn: LocalDate.LocalDate | null;
}

/** Deadlines of the tasks of a unit's plan; cancelled tasks and tasks without a deadline have none. */
export const planTasks = (unit: string, year: number, tasks: ReadonlyArray<PlanTaskInput>): ReadonlyArray<Deadline> =>
  tasks.flatMap((t): Deadline[] =>
    t.deadline === null || t.status === "cancelled"
      ? []
      : [
          {
            id: `plan-task:${t.id}`,
            unit,
            kind: "plan-task",
            title: t.title,
            dueOn: t.deadline,
            // A task marked done without a completion day counts as done on its deadline.
            doneOn: t.status === "done" ? (t.completedOn ?? t.deadline) : null,
            roles: ["editor"],
            link: `/ke-hoach?${q(unit, `${year}-Y`)}`,
          },
        ],
  );

/** A task assigned by a superior as the deadline list needs it. */
export interface AssignedTaskInput {
  readonly id: number;
  readonly title: string;
  readonly dueOn: LocalDate.LocalDate;
  readonly completedOn: LocalDate.LocalDate | null;
}

/** Deadlines of the tasks assigned to a unit. */
export const assignedTasks = (unit: string, tasks: ReadonlyArray<AssignedTaskInput>): ReadonlyArray<Deadline> =>
  tasks.map((t) => ({
    id: `assigned-task:${t.id}`,
    unit,
    kind: "assigned-task",
    title: t.title,
    dueOn: t.dueOn,
    doneOn: t.completedOn,
    roles: ["editor"],
    link: `/ke-hoach?${q(unit, `${t.dueOn.slice(0, 4)}-Y`)}`,
  }));

/** An inspection as the deadline list needs it. */
export interface InspectionInput {
  readonly id: number;
  readonly period: string;
  readonly team: string;
  readonly heldOn: LocalDate.LocalDate;
  readonly remediationStatus: "not-started" | "in-progress" | "done";
}

/**
 * Working days the inspected findings have to be remedied in, counted from the inspection: the
 * records hold no remediation due day, so CCHC applies this default (ADR 0017).
 */
export const REMEDIATION_WORKING_DAYS = 20;

/** Remediation deadlines of the inspections a unit organised. */
export const remediations = (
  unit: string,
  inspections: ReadonlyArray<InspectionInput>,
  cal: Calendar.HolidayCalendar = Calendar.vietnam,
): ReadonlyArray<Deadline> =>
  inspections.map((i) => ({
    id: `remediation:${i.id}`,
    unit,
    kind: "remediation",
    title: `Khắc phục tồn tại sau kiểm tra: ${i.team}`,
    dueOn: Calendar.addWorkingDays(i.heldOn, REMEDIATION_WORKING_DAYS, cal),
    // The record keeps no day of completion: a finished remediation counts from the inspection day.
    doneOn: i.remediationStatus === "done" ? i.heldOn : null,
    roles: ["editor"],
    link: `/?${q(unit, i.period)}`,
  }));
