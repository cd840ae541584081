/**
 * Gathers a unit's deadlines from storage — its periodic reports and their review state, its plan
 * tasks, the tasks assigned to it, the remediation of its inspections and the PAR Index steps —
 * and hands them to the pure domain sources. The reporting regime is Nghị định 09/2019's.
 */
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { WorkflowRepo } from "@cchc/db/workflow/WorkflowRepo";
import * as Calendar from "@cchc/domain/Calendar";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as Sources from "@cchc/domain/deadlines/Sources";
import * as LocalDate from "@cchc/domain/LocalDate";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import { Effect } from "effect";
import { ParIndexDeadlines } from "./ParIndexDeadlines.js";

/** The years whose deadlines matter on a day: that year and the one before (its year-end report). */
export const yearsAround = (asOf: LocalDate.LocalDate): ReadonlyArray<number> => {
  const y = LocalDate.parts(asOf).year;
  return [y - 1, y];
};

const statusesOf = (unit: UnitCode, years: ReadonlyArray<number>) =>
  Effect.gen(function* () {
    const repo = yield* WorkflowRepo;
    const out = new Map<string, Sources.SubmissionStatus>();
    for (const year of years) {
      for (const period of Sources.reportedPeriods(year)) {
        const [status] = yield* repo.statuses([unit], period);
        if (status === undefined) continue;
        const steps = yield* repo.steps([unit], period);
        const firstSubmit = steps.find((s) => s.command === "submit");
        const lastApprove = steps.filter((s) => s.command === "approve").at(-1);
        out.set(period, {
          state: status.state,
          firstSubmittedOn: firstSubmit ? LocalDate.ofInstantInVietnam(firstSubmit.at) : null,
          approvedOn: lastApprove ? LocalDate.ofInstantInVietnam(lastApprove.at) : null,
        });
      }
    }
    return out;
  });

/** Every deadline of a unit in the given years, in order. */
export const deadlinesOf = (unit: string, years: ReadonlyArray<number>) =>
  Effect.gen(function* () {
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    const statuses = yield* statusesOf(u.code, years);
    const plans = yield* PlanRepo;
    const tasks: Deadline.Deadline[] = [];
    for (const year of years) {
      const plan = yield* Effect.either(plans.plan(unit, year));
      if (plan._tag === "Left") continue;
      tasks.push(...Sources.planTasks(unit, year, yield* plans.tasks(plan.right.id)));
    }
    const assigned = (yield* plans.assigned(unit)).filter((t) => years.includes(Number(t.dueOn.slice(0, 4))));
    const inspections = (yield* Effect.flatMap(InspectionRepo, (r) => r.list({ unit, limit: 1000 }))).items.filter((i) =>
      years.includes(Number(i.heldOn.slice(0, 4))),
    );
    const parIndex = yield* Effect.flatMap(ParIndexDeadlines, (p) => p.deadlines(unit, years));
    return [
      ...Sources.submissions({
        unit,
        isTopUnit: u.parentCode === null,
        regime: "nd09",
        years,
        status: (p) => statuses.get(p),
        calendar: Calendar.vietnam,
      }),
      ...tasks,
      ...Sources.assignedTasks(unit, assigned),
      ...Sources.remediations(unit, inspections),
      ...parIndex,
    ].sort(Deadline.order);
  });
