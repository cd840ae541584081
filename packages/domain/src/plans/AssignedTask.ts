/**
 * Tasks assigned by superiors (Chính phủ, Thủ tướng, UBND tỉnh, Chủ tịch UBND tỉnh) with due and
 * completion dates. At a period's end each is classified from its dates alone — done (early or on
 * time), not yet due, or late — the categories of "35 nhiệm vụ giải quyết đúng hạn và trước hạn,
 * 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn".
 */
import { Schema } from "effect";
import { LocalDate } from "../LocalDate.js";

/** Who assigned a task. */
export const Assigner = Schema.Literal("chinh-phu", "thu-tuong", "ubnd-tinh", "chu-tich-ubnd-tinh").annotations({
  identifier: "Assigner",
  description: "Cơ quan giao: chinh-phu, thu-tuong, ubnd-tinh, chu-tich-ubnd-tinh",
});
export type Assigner = typeof Assigner.Type;

/** A task assigned to a unit. */
export const AssignedTask = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String,
  assigner: Assigner,
  title: Schema.String,
  sourceDocumentId: Schema.NullOr(Schema.Number),
  assignedOn: LocalDate,
  dueOn: LocalDate,
  completedOn: Schema.NullOr(LocalDate),
  reconstructed: Schema.Boolean,
  note: Schema.NullOr(Schema.String),
}).annotations({ identifier: "AssignedTask" });
export type AssignedTask = typeof AssignedTask.Type;

/** The status dimension options of the indicator (done | not-due | late). */
export type AssignedStatus = "done" | "not-due" | "late";

/** The finer classification behind a status. */
export type AssignedDetail = "early" | "on-time" | "done-late" | "not-due" | "overdue";

/** Classifies a task at the end of a period (`asOf`, included). */
export const classify = (
  t: Pick<AssignedTask, "dueOn" | "completedOn">,
  asOf: string,
): { status: AssignedStatus; detail: AssignedDetail } => {
  if (t.completedOn !== null && t.completedOn <= asOf) {
    if (t.completedOn < t.dueOn) return { status: "done", detail: "early" };
    if (t.completedOn === t.dueOn) return { status: "done", detail: "on-time" };
    return { status: "late", detail: "done-late" };
  }
  return t.dueOn >= asOf ? { status: "not-due", detail: "not-due" } : { status: "late", detail: "overdue" };
};

/** Counts of tasks by status at a date. */
export const summarize = (
  tasks: ReadonlyArray<Pick<AssignedTask, "dueOn" | "completedOn">>,
  asOf: string,
): Readonly<Record<AssignedStatus, number>> & { total: number } => {
  const out = { done: 0, "not-due": 0, late: 0, total: tasks.length };
  for (const t of tasks) out[classify(t, asOf).status]++;
  return out;
};

/** Vietnamese labels of the classification. */
export const detailLabelVi: Record<AssignedDetail, string> = {
  early: "Hoàn thành trước hạn",
  "on-time": "Hoàn thành đúng hạn",
  "done-late": "Hoàn thành trễ hạn",
  "not-due": "Chưa tới hạn",
  overdue: "Quá hạn, chưa hoàn thành",
};
