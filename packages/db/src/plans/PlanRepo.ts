/**
 * Annual CCHC plans and their tasks in storage, and tasks assigned to units by superiors. Task
 * writes (added, updated with the version the client read, removed) are in `PlanTasks.ts`.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import type { AssignedTask } from "@cchc/domain/plans/AssignedTask";
import { PlanDocumentMissing, PlanExists, PlanNotFound } from "@cchc/domain/plans/PlanErrors";
import type { PlanTask } from "@cchc/domain/plans/Task";
import { Context, Effect } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { transaction } from "../Transaction.js";
import { assignedFromRow, planFromRow, taskFromRow } from "./PlanRows.js";
import {
  insertTaskIn,
  type NewTask,
  type TaskConflict,
  type TaskDraft,
  type TaskInvalid,
  TaskNotFound,
  type TaskPatch,
  taskWrites,
} from "./PlanTasks.js";

export { PlanDocumentMissing, PlanExists, PlanNotFound } from "@cchc/domain/plans/PlanErrors";

/** A plan with the document that adopted it. */
export interface Plan {
  readonly id: number;
  readonly unit: string;
  readonly year: number;
  readonly title: string;
  readonly documentId: number | null;
}

/** Filters of a task list. */
export interface TaskQuery {
  readonly area?: string | undefined;
  readonly status?: string | undefined;
  readonly lead?: string | undefined;
  readonly dueBefore?: string | undefined;
}

/** An assigned task to insert. */
export type NewAssignedTask = Omit<AssignedTask, "id">;

/** Repository of plans, plan tasks and assigned tasks. */
export class PlanRepo extends Context.Tag("@cchc/db/PlanRepo")<
  PlanRepo,
  {
    readonly plan: (unit: string, year: number) => Effect.Effect<Plan, PlanNotFound>;
    readonly tasks: (planId: number, q?: TaskQuery) => Effect.Effect<ReadonlyArray<PlanTask>>;
    readonly task: (id: number) => Effect.Effect<PlanTask, TaskNotFound>;
    /** The unit whose plan holds the task: the unit that answers for it. */
    readonly taskUnit: (id: number) => Effect.Effect<string, TaskNotFound>;
    /** Adds a task at the end of a plan; with `auditAs`, records it in the audit trail in the same transaction. */
    readonly createTask: (planId: number, draft: TaskDraft, auditAs?: Actor) => Effect.Effect<PlanTask, TaskInvalid>;
    /** Updates a task; with `auditAs`, records before and after in the audit trail in the same transaction. */
    readonly updateTask: (
      id: number,
      patch: TaskPatch,
      version: number,
      auditAs?: Actor,
    ) => Effect.Effect<PlanTask, TaskNotFound | TaskConflict | TaskInvalid>;
    /** Removes a task (checking `version` when given); with `auditAs`, records what was removed. */
    readonly removeTask: (id: number, version?: number, auditAs?: Actor) => Effect.Effect<PlanTask, TaskNotFound | TaskConflict>;
    /**
     * Creates the plan of a unit and year (refused when it exists, or when its adopting document is
     * not registered); with `auditAs`, records it in the audit trail in the same transaction.
     */
    readonly createPlan: (p: Omit<Plan, "id">, auditAs?: Actor) => Effect.Effect<Plan, PlanExists | PlanDocumentMissing>;
    /** Creates the plan of a unit and year, or returns the existing one. */
    readonly ensurePlan: (p: Omit<Plan, "id">) => Effect.Effect<Plan>;
    /** Adds a complete task of trusted data (demo, import) at the end of a plan. */
    readonly insertTask: (planId: number, t: NewTask) => Effect.Effect<PlanTask>;
    readonly assigned: (unit: string) => Effect.Effect<ReadonlyArray<AssignedTask>>;
    readonly insertAssigned: (t: NewAssignedTask) => Effect.Effect<AssignedTask>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(PlanRepo, (kysely) => {
    const writes = taskWrites(kysely);
    const plan = (unit: string, year: number) =>
      Effect.promise(() =>
        kysely.selectFrom("cchc_plan").selectAll().where("unit_code", "=", unit).where("year", "=", year).executeTakeFirst(),
      ).pipe(Effect.flatMap((r) => (r ? Effect.succeed(planFromRow(r)) : Effect.fail(new PlanNotFound({ unit, year })))));
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
    const task = (id: number) => Effect.map(taskRow(id), taskFromRow);
    const taskUnit = (id: number) => Effect.map(taskRow(id), (r) => r.unit_code);
    return {
      plan,
      task,
      taskUnit,
      tasks: (planId, q = {}) =>
        rowsOf(
          kysely
            .selectFrom("plan_task")
            .selectAll()
            .where("plan_id", "=", planId)
            .$call((b) => (q.area === undefined ? b : b.where("area", "=", q.area)))
            .$call((b) => (q.status === undefined ? b : b.where("status", "=", q.status)))
            .$call((b) => (q.lead === undefined ? b : b.where("lead_unit", "=", q.lead)))
            .$call((b) => (q.dueBefore === undefined ? b : b.where("deadline", "<=", q.dueBefore)))
            .orderBy("sort_order")
            .orderBy("id"),
          taskFromRow,
        ),
      createTask: writes.create,
      updateTask: writes.update,
      removeTask: writes.remove,
      createPlan: (p, auditAs) =>
        transaction(kysely, (trx) =>
          Effect.gen(function* () {
            const missing = yield* Effect.promise(() => missingDocumentsIn(trx, [p.documentId]));
            const [first] = missing;
            if (first !== undefined) return yield* Effect.fail(new PlanDocumentMissing({ documentId: first }));
            const row = yield* Effect.promise(() =>
              trx
                .insertInto("cchc_plan")
                .values({ unit_code: p.unit, year: p.year, title: p.title, document_id: p.documentId })
                .onConflict((oc) => oc.columns(["unit_code", "year"]).doNothing())
                .returningAll()
                .executeTakeFirst(),
            );
            if (row === undefined) return yield* Effect.fail(new PlanExists({ unit: p.unit, year: p.year }));
            const plan = planFromRow(row);
            if (auditAs)
              yield* Effect.promise(() =>
                recordIn(trx, new Date(), {
                  actor: auditAs,
                  action: "plan.create",
                  entity: "plan",
                  entityId: String(plan.id),
                  unit: plan.unit,
                  before: null,
                  after: plan,
                }),
              );
            return plan;
          }),
        ),
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
          return planFromRow(r);
        }),
      insertTask: (planId, t) => Effect.promise(() => insertTaskIn(kysely, planId, t)),
      assigned: (unit) =>
        rowsOf(
          kysely.selectFrom("assigned_task").selectAll().where("unit_code", "=", unit).orderBy("due_on").orderBy("id"),
          assignedFromRow,
        ),
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
        ).pipe(Effect.map(assignedFromRow)),
    };
  });
}
