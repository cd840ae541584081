import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { TaskBody } from "../src/api/Answers";
import { overdueDay } from "../src/plans/AsOfDay";
import PlansScreen, { isOverdue } from "../src/plans/PlansScreen";
import { documentList, rollup as rollupOf } from "./support/Answers";
import { answer, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";
import { d, procedureTasks, task } from "./support/Tasks";

afterEach(cleanup);

const tasks = procedureTasks();

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
    const rollup = rollupOf({
      asOf: "2022-06-14",
      total: 5,
      started: 3,
      completed: 1,
      startedRateText: "60,0%",
      completedRateText: "20,0%",
    });
    const { fetch } = fakeFetch({
      "GET /api/v1/plans/DT.VPUBND/2022": (_init, url) => {
        asked.push(url.searchParams.get("asOf"));
        return answer("getPlan", { id: 1, unit: "DT.VPUBND", year: 2022, title: "Kế hoạch CCHC năm 2022", document: null, rollup });
      },
      "GET /api/v1/plans/DT.VPUBND/2022/tasks": answer("listPlanTasks", {
        items: tasks,
        total: tasks.length,
        limit: 1000,
        offset: 0,
        rollup,
      }),
      "GET /api/v1/documents": answer("listDocuments", documentList([])),
    });
    renderWithApp(() => <PlansScreen />, { fetch, host: fakeHost("/ke-hoach?unit=DT.VPUBND&period=2022-H1&lang=vi") });
    expect(await screen.findByText("Quá hạn tính đến 14/6/2022 (ngày chốt số liệu cuối kỳ đang xem).")).toBeTruthy();
    expect(screen.getByText("Quá hạn: 2")).toBeTruthy();
    // completion at the same day, with the domain's roll-up: the task finished in July is not yet
    // done and the cancelled one is left out (by current status it would read 2/5)
    expect(screen.getByText(/Hoàn thành 1\/4 nhiệm vụ \(25,0%\)/)).toBeTruthy();
    expect(screen.getByText(/tính đến 14\/6\/2022: đã triển khai 60,0%, đã hoàn thành 20,0%/)).toBeTruthy();
    // the roll-up is asked for the same day
    expect(asked).toEqual(["2022-06-14"]);
  });

  it("saves a task's status and progress with the version read, says so, and saves again with the new version", async () => {
    const mine = task({ title: "Khảo sát sự hài lòng", deadline: d("2022-10-31") });
    let current = mine;
    const rollup = rollupOf({
      asOf: "2022-06-14",
      total: 1,
      started: 0,
      completed: 0,
      startedRateText: "0,0%",
      completedRateText: "0,0%",
    });
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/plans/DT.VPUBND/2022": answer("getPlan", {
        id: 1,
        unit: "DT.VPUBND",
        year: 2022,
        title: "Kế hoạch CCHC năm 2022",
        document: null,
        rollup,
      }),
      "GET /api/v1/plans/DT.VPUBND/2022/tasks": answer("listPlanTasks", { items: [mine], total: 1, limit: 1000, offset: 0, rollup }),
      "GET /api/v1/documents": answer("listDocuments", documentList([])),
      [`PUT /api/v1/tasks/${mine.id}`]: (init) => {
        const change = JSON.parse(String(init?.body)) as { status: TaskBody["status"]; progress: number; version: number };
        if (change.version !== current.version)
          return { status: 409, body: { error: { code: "TASK_CONFLICT", message: "Đã có người sửa." } } };
        current = { ...current, status: change.status, progress: change.progress, version: current.version + 1 };
        return answer("updateTask", current);
      },
    });
    renderWithApp(() => <PlansScreen />, { fetch, host: fakeHost("/ke-hoach?unit=DT.VPUBND&period=2022-H1&lang=vi") });
    const form = await screen.findByRole("form", { name: "Khảo sát sự hài lòng" });
    fireEvent.change(within(form).getByLabelText("Trạng thái"), { target: { value: "in-progress" } });
    fireEvent.input(within(form).getByLabelText("Tiến độ (%)"), { target: { value: "20" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    // the row stays (it is the same task) and says it saved; its summary shows the new state
    expect(await within(form).findByText("Đã lưu.")).toBeTruthy();
    expect(screen.getByText("Đang thực hiện · 20%")).toBeTruthy();
    fireEvent.input(within(form).getByLabelText("Tiến độ (%)"), { target: { value: "40" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(screen.getByText("Đang thực hiện · 40%")).toBeTruthy());
    const puts = calls.filter((c) => c.method === "PUT").map((c) => c.body);
    expect(puts).toEqual([
      { status: "in-progress", progress: 20, evidence: [], version: 1 },
      { status: "in-progress", progress: 40, evidence: [], version: 2 },
    ]);
  });
});
