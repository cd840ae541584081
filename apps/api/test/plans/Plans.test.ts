import { describe, expect, it } from "vitest";
import { requesterOf } from "../support/Callers.js";
import { jsonInit } from "../support/Credentials.js";
import { databases, useTestApp } from "../support/TestApp.js";

const put = (body: unknown) => jsonInit("PUT", body);

describe.each(databases())("plans, tasks, inspections and activities API on $name", (db) => {
  const testApp = useTestApp(db);
  const req = requesterOf(testApp);

  it("computes 'trên 66,7% các nhiệm vụ đã được triển khai' from the plan's tasks at 14/6/2022", async () => {
    const { status, body } = await req("/api/v1/plans/DT.VPUBND/2022?asOf=2022-06-14");
    expect(status).toBe(200);
    expect(body.document.numberSymbol).toBe("19/KH-VPUBND");
    expect(body.rollup).toMatchObject({ total: 12, started: 8, startedRateText: "66,7%", completed: 2 });
    expect((await req("/api/v1/plans/DT.SNV/2022")).body.error.code).toBe("PLAN_NOT_FOUND");
  });

  it("lists tasks filtered by area, status, lead and deadline, with their roll-up", async () => {
    const all = await req("/api/v1/plans/DT.VPUBND/2022/tasks?asOf=2022-06-14");
    expect(all.body.total).toBe(12);
    expect(new Set(all.body.items.map((t: any) => t.area)).size).toBe(7);
    const procedure = await req("/api/v1/plans/DT.VPUBND/2022/tasks?area=procedure");
    expect(procedure.body.items.every((t: any) => t.area === "procedure")).toBe(true);
    expect(procedure.body.total).toBe(3);
    const notStarted = await req("/api/v1/plans/DT.VPUBND/2022/tasks?status=not-started");
    expect(notStarted.body.total).toBe(4);
    const due = await req("/api/v1/plans/DT.VPUBND/2022/tasks?dueBefore=2022-06-30&lead=DT.VPUBND.HCQT");
    expect(due.body.items.map((t: any) => t.title)).toEqual(["Chuyển đổi vị trí công tác đối với công chức theo quy định"]);
    expect((await req("/api/v1/plans/DT.VPUBND/2022/tasks?status=paused")).status).toBe(400);
  });

  it("updates a task with its version; a stale version gets 409 and a contradiction 400", async () => {
    const task = (await req("/api/v1/plans/DT.VPUBND/2022/tasks?status=not-started&area=public-finance")).body.items[0];
    const started = await req(
      `/api/v1/tasks/${task.id}`,
      put({ status: "in-progress", progress: 20, startedOn: "2022-06-20", version: task.version }),
    );
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: "in-progress", progress: 20, startedOn: "2022-06-20", version: task.version + 1 });
    const stale = await req(`/api/v1/tasks/${task.id}`, put({ progress: 50, version: task.version }));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "TASK_CONFLICT", details: { currentVersion: task.version + 1 } });
    const wrong = await req(`/api/v1/tasks/${task.id}`, put({ status: "done", progress: 80, version: task.version + 1 }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe("body.progress");
    const done = await req(
      `/api/v1/tasks/${task.id}`,
      put({ status: "done", completedOn: "2022-07-01", evidence: [1], version: task.version + 1 }),
    );
    expect(done.body).toMatchObject({ status: "done", progress: 100, completedOn: "2022-07-01", evidence: [1] });
    expect((await req("/api/v1/plans/DT.VPUBND/2022?asOf=2022-06-14")).body.rollup.started).toBe(8);
    expect((await req("/api/v1/tasks/99999", put({ version: 1 }))).status).toBe(404);
  });

  it("classifies the province's assigned tasks at the period end and compares with the stated counts", async () => {
    const { body } = await req("/api/v1/units/DT/periods/2022-H1/assigned-tasks");
    expect(body.asOf).toBe("2022-06-14");
    expect(body.items.map((t: any) => t.status)).toEqual(["done", "done", "not-due", "not-due"]);
    expect(body.items[0]).toMatchObject({ detail: "early", reconstructed: true });
    const cp = body.groups.find((g: any) => g.indicator === "chidao.nhiemvu.cp.giao");
    expect(cp).toMatchObject({
      computed: { total: 4, done: 2, notDue: 2, late: 0 },
      stated: { total: 4, done: 35, notDue: 9, late: 0 },
      matches: false,
    });
  });

  it("lists the inspection as written and the courses with the people trained", async () => {
    const insp = await req("/api/v1/inspections?unit=DT.VPUBND&period=2022-H1");
    expect(insp.body.total).toBe(1);
    expect(insp.body.items[0]).toMatchObject({
      leadName: "Huỳnh Thanh Sơn",
      leadTitle: "Phó Chánh Văn phòng Ủy ban nhân dân Tỉnh",
      heldOn: "2024-04-28",
    });
    const courses = await req("/api/v1/activities?unit=DT.VPUBND&period=2022-H1&kind=training");
    expect(courses.body.items.map((a: any) => a.count)).toEqual([3, 1, 3, 5, 1]);
    expect(courses.body.totals).toEqual({ training: 13 });
    const models = await req("/api/v1/activities?unit=DT.VPUBND&kind=model");
    expect(models.body.total).toBe(3);
    const it = await req("/api/v1/activities?area=e-government&limit=1");
    expect(it.body.items[0]).toMatchObject({ count: 143, countUnit: "xã, phường, thị trấn" });
    expect(it.body.total).toBeGreaterThan(1);
  });
});
