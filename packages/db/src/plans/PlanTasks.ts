/**
 * The tasks of a plan in storage: rows decoded into the domain, and the writes — a task added to
 * a plan, updated with the version the client read (a stale version is refused with
 * `TaskConflict` and the current task), removed. A status change fills the start or completion
 * day from the clock when the client does not say; evidence must name registered documents. With
 * a writer named, each change is recorded in the audit trail (entity `task`, the plan's unit) with
 * before and after, in the transaction of the change. No other record refers to a task, so a
 * removal leaves nothing pointing at it.
 */
import type { AreaCode } from "@cchc/domain/Area";
import type { Actor } from "@cchc/domain/access/Principal";
import * as LocalDate from "@cchc/domain/LocalDate";
import { TaskConflict, TaskInvalid, TaskNotFound } from "@cchc/domain/plans/PlanErrors";
import { consistencyProblem, notStarted, type PlanTask, type TaskStatus } from "@cchc/domain/plans/Task";
import { Effect } from "effect";
import { type Kysely, sql } from "kysely";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import { ownErrors, type RecordConflict, type RecordKind, versionedRecords } from "../records/VersionedRecords.js";
import type { Schema } from "../Schema.js";
import type { Trx } from "../Transaction.js";
import { taskFromRow, taskToRow } from "./PlanRows.js";

export { TaskConflict, TaskInvalid, TaskNotFound } from "@cchc/domain/plans/PlanErrors";

/** The fields a task update may change (left out: unchanged). */
export interface TaskPatch {
  readonly area?: AreaCode | undefined;
  readonly title?: string | undefined;
  readonly leadUnit?: string | undefined;
  readonly deadline?: LocalDate.LocalDate | null | undefined;
  readonly status?: TaskStatus | undefined;
  readonly progress?: number | undefined;
  readonly evidence?: ReadonlyArray<number> | undefined;
  readonly startedOn?: LocalDate.LocalDate | null | undefined;
  readonly completedOn?: LocalDate.LocalDate | null | undefined;
}

/** A task a client adds to a plan: what it leaves out of status, progress and days follows the status rule. */
export interface TaskDraft extends Omit<TaskPatch, "area" | "title" | "leadUnit" | "deadline"> {
  readonly area: AreaCode;
  readonly title: string;
  readonly leadUnit: string;
  readonly coordinatingUnits: ReadonlyArray<string>;
  readonly deadline: LocalDate.LocalDate | null;
}

/** A complete task to insert (demo, import). */
export type NewTask = Omit<PlanTask, "id" | "planId" | "version">;

type State = Pick<PlanTask, "status" | "progress" | "startedOn" | "completedOn">;
const FRESH: State = notStarted;

// Status, progress and days after a change: what the client leaves out follows the status —
// done means 100% and a completion day, a started task has a start day (today when unknown).
const nextState = (cur: State, patch: TaskPatch, today: LocalDate.LocalDate): State => {
  const status = patch.status ?? cur.status;
  const progress = patch.progress ?? (status === "done" ? 100 : status === "not-started" ? 0 : cur.progress);
  const startedOn =
    patch.startedOn !== undefined
      ? patch.startedOn
      : status !== "not-started" && status !== "cancelled"
        ? (cur.startedOn ?? today)
        : cur.startedOn;
  const completedOn = patch.completedOn !== undefined ? patch.completedOn : status === "done" ? (cur.completedOn ?? today) : null;
  return { status, progress, startedOn, completedOn };
};

// Fails unless the state is consistent and the evidence names registered documents, naming the field at fault.
const checkTask = (trx: Trx, id: number | null, state: State, evidence: ReadonlyArray<number>): Effect.Effect<void, TaskInvalid> =>
  Effect.gen(function* () {
    const problem = consistencyProblem(state);
    if (problem) return yield* Effect.fail(new TaskInvalid({ id, field: problem.field, reason: problem.message }));
    const missing = yield* Effect.promise(() => missingDocumentsIn(trx, evidence));
    const [first] = missing;
    if (first === undefined) return;
    const index = evidence.indexOf(first);
    return yield* Effect.fail(new TaskInvalid({ id, field: `evidence[${index}]`, reason: `không có văn bản mã ${first} trong sổ` }));
  });

