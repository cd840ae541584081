/**
 * Creating a unit's annual plan through the API as a client does: 201 with the plan, then tasks
 * can be added and the plan reads back with its roll-up; a second plan for the same unit and year
 * is 409 PLAN_EXISTS; a missing title or an unregistered document is 400 naming the field; a user
 * outside the unit gets 403 and nothing is created; the creation is in the audit trail.
 */
import { describe, expect, it } from "vitest";
import { useCallers } from "../support/Callers.js";
import { databases, useTestApp } from "../support/TestApp.js";

describe.each(databases())("plan creation API on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = useCallers(testApp, ["bientap.vp", "xem.vp", "bientap.snv", "quantri.dt"]);

  it("creates the 2023 plan of the Office once, with its adopting document, and tasks can then be added", async () => {
    expect((await call("xem.vp", "GET", "/plans/DT.VPUBND/2023")).status).toBe(404);
    const kh19 = (await call("xem.vp", "GET", "/documents?q=19/KH-VPUBND")).body.items[0];

    // outside the unit: refused, nothing created
    const foreign = await call("bientap.snv", "POST", "/plans/DT.VPUBND/2023", { title: "Kế hoạch CCHC năm 2023" });
    expect(foreign.status).toBe(403);
    expect((await call("xem.vp", "GET", "/plans/DT.VPUBND/2023")).status).toBe(404);

    // bad input names the field
    const noTitle = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2023", { title: "  " });
    expect(noTitle.status).toBe(400);
    expect(JSON.stringify(noTitle.body.error.details)).toContain("body.title");
    const noDocument = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2023", { title: "Kế hoạch CCHC năm 2023", documentId: 999999 });
    expect(noDocument.status).toBe(400);
    expect(noDocument.body.error.details).toEqual([{ path: "body.documentId", message: "không có văn bản này trong sổ" }]);
    expect((await call("xem.vp", "GET", "/plans/DT.VPUBND/2023")).status).toBe(404);

    const created = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2023", {
      title: "Kế hoạch cải cách hành chính năm 2023",
      documentId: kh19.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      unit: "DT.VPUBND",
      year: 2023,
      title: "Kế hoạch cải cách hành chính năm 2023",
      documentId: kh19.id,
    });

    const again = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2023", { title: "Kế hoạch khác" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("PLAN_EXISTS");

    const added = await call("bientap.vp", "POST", "/plans/DT.VPUBND/2023/tasks", {
      area: "institution",
      title: "Rà soát văn bản quy phạm pháp luật",
      leadUnit: "DT.VPUBND",
    });
    expect(added.status).toBe(201);
    const plan = await call("xem.vp", "GET", "/plans/DT.VPUBND/2023?asOf=2023-06-14");
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ id: created.body.id, title: "Kế hoạch cải cách hành chính năm 2023", rollup: { total: 1 } });
    expect(plan.body.document?.id).toBe(kh19.id);

    const audit = await call("quantri.dt", "GET", "/audit?limit=200");
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain("plan.create");
  });
});
