/**
 * The bounds the Router checks for every route (http/InputBounds.ts), driven through the real app:
 * each input that once answered 500 (issue #12) now answers 400 naming the field, and nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/http/InputBounds.js";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const activity = {
  unit: "DT.VPUBND",
  period: "2022-H1",
  area: "civil-service",
  kind: "training",
  title: "Bồi dưỡng kỹ năng",
  count: 4,
  countUnit: "người",
  heldOn: "2022-04-05",
};
const document = {
  unit: "DT.VPUBND",
  direction: "issued",
  type: "KH",
  number: 77,
  year: null,
  symbol: "KH-VPUBND",
  date: "2022-03-01",
  issuer: "Văn phòng UBND tỉnh",
  summary: "Kế hoạch thử giới hạn",
  parentId: null,
  reportedIn: null,
};

describe.each(databases())("input bounds on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await testApp().app.request(`/api/v1${path}`, body === undefined ? { method, headers } : jsonInit(method, body, headers));
    return { status: res.status, body: await json(res), headers: res.headers };
  };

  it("refuses period years outside 2000–2100, also without signing in", async () => {
    for (const path of ["/periods/0000-Y", "/periods/0000-H1", "/periods/2101-Q1", "/periods/1999-M12"]) {
      const r = await call("GET", path);
      expect(r.status, path).toBe(400);
      expect(r.body.error.code).toBe("PERIOD_CODE_INVALID");
    }
    expect((await call("GET", "/periods/2000-H1")).status).toBe(200);
    const h = bearer(await tokenFor(testApp(), "xem.dt"));
    expect((await call("GET", "/reports/DT/0000-H1", undefined, h)).status).toBe(400);
  });

  it("refuses integer ids beyond a 32-bit integer in every reference field", async () => {
    const h = bearer(await tokenFor(testApp(), "bientap.vp"));
    const cases: Array<[string, string, unknown, string]> = [
      ["POST", "/activities", { ...activity, documentId: 2 ** 31 }, "body.documentId"],
      ["POST", "/documents", { ...document, parentId: 2 ** 31 }, "body.parentId"],
      ["POST", "/plans/DT.VPUBND/2031", { title: "Kế hoạch", documentId: 2 ** 40 }, "body.documentId"],
      ["PUT", "/tasks/1", { version: 1, evidence: [1, 2 ** 33] }, "body.evidence[1]"],
      ["PUT", "/units/DT.VPUBND/periods/2022-H1/values/tthc.hoso.tiepnhan", { value: 1, version: 2 ** 31 }, "body.version"],
    ];
    for (const [method, path, body, field] of cases) {
      const r = await call(method, path, body, h);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.error.code).toBe("REQUEST_INVALID");
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
  });

  it("refuses a non-string unit when creating a token", async () => {
    const h = bearer(await tokenFor(testApp(), "quantri.dt"));
    for (const unit of [12, { a: 1 }, null, ["DT"]]) {
      const r = await call("POST", "/tokens", { name: "x", scopes: ["read"], unit }, h);
      expect(r.status, JSON.stringify(unit)).toBe(400);
    }
  });

  it("refuses lone surrogates and NUL anywhere in the text, and keys too", async () => {
    const h = bearer(await tokenFor(testApp(), "bientap.vp"));
    const path = "/units/DT.VPUBND/periods/2022-H1/values/tthc.hoso.tiepnhan";
    for (const comment of ["\ud800", "a\udc00b", "x\u0000"]) {
      const r = await call("PUT", path, { value: 1, version: 0, comment }, h);
      expect(r.status).toBe(400);
      expect(r.body.error.details[0].path).toBe("body.comment");
    }
    const key = await call("PUT", path, { value: 1, version: 0, ["\ud800"]: 1 }, h);
    expect(key.status).toBe(400);
    // a well-formed pair (an emoji) is text
    const ok = await call("PUT", "/units/DT.VPUBND/periods/2022-H1/narratives/procedure.feedback", { text: "tốt 👍", version: 0 }, h);
    expect(ok.status).toBeLessThan(300);
  });

  it("refuses strings beyond their declared or default length, naming the field; nothing is stored", async () => {
    const h = bearer(await tokenFor(testApp(), "bientap.vp"));
    const huge = "V".repeat(400_000);
    const before = (await call("GET", "/documents?unit=DT.VPUBND&limit=500", undefined, h)).body;
    for (const field of ["issuer", "summary", "symbol"]) {
      const r = await call("POST", "/documents", { ...document, [field]: huge }, h);
      expect(r.status, field).toBe(400);
      expect(r.body.error.details[0].path).toBe(`body.${field}`);
    }
    // no declared maximum: the default applies
    const title = await call("POST", "/activities", { ...activity, title: "t".repeat(LIMITS.bodyStringChars + 1) }, h);
    expect(title.status).toBe(400);
    expect(title.body.error.details[0]).toEqual({ path: "body.title", message: expect.stringContaining(String(LIMITS.bodyStringChars)) });
    const after = (await call("GET", "/documents?unit=DT.VPUBND&limit=500", undefined, h)).body;
    expect(after).toEqual(before);
    const param = await call("GET", `/units/${"D".repeat(LIMITS.paramChars + 1)}/periods/2022-H1/values`, undefined, h);
    expect(param.status).toBe(400);
    expect(param.body.error.details[0].path).toBe("params.unit");
  });

  it("bounds JSON depth and array length", async () => {
    const h = bearer(await tokenFor(testApp(), "bientap.vp"));
    let deep: unknown = 1;
    for (let i = 0; i < LIMITS.depth + 5; i++) deep = [deep];
    const r = await call("POST", "/values/batch", { groups: deep }, h);
    expect(r.status).toBe(400);
    const long = await call("POST", "/values/batch", { groups: Array.from({ length: LIMITS.arrayItems + 1 }, () => 0) }, h);
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].path).toBe("body.groups");
  });

  it("gives every answer an X-Request-Id", async () => {
    const r = await call("GET", "/periods/2022-H1");
    expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
