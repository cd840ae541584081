/**
 * The status of each reform area for a unit and period, computed from what the API returns:
 * figures entered and missing, validation findings by importance, tasks done and late.
 */
import type { IndicatorView, StoredValue, TaskView, ValidationFindingView } from "../api/ApiClient.js";

/** An area as the console lists it. */
export interface AreaInfo {
  readonly code: string;
  readonly shortVi: string;
}

/** One area's status line. */
export interface AreaStatus {
  readonly area: AreaInfo;
  readonly indicators: number;
  readonly entered: number;
  readonly missing: number;
  readonly errors: number;
  readonly warnings: number;
  readonly tasksDone: number;
  readonly tasksLate: number;
  readonly tasks: number;
}

/** What the overview has loaded (a part is null when its route failed). */
export interface PeriodData {
  readonly indicators: ReadonlyArray<IndicatorView> | null;
  readonly values: ReadonlyArray<StoredValue> | null;
  readonly findings: ReadonlyArray<ValidationFindingView> | null;
  readonly tasks: ReadonlyArray<TaskView> | null;
}

/** Whether a task is late on `today`: its status says so, or its due date passed undone. */
export const isLate = (t: TaskView, today: string): boolean =>
  t.status === "late" || t.status === "overdue" || (t.status !== "done" && t.dueDate !== null && t.dueDate < today);

/** Status of each area. */
export const areaStatuses = (areas: ReadonlyArray<AreaInfo>, data: PeriodData, today: string): ReadonlyArray<AreaStatus> =>
  areas.map((area) => {
    const inds = (data.indicators ?? []).filter((i) => i.area === area.code);
    const withTotal = new Set((data.values ?? []).filter((v) => v.disaggregation === "").map((v) => v.indicator));
    const entered = inds.filter((i) => withTotal.has(i.code)).length;
    const findings = (data.findings ?? []).filter((f) => f.area === area.code);
    const tasks = (data.tasks ?? []).filter((t) => t.area === area.code);
    return {
      area,
      indicators: inds.length,
      entered,
      missing: inds.length - entered,
      errors: findings.filter((f) => f.importance === "error").length,
      warnings: findings.filter((f) => f.importance === "warning").length,
      tasks: tasks.length,
      tasksDone: tasks.filter((t) => t.status === "done").length,
      tasksLate: tasks.filter((t) => isLate(t, today)).length,
    };
  });
