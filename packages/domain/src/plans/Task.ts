/**
 * Tasks of an annual CCHC plan, rolled up as plan trackers do: by status and progress, and the
 * share started or completed at any date. "Trên 66,7% các nhiệm vụ đã được triển khai" is computed
 * from the tasks (started on or before the day / tasks not cancelled), never typed.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";
import * as VnRate from "../VnRate.js";

/** Where a task stands. */
export const TaskStatus = Schema.Literal("not-started", "in-progress", "done", "cancelled").annotations({
  identifier: "TaskStatus",
  description: "Tình trạng: not-started (chưa triển khai), in-progress (đang thực hiện), done (hoàn thành), cancelled (hủy bỏ)",
});
export type TaskStatus = typeof TaskStatus.Type;

/** Vietnamese labels of the statuses. */
export const statusLabelVi: Record<TaskStatus, string> = {
  "not-started": "Chưa triển khai",
  "in-progress": "Đang thực hiện",
  done: "Hoàn thành",
  cancelled: "Hủy bỏ",
};

/** Progress in percent, an integer 0–100. */
export const Progress = Schema.Int.pipe(
  Schema.between(0, 100, { message: () => "Tiến độ phải là số nguyên từ 0 đến 100" }),
  Schema.annotations({ description: "Tiến độ (%), số nguyên 0–100" }),
);

/** A task of a plan. */
export const PlanTask = Schema.Struct({
  id: Schema.Number,
  planId: Schema.Number,
  area: AreaCode,
  title: Schema.String,
  leadUnit: Schema.String.annotations({ description: "Mã đơn vị chủ trì" }),
  coordinatingUnits: Schema.Array(Schema.String),
  deadline: Schema.NullOr(LocalDate),
  status: TaskStatus,
  progress: Progress,
  startedOn: Schema.NullOr(LocalDate),
  completedOn: Schema.NullOr(LocalDate),
  evidence: Schema.Array(Schema.Number).annotations({ description: "Mã các văn bản làm tài liệu kiểm chứng" }),
  reconstructed: Schema.Boolean.annotations({ description: "Nhiệm vụ dựng lại cho dữ liệu mẫu (báo cáo không liệt kê)" }),
  version: Schema.Number,
}).annotations({ identifier: "PlanTask" });
export type PlanTask = typeof PlanTask.Type;

/** A task's progress before anything happened to it: not started, no start or completion day. */
export const notStarted = { status: "not-started", progress: 0, startedOn: null, completedOn: null } as const satisfies Pick<
  PlanTask,
  "status" | "progress" | "startedOn" | "completedOn"
>;

/** The fields of a task just planned: not started, without deadline, coordinating units or evidence, not reconstructed. */
export const justPlanned = {
  ...notStarted,
  coordinatingUnits: [],
  deadline: null,
  evidence: [],
  reconstructed: false,
} as const satisfies Omit<PlanTask, "id" | "planId" | "area" | "title" | "leadUnit" | "version">;

/** A task whose fields contradict each other (done without a completion date, progress 100 while not done…). */
export const consistencyProblem = (
  t: Pick<PlanTask, "status" | "progress" | "startedOn" | "completedOn">,
): { field: "status" | "progress" | "startedOn" | "completedOn"; message: string } | null => {
  if (t.status === "done" && t.progress !== 100) return { field: "progress", message: "nhiệm vụ hoàn thành phải có tiến độ 100%" };
  if (t.status !== "done" && t.status !== "cancelled" && t.progress === 100)
    return { field: "status", message: "tiến độ 100% thì tình trạng phải là hoàn thành" };
  if (t.status === "not-started" && t.progress > 0) return { field: "progress", message: "nhiệm vụ chưa triển khai phải có tiến độ 0%" };
  if (t.startedOn !== null && t.completedOn !== null && t.completedOn < t.startedOn)
    return { field: "completedOn", message: "ngày hoàn thành trước ngày bắt đầu" };
  return null;
};

/** Whether a task had started by the end of `day` (a done task started at the latest when completed). */
export const startedBy = (t: Pick<PlanTask, "status" | "startedOn" | "completedOn">, day: string): boolean => {
  if (t.status === "cancelled") return false;
  const start = t.startedOn ?? t.completedOn;
  return start !== null && start <= day;
};

/** Whether a task was completed by the end of `day`. */
export const completedBy = (t: Pick<PlanTask, "status" | "completedOn">, day: string): boolean =>
  t.status === "done" && t.completedOn !== null && t.completedOn <= day;

/** The roll-up of a plan's tasks at a date. */
export interface Rollup {
  readonly asOf: string;
  readonly total: number;
  readonly started: number;
  readonly completed: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  readonly averageProgress: number | null;
  readonly startedRate: number | null;
  readonly completedRate: number | null;
  readonly startedRateText: string;
  readonly completedRateText: string;
}

/** Rolls tasks up at a date: counts exclude cancelled tasks; rates are one-decimal half-up percentages. */
export const rollup = (tasks: ReadonlyArray<Pick<PlanTask, "status" | "progress" | "startedOn" | "completedOn">>, asOf: string): Rollup => {
  const live = tasks.filter((t) => t.status !== "cancelled");
  const started = live.filter((t) => startedBy(t, asOf)).length;
  const completed = live.filter((t) => completedBy(t, asOf)).length;
  const byStatus: Record<TaskStatus, number> = { "not-started": 0, "in-progress": 0, done: 0, cancelled: 0 };
  for (const t of tasks) byStatus[t.status]++;
  const progress = live.reduce((a, t) => a + t.progress, 0);
  return {
    asOf,
    total: live.length,
    started,
    completed,
    byStatus,
    averageProgress: live.length === 0 ? null : VnRate.computeRate(progress, live.length * 100, 1),
    startedRate: VnRate.computeRate(started, live.length, 1),
    completedRate: VnRate.computeRate(completed, live.length, 1),
    startedRateText: VnRate.formatRate(started, live.length),
    completedRateText: VnRate.formatRate(completed, live.length),
  };
};
