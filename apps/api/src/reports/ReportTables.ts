/**
 * Reads the reform records a report cites through their repositories — narratives, the plan and
 * its tasks, tasks assigned by higher bodies, inspections and activities — and turns them into
 * the report's input shapes. Also tells which reform area each cited document belongs to (the
 * area of the task, activity or inspection that names it), so the report lists it in its place.
 */
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { NarrativeRepo } from "@cchc/db/narratives/NarrativeRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import type { AreaCode } from "@cchc/domain/Area";
import type { Activity } from "@cchc/domain/activities/Activity";
import type { Inspection } from "@cchc/domain/inspections/Inspection";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { type AssignedTask, type Assigner, summarize } from "@cchc/domain/plans/AssignedTask";
import type { PlanTask } from "@cchc/domain/plans/Task";
import type { AssignedTasks, ReportActivity, ReportInspection, ReportTask } from "@cchc/report/assembly/ReportInput";
import { Effect, Option } from "effect";

/** The records of one unit and period. */
export interface ReportRecords {
  readonly narratives: Readonly<Record<string, ReadonlyArray<string>>>;
  /** The unit's plan of the year, with the register id of the document that adopted it. */
  readonly plan: { readonly title: string; readonly documentId: number | null } | null;
  readonly planTasks: ReadonlyArray<ReportTask>;
  readonly assignedTasks: ReadonlyArray<AssignedTasks>;
  readonly inspections: ReadonlyArray<ReportInspection>;
  readonly activities: ReadonlyArray<ReportActivity>;
  /** Register id → the reform area of the record that cites the document. */
  readonly documentAreas: ReadonlyMap<number, AreaCode>;
}

const ACTIVITY_KINDS: Partial<Record<Activity["kind"], ReportActivity["kind"]>> = {
  training: "training",
  model: "model",
  "it-infrastructure": "it",
  communication: "communication",
};

const GOVERNMENT: ReadonlyArray<Assigner> = ["chinh-phu", "thu-tuong"];
const PROVINCE: ReadonlyArray<Assigner> = ["ubnd-tinh", "chu-tich-ubnd-tinh"];

/** Lower-cases the first letter ("Các phòng…" → "các phòng…") to continue a sentence. */
const continuing = (s: string): string => (s === "" ? s : `${s.charAt(0).toLocaleLowerCase("vi")}${s.slice(1)}`);

const toTask = (t: PlanTask): ReportTask => ({
  title: t.title,
  area: t.area,
  status: t.status,
  progress: t.progress,
  deadline: t.deadline,
});

/** Counts of the tasks assigned to `unit` by `assigners` by the end of the period, or nothing when there are none. */
const countsOf = (
  tasks: ReadonlyArray<AssignedTask>,
  unit: string,
  assigners: ReadonlyArray<Assigner>,
  source: AssignedTasks["source"],
  end: LocalDate,
): ReadonlyArray<AssignedTasks> => {
  const list = tasks.filter((a) => a.unit === unit && assigners.includes(a.assigner) && a.assignedOn <= end);
  if (list.length === 0) return [];
  const s = summarize(list, end);
  return [{ source, unit, total: s.total, done: s.done, notDue: s["not-due"], late: s.late }];
};

const toInspection = (i: Inspection): ReportInspection => {
  const scope = i.unitsInspected.map((u) => u.trim()).filter((u) => u !== "");
  const outcome = (i.remediation ?? "").trim() || i.findings.trim();
  return {
    date: i.heldOn,
    title: i.team,
    leader: i.leadTitle.trim() === "" ? i.leadName : `${i.leadName}, ${i.leadTitle}`,
    ...(scope.length === 0 ? {} : { scope: `kiểm tra ${continuing(scope.join(", "))}` }),
    ...(outcome === "" ? {} : { outcome }),
  };
};

const toActivity = (a: Activity): ReadonlyArray<ReportActivity> => {
  const kind = ACTIVITY_KINDS[a.kind];
  if (kind === undefined) return [];
  if (kind === "training") {
    return [{ kind, title: a.title, date: a.heldOn, people: a.count, ...(a.countUnit ? { participants: a.countUnit } : {}) }];
  }
  // A count of one is the item itself ("1 mô hình"); larger counts are facts worth stating ("143 xã").
  const counted = a.count !== null && a.count > 1 && a.countUnit !== null;
  return [{ kind, title: a.title, date: a.heldOn, ...(counted ? { count: a.count, countUnit: a.countUnit } : {}) }];
};

/** Loads the records of `unit` for `period` (year `year`, ending on `end`); `province` holds the Government's tasks. */
export const loadRecords = (unit: UnitCode, province: UnitCode, period: PeriodCode, year: number, end: LocalDate) =>
  Effect.gen(function* () {
    const plans = yield* PlanRepo;
    const narratives = yield* Effect.flatMap(NarrativeRepo, (r) => r.list(unit, period));
    const plan = Option.getOrNull(yield* Effect.option(plans.plan(unit, year)));
    const tasks = plan === null ? [] : yield* plans.tasks(plan.id);
    const assigned = (yield* Effect.forEach([...new Set([province, unit])], (u) => plans.assigned(u))).flat();
    const inspections = (yield* Effect.flatMap(InspectionRepo, (r) => r.list({ unit, period, limit: 1000 }))).items;
    const activities = (yield* Effect.flatMap(ActivityRepo, (r) => r.list({ unit, period, limit: 1000 }))).items;

    const documentAreas = new Map<number, AreaCode>();
    const cite = (id: number | null, area: AreaCode): void => {
      if (id !== null && !documentAreas.has(id)) documentAreas.set(id, area);
    };
    for (const a of activities) cite(a.documentId, a.area);
    for (const i of inspections) {
      cite(i.planDocumentId, i.area);
      cite(i.noticeDocumentId, i.area);
    }
    for (const t of tasks) for (const id of t.evidence) cite(id, t.area);

    const records: ReportRecords = {
      narratives: Object.fromEntries(narratives.map((n) => [n.section, n.paragraphs])),
      plan: plan === null ? null : { title: plan.title, documentId: plan.documentId },
      planTasks: tasks.map(toTask),
      assignedTasks: [
        ...countsOf(assigned, province, GOVERNMENT, "government", end),
        ...countsOf(assigned, unit, PROVINCE, "province", end),
      ],
      inspections: inspections.map(toInspection),
      activities: activities.flatMap(toActivity),
      documentAreas,
    };
    return records;
  });
