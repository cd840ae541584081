/**
 * Annual CCHC plans and their tasks in storage, and tasks assigned to units by superiors. Task
 * updates carry the version the client read: a stale version is refused (`TaskConflict`), and a
 * status change fills the start or completion day from the clock when the client does not say.
 */

import type { AreaCode } from "@cchc/domain/Area";
import type { Actor } from "@cchc/domain/access/Principal";
import * as LocalDate from "@cchc/domain/LocalDate";
import type { AssignedTask, Assigner } from "@cchc/domain/plans/AssignedTask";
import { consistencyProblem, type PlanTask, type TaskStatus } from "@cchc/domain/plans/Task";
import { Clock, Context, Data, Effect, Layer } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { Database } from "../Database.js";
import type { AssignedTaskRow, PlanRow, PlanTaskRow } from "./PlanTables.js";

/** A plan with the document that adopted it. */
export interface Plan {
  readonly id: number;
  readonly unit: string;
  readonly year: number;
  readonly title: string;
  readonly documentId: number | null;
}

/** No plan for this unit and year. */
export class PlanNotFound extends Data.TaggedError("PlanNotFound")<{ readonly unit: string; readonly year: number }> {}
/** No task has this id. */
export class TaskNotFound extends Data.TaggedError("TaskNotFound")<{ readonly id: number }> {}
/** The task changed since the client read it. */
export class TaskConflict extends Data.TaggedError("TaskConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly currentVersion: number;
}> {}
/** The update would leave the task contradicting itself (done at 80%…). */
export class TaskInvalid extends Data.TaggedError("TaskInvalid")<{
  readonly id: number;
  readonly field: string;
  readonly reason: string;
}> {}

/** Filters of a task list. */
export interface TaskQuery {
  readonly area?: string | undefined;
  readonly status?: string | undefined;
  readonly lead?: string | undefined;
  readonly dueBefore?: string | undefined;
}

/** The fields a task update may change. */
export interface TaskPatch {
  readonly status?: TaskStatus | undefined;
  readonly progress?: number | undefined;
  readonly evidence?: ReadonlyArray<number> | undefined;
  readonly startedOn?: LocalDate.LocalDate | null | undefined;
  readonly completedOn?: LocalDate.LocalDate | null | undefined;
}

/** A task to insert (demo, import). */
export type NewTask = Omit<PlanTask, "id" | "planId" | "version">;
/** An assigned task to insert. */
export type NewAssignedTask = Omit<AssignedTask, "id">;

const parseList = <A>(text: string): ReadonlyArray<A> => JSON.parse(text) as ReadonlyArray<A>;

const toTask = (r: PlanTaskRow): PlanTask => ({
  id: r.id,
  planId: r.plan_id,
  area: r.area as AreaCode,
  title: r.title,
  leadUnit: r.lead_unit,
  coordinatingUnits: parseList<string>(r.coordinating_units),
  deadline: r.deadline as LocalDate.LocalDate | null,
  status: r.status as TaskStatus,
  progress: r.progress,
  startedOn: r.started_on as LocalDate.LocalDate | null,
  completedOn: r.completed_on as LocalDate.LocalDate | null,
  evidence: parseList<number>(r.evidence),
  reconstructed: r.reconstructed,
  version: r.version,
});

const toPlan = (r: PlanRow): Plan => ({ id: r.id, unit: r.unit_code, year: r.year, title: r.title, documentId: r.document_id });

const toAssigned = (r: AssignedTaskRow): AssignedTask => ({
  id: r.id,
  unit: r.unit_code,
  assigner: r.assigner as Assigner,
  title: r.title,
  sourceDocumentId: r.source_document_id,
  assignedOn: r.assigned_on as LocalDate.LocalDate,
  dueOn: r.due_on as LocalDate.LocalDate,
  completedOn: r.completed_on as LocalDate.LocalDate | null,
  reconstructed: r.reconstructed,
  note: r.note,
});

