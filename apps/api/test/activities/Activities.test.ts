/**
 * Activities through the API as a client uses them: recorded after the unit's other activities of
 * the period, read, corrected (only the fields sent), removed, with the totals per kind following;
 * a stale version answers 409 and changes nothing; a bad body answers 400 naming the field; an
 * unknown id 404; a user outside the activity's unit 403 without its content.
 */
import { describe, expect, it } from "vitest";
import { useCallers } from "../support/Callers.js";
import { databases, useTestApp } from "../support/TestApp.js";

const course = {
  unit: "DT.VPUBND",
  period: "2022-H1",
  area: "civil-service",
  kind: "training",
  title: "Bồi dưỡng kỹ năng soạn thảo văn bản",
  count: 4,
  countUnit: "người",
  heldOn: "2022-04-05",
};

describe.each(databases())("activities API on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = useCallers(testApp, ["bientap.vp", "xem.vp", "bientap.snv", "pheduyet.vp"]);
  const trainingTotal = async () =>
    (await call("xem.vp", "GET", "/activities?unit=DT.VPUBND&period=2022-H1&kind=training")).body.totals.training as number;

  it("records, reads, corrects and removes an activity; the totals per kind follow", async () => {
    const before = await trainingTotal();
    const created = await call("bientap.vp", "POST", "/activities", course);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...course, dateRole: "event", documentId: null, note: null, version: 1 });
    const id = created.body.id;
    const listed = (await call("xem.vp", "GET", "/activities?unit=DT.VPUBND&period=2022-H1&limit=1000")).body.items;
    expect(listed.at(-1).id).toBe(id);
    expect(await trainingTotal()).toBe(before + 4);
    expect((await call("xem.vp", "GET", `/activities/${id}`)).body).toEqual(created.body);

    const corrected = await call("bientap.vp", "PUT", `/activities/${id}`, { count: 6, note: "bổ sung 2 người", version: 1 });
    expect(corrected.body).toEqual({ ...created.body, count: 6, note: "bổ sung 2 người", version: 2 });
    expect(await trainingTotal()).toBe(before + 6);

    const stale = await call("bientap.vp", "PUT", `/activities/${id}`, { count: 60, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "ACTIVITY_CONFLICT", details: { currentVersion: 2, current: { count: 6 } } });
    expect(await trainingTotal()).toBe(before + 6);

    expect((await call("bientap.vp", "DELETE", `/activities/${id}?version=1`)).status).toBe(409);
    expect((await call("bientap.vp", "DELETE", `/activities/${id}?version=2`)).body).toEqual({ deleted: true, id });
    expect(await trainingTotal()).toBe(before);
    const gone = await call("bientap.vp", "GET", `/activities/${id}`);
    expect([gone.status, gone.body.error.code]).toEqual([404, "ACTIVITY_NOT_FOUND"]);
    expect((await call("bientap.vp", "PUT", `/activities/${id}`, { count: 1, version: 2 })).status).toBe(404);

    const trail = await call("pheduyet.vp", "GET", `/audit?unit=DT.VPUBND&entity=activity&entityId=${id}`);
    expect(trail.body.items.map((r: { action: string }) => r.action)).toEqual(["activity.delete", "activity.update", "activity.create"]);
  });

  it("answers 400 naming the fields of a bad body", async () => {
    const bad = await call("bientap.vp", "POST", "/activities", { ...course, kind: "party", count: -1, title: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.count", "body.kind", "body.title"]);
    expect(bad.body.error.details.find((d: { path: string }) => d.path === "body.count").message).toBe(
      "Số lượng phải là số nguyên không âm (hoặc null nếu không nêu)",
    );
    const orphan = await call("bientap.vp", "POST", "/activities", { ...course, documentId: 987_654 });
    expect(orphan.body.error).toMatchObject({ code: "ACTIVITY_INVALID", details: [{ path: "body.documentId" }] });
    const existing = (await call("bientap.vp", "GET", "/activities?unit=DT.VPUBND")).body.items[0];
    const wrong = await call("bientap.vp", "PUT", `/activities/${existing.id}`, { heldOn: "30/4/2022", version: existing.version });
    expect(wrong.body.error.details.map((d: { path: string }) => d.path)).toEqual(["body.heldOn"]);
    expect((await call("bientap.vp", "GET", `/activities/${existing.id}`)).body).toEqual(existing);
    expect((await call("bientap.vp", "GET", "/activities/0")).status).toBe(400);
  });

  it("refuses users without access to the activity's unit with 403, changing nothing", async () => {
    const own = (await call("bientap.vp", "GET", "/activities?unit=DT.VPUBND")).body.items[0];
    for (const [method, body] of [["GET"], ["PUT", { count: 99, version: own.version }], ["DELETE"]] as const) {
      const refused = await call("bientap.snv", method, `/activities/${own.id}`, body);
      expect(refused.status, method).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain(own.title);
    }
    expect((await call("bientap.snv", "POST", "/activities", course)).status).toBe(403);
    expect((await call("xem.vp", "DELETE", `/activities/${own.id}`)).status).toBe(403);
    expect((await call("bientap.vp", "GET", `/activities/${own.id}`)).body).toEqual(own);
  });
});
