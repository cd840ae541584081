/**
 * The plan tables' rows and the domain, in one place: `cchc_plan` rows as plans, `plan_task` rows
 * (coordinating units and evidence stored as JSON text) decoded with the domain's `PlanTask`, and
 * `assigned_task` rows decoded with its `AssignedTask`, so a row the domain does not allow is a
 * defect naming the table; `taskToRow` gives the columns of a task.
 */

import { AssignedTask } from "@cchc/domain/plans/AssignedTask";
import { PlanTask } from "@cchc/domain/plans/Task";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { Plan } from "./PlanRepo.js";
import type { NewTask } from "./PlanTasks.js";

const decodeTask = rowDecoder("plan_task", PlanTask);
const decodeAssigned = rowDecoder("assigned_task", AssignedTask);

/** The plan a `cchc_plan` row stores (no Schema in the domain: its columns are plain). */
export const planFromRow = (r: RowOf<"cchc_plan">): Plan => ({
  id: r.id,
  unit: r.unit_code,
  year: r.year,
  title: r.title,
  documentId: r.document_id,
});

/** The task a `plan_task` row stores. */
export const taskFromRow = (r: RowOf<"plan_task">): PlanTask =>
  decodeTask({
    id: r.id,
    planId: r.plan_id,
    area: r.area,
    title: r.title,
    leadUnit: r.lead_unit,
    coordinatingUnits: JSON.parse(r.coordinating_units),
    deadline: r.deadline,
    status: r.status,
    progress: r.progress,
    startedOn: r.started_on,
    completedOn: r.completed_on,
    evidence: JSON.parse(r.evidence),
    reconstructed: r.reconstructed,
    version: r.version,
  });

/** The columns a complete task writes (its plan and place in it aside). */
export const taskToRow = (t: NewTask) => ({
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
});

/** The assigned task an `assigned_task` row stores. */
export const assignedFromRow = (r: RowOf<"assigned_task">): AssignedTask =>
  decodeAssigned({
    id: r.id,
    unit: r.unit_code,
    assigner: r.assigner,
    title: r.title,
    sourceDocumentId: r.source_document_id,
    assignedOn: r.assigned_on,
    dueOn: r.due_on,
    completedOn: r.completed_on,
    reconstructed: r.reconstructed,
    note: r.note,
  });
