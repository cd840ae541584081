/**
 * Unit names and structure are organisational information (ADR 0006): any signed-in caller reads
 * the list and any single unit, whatever its subtree; without credentials both answer 401. The
 * successor chain of the 2025 reform leads from a ward that ended to the unit in force.
 */
import { describe, expect, it } from "vitest";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

describe.each(databases())("org units on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });

  it("lets any signed-in caller read the list and every unit, and nobody else", async () => {
    const t = testApp();
    // a viewer of the office, with a token limited to the office's subtree
    const viewer = bearer(await tokenFor(t, "xem.vp", ["read"], "DT.VPUBND"));
    const listed = await json(await t.app.request("/api/v1/org-units", { headers: viewer }));
    const codes: string[] = listed.items.map((u: { code: string }) => u.code);
    expect(codes).toEqual(expect.arrayContaining(["DT", "DT.SNV", "DT.VPUBND"]));
    for (const code of codes) {
      const one = await t.app.request(`/api/v1/org-units/${code}`, { headers: viewer });
      expect([code, one.status]).toEqual([code, 200]);
      expect((await json(one)).code).toBe(code);
    }
    expect((await t.app.request("/api/v1/org-units/DT.SNV")).status).toBe(401);
    expect((await t.app.request("/api/v1/org-units")).status).toBe(401);
    expect((await t.app.request("/api/v1/org-units/DT.SNV/successors")).status).toBe(401);
    // the unit's data stays unit-scoped
    expect((await t.app.request("/api/v1/units/DT.SNV/periods/2022-H1/values", { headers: viewer })).status).toBe(403);
  });

  it("follows successors from a ward that ended on 30/6/2025 to the ward in force", async () => {
    const t = testApp();
    const viewer = bearer(await tokenFor(t, "xem.snv", ["read"], "DT.SNV"));
    const res = await t.app.request("/api/v1/org-units/DT.TPCL.P1/successors", { headers: viewer });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.unit).toMatchObject({ code: "DT.TPCL.P1", validTo: "2025-06-30", successorCode: "DT.PCAOLANH" });
    expect(body.successors.map((u: { code: string }) => u.code)).toEqual(["DT.PCAOLANH"]);
    expect(body.current).toMatchObject({ code: "DT.PCAOLANH", kind: "commune", parentCode: "DT", validFrom: "2025-07-01" });

    // before the new ward existed nobody is "current" at the end of the chain
    const early = await json(await t.app.request("/api/v1/org-units/DT.TPCL.P1/successors?asOf=2024-01-01", { headers: viewer }));
    expect(early).toMatchObject({ asOf: "2024-01-01", current: null });
    // a unit without successor is its own current unit; the district ended without one
    const ward = await json(await t.app.request("/api/v1/org-units/DT.PCAOLANH/successors?asOf=2026-01-01", { headers: viewer }));
    expect(ward).toMatchObject({ successors: [], current: { code: "DT.PCAOLANH" } });
    const district = await json(await t.app.request("/api/v1/org-units/DT.TPCL/successors?asOf=2026-01-01", { headers: viewer }));
    expect(district).toMatchObject({ successors: [], current: null });

    const missing = await t.app.request("/api/v1/org-units/KHONGCO/successors", { headers: viewer });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe("ORG_UNIT_NOT_FOUND");
    const badDate = await t.app.request("/api/v1/org-units/DT/successors?asOf=2025-02-30", { headers: viewer });
    expect(badDate.status).toBe(400);
    expect((await json(badDate)).error.details[0].path).toBe("query.asOf");
  });
});
