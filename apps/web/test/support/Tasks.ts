/**
 * Plan tasks for component tests, chosen so that counting "done" by the tasks' current status and
 * counting "completed by 14/6/2022" (the end of 2022-H1) give different answers: one task was
 * finished in July, after the period, and one is cancelled.
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import { justPlanned } from "@cchc/domain/plans/Task";
import type { TaskBody } from "../../src/api/Answers";

let nextId = 1;

/** A task of plan 1 with the given fields (not started, no deadline by default). */
export const task = (over: Partial<TaskBody>): TaskBody => {
  const id = nextId++;
  return {
    id,
    planId: 1,
    area: "procedure",
    title: `Nhiệm vụ ${id}`,
    leadUnit: "DT.VPUBND",
    ...justPlanned,
    version: 1,
    ...over,
  };
};

/** A day. */
export const d = (s: string) => s as LocalDate;

/** Five tasks of the procedure area: on 14/6/2022, 1 of the 4 live ones was completed (2 are "done" today). */
export const procedureTasks = (): ReadonlyArray<TaskBody> => [
  // overdue on 14/6/2022: not started, due in March
  task({ deadline: d("2022-03-31") }),
  // overdue on 14/6/2022 although done since: it was finished in July
  task({ deadline: d("2022-05-31"), status: "done", progress: 100, startedOn: d("2022-04-01"), completedOn: d("2022-07-01") }),
  // due after the period: not overdue then, whatever today is
  task({ deadline: d("2022-09-30") }),
  // done in time
  task({ deadline: d("2022-05-01"), status: "done", progress: 100, startedOn: d("2022-03-01"), completedOn: d("2022-04-20") }),
  // cancelled tasks are never overdue and not counted
  task({ deadline: d("2022-01-31"), status: "cancelled" }),
];
