/**
 * A task a test stores straight through the plan repository (`PlanRepo.insertTask`) to seed its
 * data: not started, without deadline, dates, coordinating units or evidence, and not
 * reconstructed, unless `over` says otherwise.
 */
import type { NewTask } from "@cchc/db/plans/PlanTasks";
import { justPlanned } from "@cchc/domain/plans/Task";

/** A new task of `area`, titled `title` and led by `leadUnit`, with the other fields of `over`. */
export const newTask = (over: Pick<NewTask, "area" | "title" | "leadUnit"> & Partial<NewTask>): NewTask => ({ ...justPlanned, ...over });
