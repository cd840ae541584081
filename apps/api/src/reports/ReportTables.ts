/**
 * Reads the reform records a report cites — narratives, plan tasks, tasks assigned by higher
 * bodies, inspections and activities — straight from their tables, read-only. Their repositories
 * are being written; when they exist these reads move behind them.
 */
import { Database } from "@cchc/db/Database";
import type { AreaCode } from "@cchc/domain/Area";
import type { LocalDate } from "@cchc/domain/LocalDate";
import { summarize } from "@cchc/domain/plans/AssignedTask";
import type { Activity, AssignedTasks, Inspection, PlanTask } from "@cchc/report/assembly/ReportInput";
import { Effect } from "effect";

/** The records of one unit and period. */
export interface ReportRecords {
  readonly narratives: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly planTasks: ReadonlyArray<PlanTask>;
  readonly assignedTasks: ReadonlyArray<AssignedTasks>;
  readonly inspections: ReadonlyArray<Inspection>;
  readonly activities: ReadonlyArray<Activity>;
}

const ACTIVITY_KINDS: Record<string, Activity["kind"] | undefined> = {
  training: "training",
  model: "model",
  "it-infrastructure": "it",
  communication: "communication",
};

const PLAN_STATUS: Record<string, PlanTask["status"]> = {
  "not-started": "not-started",
  "in-progress": "in-progress",
  done: "done",
  cancelled: "cancelled",
};

const day = (s: string | null): LocalDate | null => (s === null ? null : (s.slice(0, 10) as LocalDate));

/** Loads the records of a unit for a period ending on `end`; `province` is the unit whose assigned tasks come from the government. */
export const loadRecords = (unit: string, province: string, period: string, year: number, end: LocalDate) =>
  Effect.gen(function* () {
    const { kysely } = yield* Database;
    const [narratives, tasks, assigned, inspections, activities] = yield* Effect.promise(() =>
      Promise.all([
        kysely.selectFrom("narrative").selectAll().where("unit_code", "=", unit).where("period_code", "=", period).execute(),
        kysely
          .selectFrom("plan_task")
          .innerJoin("cchc_plan", "cchc_plan.id", "plan_task.plan_id")
          .selectAll("plan_task")
          .where("cchc_plan.unit_code", "=", unit)
          .where("cchc_plan.year", "=", year)
          .orderBy("plan_task.sort_order")
          .execute(),
        kysely.selectFrom("assigned_task").selectAll().where("unit_code", "in", [unit, province]).where("assigned_on", "<=", end).execute(),
        kysely
          .selectFrom("inspection")
          .selectAll()
          .where("unit_code", "=", unit)
          .where("period_code", "=", period)
          .orderBy("held_on")
          .execute(),
        kysely
          .selectFrom("activity")
          .selectAll()
          .where("unit_code", "=", unit)
          .where("period_code", "=", period)
          .orderBy("sort_order")
          .execute(),
      ]),
    );
    const byAssigner = (u: string, assigners: ReadonlyArray<string>, source: AssignedTasks["source"]): ReadonlyArray<AssignedTasks> => {
      const list = assigned
        .filter((a) => a.unit_code === u && assigners.includes(a.assigner))
        .map((a) => ({ dueOn: day(a.due_on) as LocalDate, completedOn: day(a.completed_on) }));
      if (list.length === 0) return [];
      const s = summarize(list, end);
      return [{ source, unit: u, total: s.total, done: s.done, notDue: s["not-due"], late: s.late }];
    };
    const records: ReportRecords = {
      narratives: Object.fromEntries(
        narratives.map((n) => [
          n.section,
          n.text
            .normalize("NFC")
            .split(/\n\s*\n|\r?\n/u)
            .map((p) => p.trim())
            .filter((p) => p !== ""),
        ]),
      ),
      planTasks: tasks.map((t) => ({
        title: t.title,
        area: t.area as AreaCode,
        status: PLAN_STATUS[t.status] ?? "in-progress",
        progress: t.progress,
        deadline: day(t.deadline),
      })),
      assignedTasks: [
        ...byAssigner(province, ["chinh-phu", "thu-tuong"], "government"),
        ...byAssigner(unit, ["ubnd-tinh", "chu-tich-ubnd-tinh"], "province"),
      ],
      inspections: inspections.map((i) => ({
        date: day(i.held_on) as LocalDate,
        title: i.team,
        leader: `${i.lead_name}, ${i.lead_title}`,
        ...(i.findings.trim() === "" ? {} : { outcome: i.findings.trim() }),
      })),
      activities: activities.flatMap((a): ReadonlyArray<Activity> => {
        const kind = ACTIVITY_KINDS[a.kind];
        if (kind === undefined) return [];
        return [
          {
            kind,
            title: a.title,
            date: day(a.held_on),
            people: kind === "training" ? a.count : null,
            ...(a.count_unit ? { participants: a.count_unit } : {}),
          },
        ];
      }),
    };
    return records;
  });
