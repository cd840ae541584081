import { describe, expect, it } from "@effect/vitest";
import type { LocalDate } from "../../src/LocalDate.js";
import * as AssignedTask from "../../src/plans/AssignedTask.js";
import * as Task from "../../src/plans/Task.js";

type T = Parameters<typeof Task.rollup>[0][number];
const t = (status: Task.TaskStatus, progress: number, startedOn: string | null, completedOn: string | null = null): T => ({
  status,
  progress,
  startedOn: startedOn as LocalDate | null,
  completedOn: completedOn as LocalDate | null,
});

describe("plan task roll-up", () => {
  const twelve: ReadonlyArray<T> = [
    t("done", 100, "2022-01-05", "2022-01-13"),
    t("done", 100, "2022-01-27", "2022-05-31"),
    ...["2022-01-10", "2022-01-15", "2022-02-15", "2022-03-01", "2022-03-03", "2022-04-08"].map((d) => t("in-progress", 50, d)),
    ...[1, 2, 3, 4].map(() => t("not-started", 0, null)),
  ];

  it("computes 'trên 66,7% các nhiệm vụ đã được triển khai' from 8 of 12 tasks at 14/6/2022", () => {
    const r = Task.rollup(twelve, "2022-06-14");
    expect(r).toMatchObject({
      total: 12,
      started: 8,
      completed: 2,
      startedRate: 66.7,
      startedRateText: "66,7%",
      completedRateText: "16,7%",
    });
    expect(r.byStatus).toEqual({ "not-started": 4, "in-progress": 6, done: 2, cancelled: 0 });
  });

  it("answers for any date and ignores cancelled tasks", () => {
    expect(Task.rollup(twelve, "2022-01-31").started).toBe(4);
    expect(Task.rollup([...twelve, t("cancelled", 0, "2022-01-01")], "2022-06-14").total).toBe(12);
    expect(Task.rollup([], "2022-06-14")).toMatchObject({ startedRate: null, startedRateText: "—" });
  });

  it("finds contradictions between status, progress and dates", () => {
    expect(Task.consistencyProblem(t("done", 80, "2022-01-01", "2022-02-01"))?.field).toBe("progress");
    expect(Task.consistencyProblem(t("in-progress", 100, "2022-01-01"))?.field).toBe("status");
    expect(Task.consistencyProblem(t("not-started", 10, null))?.field).toBe("progress");
    expect(Task.consistencyProblem(t("done", 100, "2022-03-01", "2022-02-01"))?.field).toBe("completedOn");
    expect(Task.consistencyProblem(t("in-progress", 40, "2022-01-01"))).toBeNull();
  });
});

describe("assigned task classification", () => {
  const a = (dueOn: string, completedOn: string | null) => ({ dueOn: dueOn as LocalDate, completedOn: completedOn as LocalDate | null });
  const end = "2022-06-14";

  it("classifies from dates at the period end", () => {
    expect(AssignedTask.classify(a("2022-03-31", "2022-03-20"), end)).toEqual({ status: "done", detail: "early" });
    expect(AssignedTask.classify(a("2022-03-31", "2022-03-31"), end)).toEqual({ status: "done", detail: "on-time" });
    expect(AssignedTask.classify(a("2022-03-31", "2022-04-02"), end)).toEqual({ status: "late", detail: "done-late" });
    expect(AssignedTask.classify(a("2022-03-31", null), end)).toEqual({ status: "late", detail: "overdue" });
    expect(AssignedTask.classify(a("2022-09-30", null), end)).toEqual({ status: "not-due", detail: "not-due" });
    expect(AssignedTask.classify(a("2022-09-30", "2022-07-01"), end).status).toBe("not-due");
  });

  it("summarises by status", () => {
    expect(AssignedTask.summarize([a("2022-03-31", "2022-03-20"), a("2022-09-30", null), a("2022-05-01", null)], end)).toEqual({
      done: 1,
      "not-due": 1,
      late: 1,
      total: 3,
    });
  });
});
