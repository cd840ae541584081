import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "./support/TestApp.js";

describe.each(databases())("API foundation on $name", (db) => {
  const testApp = useTestApp(db);

  it("answers health", async () => {
    const res = await testApp().app.request("/api/v1/health");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.database).toBe(db.name);
    // the demo data (with its accounts) is loaded in these tests
    expect(body.demo).toBe(true);
  });

  it("answers liveness again from its last answer: same body, the security headers, a new request id each time", async () => {
    const first = await testApp().app.request("/api/v1/health");
    const again = await testApp().app.request("/api/v1/health", { headers: { "x-forwarded-proto": "https" } });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(await first.text());
    for (const res of [first, again]) {
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    // HSTS only for a request that came over HTTPS (here: through a proxy saying so)
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect(again.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const third = await testApp().app.request("/api/v1/health");
    expect(third.headers.get("strict-transport-security")).toBeNull();
  });

  it("resolves 2022-H1 to the Nghị định 09 window", async () => {
    const res = await testApp().app.request("/api/v1/periods/2022-H1");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ code: "2022-H1", regime: "nd09", start: "2021-12-15", end: "2022-06-14", label: "6 tháng đầu năm 2022" });
  });

  it("resolves the calendar regime and the BNV Q3", async () => {
    const cal = await json(await testApp().app.request("/api/v1/periods/2022-H1?regime=calendar"));
    expect(cal).toMatchObject({ start: "2022-01-01", end: "2022-06-30" });
    const q3 = await json(await testApp().app.request("/api/v1/periods/2022-Q3?regime=bnv"));
    expect(q3).toMatchObject({ start: "2022-06-15", end: "2022-09-14" });
  });

  it("refuses a bad period code with 400, a stable code and a Vietnamese message", async () => {
    const res = await testApp().app.request("/api/v1/periods/2022-H7");
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe("PERIOD_CODE_INVALID");
    expect(body.error.message).toContain("Mã kỳ báo cáo");
  });

  it("refuses an unknown regime naming the field", async () => {
    const res = await testApp().app.request("/api/v1/periods/2022-H1?regime=lunar");
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe("REQUEST_INVALID");
    expect(body.error.details[0].path).toBe("query.regime");
  });

  it("lists the demo units as a list and a tree", async () => {
    const body = await json(await testApp().app.request("/api/v1/org-units"));
    const codes = body.items.map((u: { code: string }) => u.code);
    expect(codes).toEqual(expect.arrayContaining(["DT", "DT.VPUBND", "DT.VPUBND.TTKSTTHC"]));
    const root = body.tree.find((n: { code: string }) => n.code === "DT");
    expect(root.children.map((u: { code: string }) => u.code)).toContain("DT.VPUBND");
    const divisions = await json(await testApp().app.request("/api/v1/org-units?kind=division"));
    expect(divisions.items.every((u: { kind: string }) => u.kind === "division")).toBe(true);
  });

  it("answers one unit, 404 for an unknown one, 400 for a bad date", async () => {
    expect((await json(await testApp().app.request("/api/v1/org-units/DT.VPUBND"))).name).toContain("Văn phòng");
    const missing = await testApp().app.request("/api/v1/org-units/KHONGCO");
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe("ORG_UNIT_NOT_FOUND");
    const bad = await testApp().app.request("/api/v1/org-units?asOf=2022-02-30");
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details[0].path).toBe("query.asOf");
  });

  it("refuses text with U+0000 and ids past PostgreSQL's integer with 400, not 500", async () => {
    const put = { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "a\u0000b", version: 0 }) };
    const nulBody = await testApp().app.request("/api/v1/units/DT/periods/2022-H1/narratives/procedure.feedback", put);
    expect(nulBody.status).toBe(400);
    expect((await json(nulBody)).error.details).toEqual([{ path: "body.text", message: expect.any(String) }]);
    const nulParam = await testApp().app.request("/api/v1/units/D%00T/periods/2022-H1/values");
    expect(nulParam.status).toBe(400);
    expect((await json(nulParam)).error.details[0].path).toBe("params.unit");
    const bigId = await testApp().app.request("/api/v1/documents/99999999999");
    expect(bigId.status).toBe(400);
    expect((await json(bigId)).error.details[0].path).toBe("params.id");
  });

  it("answers JSON 404 for unknown API paths and serves the OpenAPI document", async () => {
    const res = await testApp().app.request("/api/v1/khong-co");
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe("ROUTE_NOT_FOUND");
    const doc = await json(await testApp().app.request("/api/v1/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/periods/{code}"].get.operationId).toBe("getPeriod");
    const page = await testApp().app.request("/api/docs");
    expect(await page.text()).toContain("getPeriod");
  });
});

// Without the demo data there are no demo accounts: the sign-in screen must not offer their password.
const [first] = databases();
describe.skipIf(!first)("API health without the demo data", () => {
  const testApp = useTestApp(first!, { demo: false });

  it("says there are no demo accounts", async () => {
    const res = await testApp().app.request("/api/v1/health");
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: "ok", demo: false });
  });
});
