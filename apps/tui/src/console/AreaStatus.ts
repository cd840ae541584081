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

/** Whether a task is late on `today`: its deadline passed undone. */
export const isLate = (t: Pick<TaskView, "status" | "deadline">, today: string): boolean =>
  t.status !== "done" && t.deadline !== null && t.deadline < today;

/**
 * The day a period's tasks are judged on, as the web app judges them: the period's last day when
 * the period has ended (a task due after 14/6/2022 is not late in 2022-H1), otherwise today.
 */
export const judgedOn = (periodEnd: string | null, today: string): string => (periodEnd !== null && periodEnd < today ? periodEnd : today);

/** The last day of a period (null when the code is not valid); the domain is loaded on demand, as the console does. */
export const periodEndOf = async (period: string): Promise<string | null> => {
  const [Period, { Either }] = await Promise.all([import("@cchc/domain/Period"), import("effect")]);
  return Either.match(Period.window(period), { onLeft: () => null, onRight: (w) => w.end as string });
};

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
