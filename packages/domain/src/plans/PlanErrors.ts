/**
 * Failures of plans and their tasks: no plan, a second plan for a year, a task missing, stale or invalid.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";
import type { PlanTask } from "./Task.js";

/** No plan for this unit and year. */
export class PlanNotFound extends Data.TaggedError("PlanNotFound")<{ readonly unit: string; readonly year: number }> {}

/** A unit has one plan a year: creating a second is refused. */
export class PlanExists extends Data.TaggedError("PlanExists")<{ readonly unit: string; readonly year: number }> {}

/** The plan names a document that is not in the register. */
export class PlanDocumentMissing extends Data.TaggedError("PlanDocumentMissing")<{ readonly documentId: number }> {}

/** No task has this id. */
export class TaskNotFound extends Data.TaggedError("TaskNotFound")<{ readonly id: number }> {}

/** The task changed since the client read it; `current` is what is stored now. */
export class TaskConflict extends Data.TaggedError("TaskConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly currentVersion: number;
  readonly current: PlanTask;
}> {}

/** The write would leave the task contradicting itself (done at 80%…) or naming a missing document; `id` null for a new task. */
export class TaskInvalid extends Data.TaggedError("TaskInvalid")<{
  readonly id: number | null;
  readonly field: string;
  readonly reason: string;
}> {}
