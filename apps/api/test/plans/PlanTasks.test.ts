/**
 * Plan tasks through the API as a client uses them: a task added to a plan (the status rule fills
 * what the client leaves out), read, edited (title, area, lead unit, deadline), removed with its version — the plan's roll-up follows and
 * nothing is left pointing at it; 409 for a stale version, 400 naming the field, 404 for an
 * unknown task or plan, 403 for a user outside the plan's unit.
 */
import { describe, expect, it } from "vitest";
import { useCallers } from "../support/Callers.js";
import { databases, useTestApp } from "../support/TestApp.js";

const task = {
  area: "e-government",
  title: "Số hóa hồ sơ lưu trữ của Văn phòng",
  leadUnit: "DT.VPUBND.HCQT",
  coordinatingUnits: ["DT.VPUBND.TTKSTTHC"],
  deadline: "2022-11-30",
};
const PLAN = "/plans/DT.VPUBND/2022";

describe.each(databases())("plan tasks API on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = useCallers(testApp, ["bientap.vp", "xem.vp", "bientap.snv", "pheduyet.vp"]);
  const rollup = async () => (await call("xem.vp", "GET", `${PLAN}?asOf=2022-12-31`)).body.rollup;

  it("adds a task to the plan, reads it, and removes it with its version; the roll-up follows", async () => {
    const before = await rollup();
    const kh19 = (await call("xem.vp", "GET", "/documents?q=19/KH-VPUBND")).body.items[0];
    const created = await call("bientap.vp", "POST", `${PLAN}/tasks`, {
      ...task,
      status: "done",
      completedOn: "2022-06-30",
      startedOn: "2022-03-01",
      evidence: [kh19.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...task, status: "done", progress: 100, evidence: [kh19.id], reconstructed: false, version: 1 });
    const id = created.body.id;
    expect((await call("xem.vp", "GET", `/tasks/${id}`)).body).toEqual(created.body);
    const listed = await call("xem.vp", "GET", `${PLAN}/tasks?limit=1000`);
    expect(listed.body.items.at(-1).id).toBe(id);
    expect(await rollup()).toMatchObject({ total: before.total + 1, completed: before.completed + 1 });

    const plain = await call("bientap.vp", "POST", `${PLAN}/tasks`, {
      area: "procedure",
      title: "Rà soát quy trình nội bộ",
      leadUnit: "DT.VPUBND",
    });
    expect(plain.body).toMatchObject({ status: "not-started", progress: 0, coordinatingUnits: [], deadline: null, evidence: [] });
    const updated = await call("bientap.vp", "PUT", `/tasks/${plain.body.id}`, { progress: 0, version: 1 });
    expect(updated.body.version).toBe(2);

    const stale = await call("bientap.vp", "DELETE", `/tasks/${plain.body.id}?version=1`);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "TASK_CONFLICT", details: { currentVersion: 2, current: { id: plain.body.id } } });
    expect((await call("bientap.vp", "DELETE", `/tasks/${plain.body.id}?version=2`)).body).toEqual({ deleted: true, id: plain.body.id });
    expect((await call("bientap.vp", "DELETE", `/tasks/${id}`)).status).toBe(200);

    for (const gone of [id, plain.body.id]) {
      const read = await call("xem.vp", "GET", `/tasks/${gone}`);
      expect([read.status, read.body.error.code]).toEqual([404, "TASK_NOT_FOUND"]);
      expect((await call("bientap.vp", "PUT", `/tasks/${gone}`, { progress: 10, version: 1 })).status).toBe(404);
      expect((await call("bientap.vp", "DELETE", `/tasks/${gone}`)).status).toBe(404);
    }
    const after = (await call("xem.vp", "GET", `${PLAN}/tasks?limit=1000`)).body.items.map((t: { id: number }) => t.id);
    expect(after).not.toContain(id);
    expect(await rollup()).toEqual(before);

    const trail = await call("pheduyet.vp", "GET", `/audit?unit=DT.VPUBND&entity=task&entityId=${id}`);
    expect(trail.body.items.map((r: { action: string }) => r.action)).toEqual(["task.delete", "task.create"]);
  });

  it("answers 400 naming the field, 404 for a plan that does not exist", async () => {
    const bad = await call("bientap.vp", "POST", `${PLAN}/tasks`, { ...task, area: "finance", deadline: "2022-13-01", title: " " });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.area", "body.deadline", "body.title"]);
    const contradiction = await call("bientap.vp", "POST", `${PLAN}/tasks`, { ...task, status: "done", progress: 70 });
    expect(contradiction.body.error).toMatchObject({ code: "TASK_INVALID", details: [{ path: "body.progress" }] });
    const orphan = await call("bientap.vp", "POST", `${PLAN}/tasks`, { ...task, evidence: [987_654] });
    expect(orphan.body.error).toMatchObject({ code: "TASK_INVALID", details: [{ path: "body.evidence[0]" }] });
    const noLead = await call("bientap.vp", "POST", `${PLAN}/tasks`, { ...task, coordinatingUnits: ["DT.VPUBND", "DT.KHONGCO"] });
    expect(noLead.body.error).toMatchObject({ code: "REQUEST_INVALID", details: [{ path: "body.coordinatingUnits[1]" }] });
    const noPlan = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2031/tasks", task);
    expect([noPlan.status, noPlan.body.error.code]).toEqual([404, "PLAN_NOT_FOUND"]);
    const existing = (await call("xem.vp", "GET", `${PLAN}/tasks`)).body.items[0];
    const badEvidence = await call("bientap.vp", "PUT", `/tasks/${existing.id}`, { evidence: [987_654], version: existing.version });
    expect(badEvidence.body.error.details[0].path).toBe("body.evidence[0]");
    expect((await call("xem.vp", "GET", `/tasks/${existing.id}`)).body).toEqual(existing);
    expect((await call("xem.vp", "GET", "/tasks/2147483648")).status).toBe(400);
  });

  it("edits a task's title, area, lead unit and deadline with its version; an unknown lead unit or a bad field is a 400", async () => {
    const made = (await call("bientap.vp", "POST", `${PLAN}/tasks`, task)).body;
    const edited = await call("bientap.vp", "PUT", `/tasks/${made.id}`, {
      title: "Số hóa hồ sơ lưu trữ (đợt 2)",
      area: "procedure",
      leadUnit: "DT.VPUBND.TTKSTTHC",
      deadline: null,
      version: made.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: "Số hóa hồ sơ lưu trữ (đợt 2)",
      area: "procedure",
      leadUnit: "DT.VPUBND.TTKSTTHC",
      deadline: null,
      coordinatingUnits: task.coordinatingUnits,
      version: made.version + 1,
    });
    const unknown = await call("bientap.vp", "PUT", `/tasks/${made.id}`, { leadUnit: "DT.KHONGCO", version: made.version + 1 });
    expect([unknown.status, unknown.body.error.details[0].path]).toEqual([400, "body.leadUnit"]);
    const bad = await call("bientap.vp", "PUT", `/tasks/${made.id}`, { title: " ", deadline: "2022-02-30", version: made.version + 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.deadline", "body.title"]);
    const stale = await call("bientap.vp", "PUT", `/tasks/${made.id}`, { title: "Cũ", version: made.version });
    expect(stale.status).toBe(409);
    expect((await call("xem.vp", "GET", `/tasks/${made.id}`)).body).toEqual(edited.body);
    expect((await call("xem.vp", "PUT", `/tasks/${made.id}`, { title: "X", version: made.version + 1 })).status).toBe(403);
    const trail = await call("pheduyet.vp", "GET", `/audit?unit=DT.VPUBND&entity=task&entityId=${made.id}`);
    expect(trail.body.items[0]).toMatchObject({
      action: "task.update",
      before: { leadUnit: "DT.VPUBND.HCQT" },
      after: { leadUnit: "DT.VPUBND.TTKSTTHC" },
    });
    expect((await call("bientap.vp", "DELETE", `/tasks/${made.id}`)).status).toBe(200);
  });

  it("refuses users without write access to the plan's unit with 403, changing nothing", async () => {
    const existing = (await call("xem.vp", "GET", `${PLAN}/tasks`)).body.items[0];
    expect((await call("bientap.snv", "POST", `${PLAN}/tasks`, task)).status).toBe(403);
    expect((await call("xem.vp", "POST", `${PLAN}/tasks`, task)).status).toBe(403);
    for (const [user, method] of [
      ["bientap.snv", "GET"],
      ["bientap.snv", "DELETE"],
      ["xem.vp", "DELETE"],
    ] as const) {
      const refused = await call(user, method, `/tasks/${existing.id}`);
      expect(refused.status, `${user} ${method}`).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain(existing.title);
    }
    expect((await call("xem.vp", "GET", `/tasks/${existing.id}`)).body).toEqual(existing);
  });
});
