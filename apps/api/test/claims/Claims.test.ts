/**
 * The reporting cycle of the seed's office report through the API, with the stated rate corrected
 * by `PUT …/claims` (no value touched): the editor fixes the 2024 inspection date and replaces the
 * stated 49,5 % by the computed rate, submits; the claim is versioned and audited; a viewer may
 * not correct it; after approval it is locked; the province's approver consolidates; a unit
 * created after the period owes no report for it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const BASE = "/api/v1/units/DT.VPUBND/periods/2022-H1";
const RATE = { rate: "taichinh.kinhphi.tyle", disaggregation: "autonomy=autonomous" };

describe.each(databases())("stated-rate corrections on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const as: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const u of ["bientap.vp", "pheduyet.vp", "xem.vp", "pheduyet.dt", "bientap.snv"]) as[u] = bearer(await tokenFor(testApp(), u));
  });
  const call = (user: string, method: string, path: string, body?: unknown) =>
    testApp().app.request(path, body === undefined ? { method, headers: as[user] } : jsonInit(method, body, as[user]));
  const claim = async () =>
    (await json(await call("bientap.vp", "GET", `${BASE}/values?limit=1000`))).claims.find(
      (c: { rate: string; disaggregation: string }) => c.rate === RATE.rate && c.disaggregation === RATE.disaggregation,
    );

  it("corrects the stated rate with its version, refuses stale versions, viewers and unknown rates", async () => {
    const before = await claim();
    expect(before).toMatchObject({ stated: 49.5, matches: false, version: 1 });
    const denied = await call("xem.vp", "PUT", `${BASE}/claims`, { ...RATE, stated: before.computed, version: 1 });
    expect(denied.status).toBe(403);
    const other = await call("bientap.snv", "PUT", `${BASE}/claims`, { ...RATE, stated: before.computed, version: 1 });
    expect(other.status).toBe(403);
    const unknown = await call("bientap.vp", "PUT", `${BASE}/claims`, { rate: "khong.co", stated: 1, version: 0 });
    expect((await json(unknown)).error.code).toBe("INDICATOR_NOT_FOUND");
    const bad = await call("bientap.vp", "PUT", `${BASE}/claims`, { ...RATE, stated: "49,4" });
    expect(bad.status).toBe(400);

    const fixed = await call("bientap.vp", "PUT", `${BASE}/claims`, { ...RATE, stated: before.computed, version: 1 });
    expect(fixed.status).toBe(200);
    const body = await json(fixed);
    expect(body.claim).toMatchObject({ stated: before.computed, version: 2, updatedBy: "bientap.vp" });
    expect(body.claim.text).toContain(`${String(before.computed).replace(".", ",")}%`);
    expect(body.findings.some((f: { kind: string }) => f.kind === "rate-claims")).toBe(false);
    expect(await claim()).toMatchObject({ matches: true, version: 2 });

    const stale = await call("bientap.vp", "PUT", `${BASE}/claims`, { ...RATE, stated: 50, version: 1 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({ code: "CLAIM_CONFLICT", details: { current: { version: 2 } } });

    const audit = await json(await call("pheduyet.vp", "GET", "/api/v1/audit?entity=claim"));
    expect(audit.items.map((r: { action: string }) => r.action)).toEqual(["claim.write"]);
  });

  it("submits once the inspection date is fixed, is locked after approval, and the province consolidates", async () => {
    const list = await json(await call("bientap.vp", "GET", "/api/v1/inspections?unit=DT.VPUBND&period=2022-H1"));
    const inspection = list.items[0];
    const moved = await call("bientap.vp", "PUT", `/api/v1/inspections/${inspection.id}`, {
      heldOn: "2022-04-28",
      dateText: "Ngày 28 tháng 4 năm 2022",
      version: inspection.version,
    });
    expect(moved.status).toBe(200);
    expect((await call("bientap.vp", "POST", `${BASE}/submit`, { comment: "Đã sửa" })).status).toBe(200);
    expect((await call("pheduyet.vp", "POST", `${BASE}/approve`, {})).status).toBe(200);

    const locked = await call("bientap.vp", "PUT", `${BASE}/claims`, { ...RATE, stated: 49, version: 2 });
    expect(locked.status).toBe(409);
    expect((await json(locked)).error.code).toBe("PERIOD_LOCKED");

    const overview = await json(await call("pheduyet.dt", "GET", "/api/v1/units/DT/periods/2022-H1/submissions"));
    const units = overview.lines.map((l: { unit: string }) => l.unit);
    expect(units).toContain("DT.VPUBND");
    // Phường Cao Lãnh exists from 1/7/2025: it owes no report for 2022
    expect(units).not.toContain("DT.PCAOLANH");
    expect(overview.lines.find((l: { unit: string }) => l.unit === "DT.VPUBND")).toMatchObject({ state: "approved", submissions: 1 });

    const consolidated = await call("pheduyet.dt", "POST", "/api/v1/units/DT/periods/2022-H1/consolidate");
    expect(consolidated.status).toBe(200);
    expect((await json(consolidated)).included).toContain("DT.VPUBND");
    expect((await call("xem.vp", "POST", "/api/v1/units/DT/periods/2022-H1/consolidate")).status).toBe(403);
  });
});
