import type { LocalDate } from "@cchc/domain/LocalDate";
import { cleanup, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { TaskBody } from "../src/api/Contract";
import PlansScreen, { isOverdue, overdueDay } from "../src/plans/PlansScreen";
import { fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

let nextId = 1;
const task = (over: Partial<TaskBody>): TaskBody => ({
  id: nextId++,
  planId: 1,
  area: "procedure",
  title: `Nhiệm vụ ${nextId}`,
  leadUnit: "DT.VPUBND",
  coordinatingUnits: [],
  deadline: null,
  status: "not-started",
  progress: 0,
  startedOn: null,
  completedOn: null,
  evidence: [],
  reconstructed: false,
  version: 1,
  ...over,
});
const d = (s: string) => s as LocalDate;

const tasks: ReadonlyArray<TaskBody> = [
  // overdue on 14/6/2022: not started, due in March
  task({ deadline: d("2022-03-31") }),
  // overdue on 14/6/2022 although done since: it was finished in July
  task({ deadline: d("2022-05-31"), status: "done", progress: 100, startedOn: d("2022-04-01"), completedOn: d("2022-07-01") }),
  // due after the period: not overdue then, whatever today is
  task({ deadline: d("2022-09-30") }),
  // done in time
  task({ deadline: d("2022-05-01"), status: "done", progress: 100, startedOn: d("2022-03-01"), completedOn: d("2022-04-20") }),
  // cancelled tasks are never overdue
  task({ deadline: d("2022-01-31"), status: "cancelled" }),
];

describe("Overdue tasks", () => {
  it("judges overdue at the end of an ended period, otherwise today", () => {
    expect(overdueDay("2022-H1", d("2026-11-27"))).toEqual({ day: "2022-06-14", periodEnd: true });
    expect(overdueDay("2022-H1", d("2022-05-02"))).toEqual({ day: "2022-05-02", periodEnd: false });
    expect(overdueDay("2022-H1", d("2022-06-14"))).toEqual({ day: "2022-06-14", periodEnd: false });
    expect(overdueDay("khong-phai-ky", d("2026-11-27"))).toEqual({ day: "2026-11-27", periodEnd: false });
    expect(tasks.map((x) => isOverdue(x, "2022-06-14"))).toEqual([true, true, false, false, false]);
    // seen today, the task finished in July is no longer overdue and the one due in September is
    expect(tasks.map((x) => isOverdue(x, "2026-11-27"))).toEqual([true, false, true, false, false]);
  });

  it("shows a 2022 plan seen for 2022-H1 with tasks overdue as of 14/6/2022, and says so", async () => {
    const asked: Array<string | null> = [];
    const rollup = {
      asOf: "2022-06-14",
      total: 5,
      started: 3,
      completed: 1,
      startedRateText: "60,0%",
      completedRateText: "20,0%",
    };
    const { fetch } = fakeFetch({
      "GET /api/v1/plans/DT.VPUBND/2022": (_init, url) => {
        asked.push(url.searchParams.get("asOf"));
        return { body: { id: 1, unit: "DT.VPUBND", year: 2022, title: "Kế hoạch CCHC năm 2022", document: null, rollup } };
      },
      "GET /api/v1/plans/DT.VPUBND/2022/tasks": { body: { items: tasks, total: tasks.length, limit: 1000, offset: 0, rollup } },
      "GET /api/v1/documents": { body: { items: [], total: 0 } },
    });
    renderWithApp(() => <PlansScreen />, { fetch, host: fakeHost("/ke-hoach?unit=DT.VPUBND&period=2022-H1&lang=vi") });
    expect(await screen.findByText("Quá hạn tính đến 14/6/2022 (ngày chốt số liệu cuối kỳ đang xem).")).toBeTruthy();
    expect(screen.getByText("Quá hạn: 2")).toBeTruthy();
    expect(screen.getByText(/tính đến 14\/6\/2022: đã triển khai 60,0%, đã hoàn thành 20,0%/)).toBeTruthy();
    // the roll-up is asked for the same day
    expect(asked).toEqual(["2022-06-14"]);
  });
});
