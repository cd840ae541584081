/**
 * Inspections through the API as a client uses them: recorded, read, corrected (the remediation
 * status alone), removed; a stale version answers 409 and changes nothing; a bad body answers 400
 * naming the field; an unknown id 404; a user outside the inspection's unit 403 without its
 * content; an approved report refuses changes to its inspections and activities (409).
 */
import { describe, expect, it } from "vitest";
import { useCallers } from "../support/Callers.js";
import { databases, useTestApp } from "../support/TestApp.js";
import { consistentFigures, loadCatalogue, writeFigures } from "../workflow/Fixtures.js";
import { inspection } from "./InspectionFixture.js";

describe.each(databases())("inspections API on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = useCallers(testApp, ["admin", "bientap.vp", "xem.vp", "bientap.snv", "pheduyet.vp"]);

  it("records, reads, corrects the remediation status and removes an inspection, each change in the audit trail", async () => {
    const created = await call("bientap.vp", "POST", "/inspections", inspection);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...inspection,
      planDocumentId: null,
      dateText: "",
      remediationStatus: "not-started",
      version: 1,
    });
    const id = created.body.id;
    expect((await call("xem.vp", "GET", `/inspections/${id}`)).body).toEqual(created.body);

    const remedied = await call("bientap.vp", "PUT", `/inspections/${id}`, { remediationStatus: "done", version: 1 });
    expect(remedied.status).toBe(200);
    expect(remedied.body).toEqual({ ...created.body, remediationStatus: "done", version: 2 });

    const stale = await call("bientap.vp", "PUT", `/inspections/${id}`, { findings: "Ghi đè từ bản cũ", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: "INSPECTION_CONFLICT",
      details: { currentVersion: 2, current: { remediationStatus: "done" } },
    });
    expect((await call("bientap.vp", "GET", `/inspections/${id}`)).body).toEqual(remedied.body);

    const listed = await call("xem.vp", "GET", "/inspections?unit=DT.VPUBND&period=2022-H1");
    expect(listed.body.items.map((i: { id: number }) => i.id)).toContain(id);

    const staleRemoval = await call("bientap.vp", "DELETE", `/inspections/${id}?version=1`);
    expect(staleRemoval.status).toBe(409);
    expect((await call("bientap.vp", "GET", `/inspections/${id}`)).status).toBe(200);
    expect((await call("bientap.vp", "DELETE", `/inspections/${id}?version=2`)).body).toEqual({ deleted: true, id });
    for (const [method, body] of [["GET"], ["PUT", { version: 2 }], ["DELETE"]] as const) {
      const gone = await call("bientap.vp", method, `/inspections/${id}`, body);
      expect(gone.status).toBe(404);
      expect(gone.body.error.code).toBe("INSPECTION_NOT_FOUND");
    }

    const trail = await call("pheduyet.vp", "GET", `/audit?unit=DT.VPUBND&entity=inspection&entityId=${id}`);
    expect(trail.body.items.map((r: { action: string }) => r.action)).toEqual([
      "inspection.delete",
      "inspection.update",
      "inspection.create",
    ]);
    expect(trail.body.items[1]).toMatchObject({
      actor: { name: "bientap.vp" },
      before: { remediationStatus: "not-started" },
      after: { remediationStatus: "done" },
    });
  });

  it("answers 400 naming the fields of a bad body, 404 for an unknown id and 400 for a malformed one", async () => {
    const bad = await call("bientap.vp", "POST", "/inspections", { ...inspection, period: "2022-H3", heldOn: "2022-02-30", team: "  " });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("REQUEST_INVALID");
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.heldOn", "body.period", "body.team"]);
    expect(bad.body.error.details.find((d: { path: string }) => d.path === "body.team").message).toBe(
      "Tên đoàn (tổ) kiểm tra không được để trống",
    );
    const { leadName: _omitted, ...withoutLead } = inspection;
    const missing = await call("bientap.vp", "POST", "/inspections", withoutLead);
    expect(missing.body.error.details).toEqual([{ path: "body.leadName", message: "thiếu trường bắt buộc" }]);
    const orphan = await call("bientap.vp", "POST", "/inspections", { ...inspection, planDocumentId: 987_654 });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error).toMatchObject({ code: "INSPECTION_INVALID", details: [{ path: "body.planDocumentId" }] });
    const nowhere = await call("admin", "POST", "/inspections", { ...inspection, unit: "DT.KHONGCO" });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.details[0].path).toBe("body.unit");

    const existing = (await call("bientap.vp", "GET", "/inspections?unit=DT.VPUBND")).body.items[0];
    for (const [body, path] of [
      [{ remediationStatus: "finished", version: existing.version }, "body.remediationStatus"],
      [{ findings: "x" }, "body.version"],
      [{ version: 0 }, "body.version"],
      [{ id: 5, version: existing.version }, "body.id"],
    ] as const) {
      const refused = await call("bientap.vp", "PUT", `/inspections/${existing.id}`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await call("bientap.vp", "GET", `/inspections/${existing.id}`)).body).toEqual(existing);
    expect((await call("bientap.vp", "GET", "/inspections/999999")).status).toBe(404);
    expect((await call("bientap.vp", "GET", "/inspections/abc")).status).toBe(400);
    expect((await call("bientap.vp", "DELETE", `/inspections/${existing.id}?version=x`)).status).toBe(400);
  });

  it("refuses users without access to the inspection's unit with 403, without its content, changing nothing", async () => {
    const own = (await call("bientap.vp", "GET", "/inspections?unit=DT.VPUBND&period=2022-H1")).body.items[0];
    for (const [method, body] of [["GET"], ["PUT", { remediationStatus: "done", version: own.version }], ["DELETE"]] as const) {
      const refused = await call("bientap.snv", method, `/inspections/${own.id}`, body);
      expect(refused.status, method).toBe(403);
      expect(refused.body.error.code).toBe("ACCESS_DENIED");
      expect(JSON.stringify(refused.body)).not.toContain(own.leadName);
      expect(JSON.stringify(refused.body)).not.toContain("DT.VPUBND");
    }
    expect((await call("bientap.snv", "POST", "/inspections", inspection)).status).toBe(403);
    expect((await call("bientap.vp", "POST", "/inspections", { ...inspection, unit: "DT.SNV" })).status).toBe(403);
    expect((await call("bientap.vp", "PUT", `/inspections/${own.id}`, { unit: "DT.SNV", version: own.version })).status).toBe(403);
    expect((await call("xem.vp", "POST", "/inspections", inspection)).status).toBe(403);
    expect((await call("xem.vp", "PUT", `/inspections/${own.id}`, { findings: "x", version: own.version })).status).toBe(403);
    expect((await call("bientap.snv", "GET", "/inspections?unit=DT.VPUBND")).status).toBe(403);
    expect((await call("bientap.snv", "GET", "/inspections")).body.items).toEqual([]);
    expect((await call("bientap.vp", "GET", `/inspections/${own.id}`)).body).toEqual(own);
  });

  it("refuses changes to inspections and activities of an approved report with 409 PERIOD_LOCKED", async () => {
    const t = testApp();
    const unit = "DT.VPUBND.HCQT";
    const inside = await call("bientap.vp", "POST", "/inspections", { ...inspection, unit, heldOn: "2022-03-01" });
    const activity = await call("bientap.vp", "POST", "/activities", {
      unit,
      period: "2022-H1",
      area: "civil-service",
      kind: "training",
      title: "Bồi dưỡng nghiệp vụ văn thư",
      count: 2,
      countUnit: "người",
    });
    const elsewhere = await call("bientap.vp", "POST", "/inspections", { ...inspection, period: "2022-H2", heldOn: "2022-09-01" });
    expect([inside.status, activity.status, elsewhere.status]).toEqual([201, 201, 201]);
    await loadCatalogue(t);
    await writeFigures(t, unit, "2022-H1", consistentFigures);
    expect((await call("bientap.vp", "POST", `/units/${unit}/periods/2022-H1/submit`, {})).status).toBe(200);
    expect((await call("pheduyet.vp", "POST", `/units/${unit}/periods/2022-H1/approve`, {})).status).toBe(200);

    const refusals = [
      await call("bientap.vp", "POST", "/inspections", { ...inspection, unit }),
      await call("bientap.vp", "PUT", `/inspections/${inside.body.id}`, { remediationStatus: "done", version: 1 }),
      await call("bientap.vp", "DELETE", `/inspections/${inside.body.id}`),
      await call("bientap.vp", "PUT", `/inspections/${elsewhere.body.id}`, { unit, period: "2022-H1", version: 1 }),
      await call("bientap.vp", "PUT", `/activities/${activity.body.id}`, { count: 3, version: 1 }),
      await call("bientap.vp", "DELETE", `/activities/${activity.body.id}`),
    ];
    expect(refusals.map((r) => [r.status, r.body.error?.code])).toEqual(Array(6).fill([409, "PERIOD_LOCKED"]));
    expect((await call("bientap.vp", "GET", `/inspections/${inside.body.id}`)).body).toEqual(inside.body);
    expect((await call("bientap.vp", "GET", `/activities/${activity.body.id}`)).body).toEqual(activity.body);
    expect((await call("bientap.vp", "GET", `/inspections/${elsewhere.body.id}`)).body.unit).toBe("DT.VPUBND");
  });
});
