/**
 * A bad period code names the request field that held it: `params.code` on `/periods/{code}`,
 * `params.period` on `/units/{unit}/periods/{period}/…`, `query.period` where the period is a
 * query parameter — so a client can point at the right input.
 */
import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

describe.each(databases())("PERIOD_CODE_INVALID field paths on $name", (db) => {
  const testApp = useTestApp(db);
  const pathOf = async (url: string, init?: RequestInit) => {
    const res = await testApp().app.request(url, init);
    const body = await json(res);
    return { status: res.status, code: body.error?.code, paths: body.error?.details?.map((d: { path: string }) => d.path) };
  };

  it("names params.code on /periods/{code}", async () => {
    expect(await pathOf("/api/v1/periods/2022-H7")).toEqual({ status: 400, code: "PERIOD_CODE_INVALID", paths: ["params.code"] });
  });

  it("names params.period on unit-and-period routes", async () => {
    for (const url of [
      "/api/v1/units/DT/periods/2022-H7/dossier-stats",
      "/api/v1/units/DT/periods/2022-H7/values",
      "/api/v1/units/DT.VPUBND/periods/2022-X1/validation",
    ])
      expect([url, await pathOf(url)]).toEqual([url, { status: 400, code: "PERIOD_CODE_INVALID", paths: ["params.period"] }]);
  });

  it("names query.period where the period is a query parameter", async () => {
    const init = { method: "POST", headers: { "content-type": "text/plain" }, body: "BÁO CÁO" };
    expect(await pathOf("/api/v1/checks?period=2022-H9", init)).toEqual({
      status: 400,
      code: "PERIOD_CODE_INVALID",
      paths: ["query.period"],
    });
  });
});