/** Repository of plans, plan tasks and assigned tasks. */
export class PlanRepo extends Context.Tag("@cchc/db/PlanRepo")<
  PlanRepo,
  {
    readonly plan: (unit: string, year: number) => Effect.Effect<Plan, PlanNotFound>;
    readonly tasks: (planId: number, q?: TaskQuery) => Effect.Effect<ReadonlyArray<PlanTask>>;
    readonly task: (id: number) => Effect.Effect<PlanTask, TaskNotFound>;
    /** The unit whose plan holds the task: the unit that answers for it. */
    readonly taskUnit: (id: number) => Effect.Effect<string, TaskNotFound>;
    /** Updates a task; with `auditAs`, records before and after in the audit trail in the same transaction. */
    readonly updateTask: (
      id: number,
      patch: TaskPatch,
      version: number,
      auditAs?: Actor,
    ) => Effect.Effect<PlanTask, TaskNotFound | TaskConflict | TaskInvalid>;
    /** Creates the plan of a unit and year, or returns the existing one. */
    readonly ensurePlan: (p: Omit<Plan, "id">) => Effect.Effect<Plan>;
    readonly insertTask: (planId: number, t: NewTask) => Effect.Effect<PlanTask>;
    readonly assigned: (unit: string) => Effect.Effect<ReadonlyArray<AssignedTask>>;
    readonly insertAssigned: (t: NewAssignedTask) => Effect.Effect<AssignedTask>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    PlanRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const plan = (unit: string, year: number) =>
        Effect.promise(() =>
          kysely.selectFrom("cchc_plan").selectAll().where("unit_code", "=", unit).where("year", "=", year).executeTakeFirst(),
        ).pipe(Effect.flatMap((r) => (r ? Effect.succeed(toPlan(r)) : Effect.fail(new PlanNotFound({ unit, year })))));
      // The task row with the unit of its plan, in one query: an update needs both.
      const taskRow = (id: number) =>
        Effect.promise(() =>
          kysely
            .selectFrom("plan_task")
            .innerJoin("cchc_plan", "cchc_plan.id", "plan_task.plan_id")
            .selectAll("plan_task")
            .select("cchc_plan.unit_code")
            .where("plan_task.id", "=", id)
            .executeTakeFirst(),
        ).pipe(Effect.flatMap((r) => (r ? Effect.succeed(r) : Effect.fail(new TaskNotFound({ id })))));
      const task = (id: number) => Effect.map(taskRow(id), toTask);
      const taskUnit = (id: number) => Effect.map(taskRow(id), (r) => r.unit_code);
      return {
        plan,
        task,
        taskUnit,
        tasks: (planId, q = {}) =>
          Effect.promise(() =>
            kysely
              .selectFrom("plan_task")
              .selectAll()
              .where("plan_id", "=", planId)
              .$if(q.area !== undefined, (b) => b.where("area", "=", q.area as string))
              .$if(q.status !== undefined, (b) => b.where("status", "=", q.status as string))
              .$if(q.lead !== undefined, (b) => b.where("lead_unit", "=", q.lead as string))
              .$if(q.dueBefore !== undefined, (b) => b.where("deadline", "<=", q.dueBefore as string))
              .orderBy("sort_order")
              .orderBy("id")
              .execute(),
          ).pipe(Effect.map((rows) => rows.map(toTask))),
        updateTask: (id, patch, version, auditAs) =>
          Effect.gen(function* () {
            const found = yield* taskRow(id);
            const cur = toTask(found);
            const unit = found.unit_code;
            if (cur.version !== version)
              return yield* Effect.fail(new TaskConflict({ id, expectedVersion: version, currentVersion: cur.version }));
            const now = new Date(yield* Clock.currentTimeMillis);
            const today = LocalDate.ofInstantInVietnam(now);
            const status = patch.status ?? cur.status;
            const progress = patch.progress ?? (status === "done" ? 100 : status === "not-started" ? 0 : cur.progress);
            const startedOn =
              patch.startedOn !== undefined
                ? patch.startedOn
                : status !== "not-started" && status !== "cancelled"
                  ? (cur.startedOn ?? today)
                  : cur.startedOn;
            const completedOn = patch.completedOn !== undefined ? patch.completedOn : status === "done" ? (cur.completedOn ?? today) : null;
            const next = { status, progress, startedOn, completedOn };
            const problem = consistencyProblem(next);
            if (problem) return yield* Effect.fail(new TaskInvalid({ id, field: problem.field, reason: problem.message }));
            const row = yield* Effect.promise(() =>
              kysely.transaction().execute(async (trx) => {
                const r = await trx
                  .updateTable("plan_task")
                  .set({
                    status,
                    progress,
                    started_on: startedOn,
                    completed_on: completedOn,
                    evidence: JSON.stringify(patch.evidence ?? cur.evidence),
                    version: cur.version + 1,
                  })
                  .where("id", "=", id)
                  .where("version", "=", cur.version)
                  .returningAll()
                  .executeTakeFirst();
                if (r && auditAs)
                  await recordIn(trx, now, {
                    actor: auditAs,
                    action: "task.update",
                    entity: "task",
                    entityId: String(id),
                    unit,
                    before: cur,
                    after: toTask(r),
                  });
                return r;
              }),
            );
            if (!row) {
              const latest = yield* task(id);
              return yield* Effect.fail(new TaskConflict({ id, expectedVersion: version, currentVersion: latest.version }));
            }
            return toTask(row);
          }),
        ensurePlan: (p) =>
          Effect.promise(async () => {
            const found = await kysely
              .selectFrom("cchc_plan")
              .selectAll()
              .where("unit_code", "=", p.unit)
              .where("year", "=", p.year)
              .executeTakeFirst();
            const r =
              found ??
              (await kysely
                .insertInto("cchc_plan")
                .values({ unit_code: p.unit, year: p.year, title: p.title, document_id: p.documentId })
                .returningAll()
                .executeTakeFirstOrThrow());
            return toPlan(r);
          }),
        insertTask: (planId, t) =>
          Effect.promise(async () => {
            const n = await kysely
              .selectFrom("plan_task")
              .select(kysely.fn.countAll<number>().as("n"))
              .where("plan_id", "=", planId)
              .executeTakeFirstOrThrow();
            const r = await kysely
              .insertInto("plan_task")
              .values({
                plan_id: planId,
                sort_order: Number(n.n),
                area: t.area,
                title: t.title,
                lead_unit: t.leadUnit,
                coordinating_units: JSON.stringify(t.coordinatingUnits),
                deadline: t.deadline,
                status: t.status,
                progress: t.progress,
                started_on: t.startedOn,
                completed_on: t.completedOn,
                evidence: JSON.stringify(t.evidence),
                reconstructed: t.reconstructed,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            return toTask(r);
          }),
        assigned: (unit) =>
          Effect.promise(() =>
            kysely.selectFrom("assigned_task").selectAll().where("unit_code", "=", unit).orderBy("due_on").orderBy("id").execute(),
          ).pipe(Effect.map((rows) => rows.map(toAssigned))),
        insertAssigned: (t) =>
          Effect.promise(() =>
            kysely
              .insertInto("assigned_task")
              .values({
                unit_code: t.unit,
                assigner: t.assigner,
                title: t.title,
                source_document_id: t.sourceDocumentId,
                assigned_on: t.assignedOn,
                due_on: t.dueOn,
                completed_on: t.completedOn,
                reconstructed: t.reconstructed,
                note: t.note,
              })
              .returningAll()
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map(toAssigned)),
      };
    }),
  );
}