/** Adds a complete task at the end of a plan, inside `db` (a transaction or not). */
export const insertTaskIn = async (db: Kysely<Schema>, planId: number, t: NewTask): Promise<PlanTask> => {
  const row = await db
    .insertInto("plan_task")
    .values({
      plan_id: planId,
      sort_order: sql<number>`(select coalesce(max(sort_order), -1) + 1 from plan_task where plan_id = ${planId})`,
      ...taskToRow(t),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return taskFromRow(row);
};

/** How tasks are stored, for the versioned operations: a task's audit records belong to its plan's unit. */
const kind: RecordKind<PlanTask> = {
  entity: "task",
  find: async (db: Kysely<Schema>, id: number, lock: boolean) => {
    const query = db
      .selectFrom("plan_task")
      .innerJoin("cchc_plan", "cchc_plan.id", "plan_task.plan_id")
      .selectAll("plan_task")
      .select("cchc_plan.unit_code")
      .where("plan_task.id", "=", id);
    const row = await (lock ? query.forUpdate("plan_task") : query).executeTakeFirst();
    return row && { record: taskFromRow(row), unit: row.unit_code };
  },
  delete: (trx, id) => trx.deleteFrom("plan_task").where("id", "=", id).execute(),
};

const taskErrors = ownErrors(
  (e) => new TaskNotFound({ id: e.id }),
  (e: RecordConflict<PlanTask>) =>
    new TaskConflict({ id: e.id, expectedVersion: e.expectedVersion, currentVersion: e.current.version, current: e.current }),
);

/** The writes of plan tasks over a database. */
export const taskWrites = (kysely: Kysely<Schema>) => {
  const records = versionedRecords(kysely, kind);
  return {
    /** Adds a task at the end of plan `planId` (which exists); with `auditAs`, records it in the audit trail. */
    create: (planId: number, draft: TaskDraft, auditAs?: Actor): Effect.Effect<PlanTask, TaskInvalid> =>
      records.create(
        (trx, at) =>
          Effect.gen(function* () {
            const plan = yield* Effect.promise(() =>
              trx.selectFrom("cchc_plan").select("unit_code").where("id", "=", planId).forKeyShare().executeTakeFirstOrThrow(),
            );
            const state = nextState(FRESH, draft, LocalDate.ofInstantInVietnam(at));
            const evidence = draft.evidence ?? [];
            yield* checkTask(trx, null, state, evidence);
            const { area, title, leadUnit, coordinatingUnits, deadline } = draft;
            const task = yield* Effect.promise(() =>
              insertTaskIn(trx, planId, {
                ...{ area, title, leadUnit, coordinatingUnits, deadline, evidence },
                ...state,
                reconstructed: false,
              }),
            );
            return { record: task, unit: plan.unit_code };
          }),
        auditAs,
      ),
    /** Changes a task if the stored version is `version`; the version goes up by one. */
    update: (
      id: number,
      patch: TaskPatch,
      version: number,
      auditAs?: Actor,
    ): Effect.Effect<PlanTask, TaskNotFound | TaskConflict | TaskInvalid> =>
      records
        .update(
          id,
          version,
          (trx, { record: before, unit }, at) =>
            Effect.gen(function* () {
              const state = nextState(before, patch, LocalDate.ofInstantInVietnam(at));
              const evidence = patch.evidence ?? before.evidence;
              yield* checkTask(trx, id, state, patch.evidence ?? []);
              const row = yield* Effect.promise(() =>
                trx
                  .updateTable("plan_task")
                  .set({
                    ...(patch.area === undefined ? {} : { area: patch.area }),
                    ...(patch.title === undefined ? {} : { title: patch.title }),
                    ...(patch.leadUnit === undefined ? {} : { lead_unit: patch.leadUnit }),
                    ...(patch.deadline === undefined ? {} : { deadline: patch.deadline }),
                    status: state.status,
                    progress: state.progress,
                    started_on: state.startedOn,
                    completed_on: state.completedOn,
                    evidence: JSON.stringify(evidence),
                    version: before.version + 1,
                  })
                  .where("id", "=", id)
                  .returningAll()
                  .executeTakeFirstOrThrow(),
              );
              return { record: taskFromRow(row), unit };
            }),
          auditAs,
        )
        .pipe(taskErrors),
    /** Removes a task (if the stored version is `version`, when given); answers what was removed. */
    remove: (id: number, version?: number, auditAs?: Actor): Effect.Effect<PlanTask, TaskNotFound | TaskConflict> =>
      records.remove(id, version, auditAs).pipe(taskErrors),
  };
};
