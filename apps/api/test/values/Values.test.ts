import { SEED_FINANCE_FIGURES, SEED_PROCEDURE_FIGURES } from "@cchc/report/test/fixtures/seedExpectations";
import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

const put = (body: unknown) => ({ method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const post = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe.each(databases())("values API on $name", (db) => {
  const testApp = useTestApp(db);
  const get = async (path: string) => {
    const res = await testApp().app.request(path);
    return { status: res.status, body: await json(res) };
  };
  const figureOf = (body: any, indicator: string, disaggregation = "") =>
    body.items.find((v: any) => v.indicator === indicator && v.disaggregation === disaggregation)?.value;

  it("holds the province's procedures, dossiers and feedback, with the feedback rate computed as 98,5%", async () => {
    const { status, body } = await get("/api/v1/units/DT/periods/2022-H1/values?limit=1000");
    expect(status).toBe(200);
    for (const [code, dis, value] of SEED_PROCEDURE_FIGURES) expect([code, dis, figureOf(body, code, dis)]).toEqual([code, dis, value]);
    const pakn = body.rates.find((r: any) => r.code === "tthc.pakn.tyle");
    expect(pakn).toMatchObject({ numerator: 135, denominator: 137, value: 98.5, formatted: "98,5%" });
    expect(pakn.formulaVi).toContain("phản ánh, kiến nghị");
    expect(body.claims.find((c: any) => c.rate === "tthc.pakn.tyle")).toMatchObject({ stated: 98.5, computed: 98.5, matches: true });
    const item = body.items[0];
    expect(Object.keys(item).sort()).toEqual([
      "asOf",
      "comment",
      "disaggregation",
      "indicator",
      "source",
      "updatedAt",
      "updatedBy",
      "value",
      "version",
    ]);
  });

  it("holds the office's budget, investment project and staffing, with the stated 49,5% not matching", async () => {
    const { body } = await get("/api/v1/units/DT.VPUBND/periods/2022-H1/values?limit=1000");
    const expected: ReadonlyArray<readonly [string, string, number]> = [
      ...SEED_FINANCE_FIGURES,
      ["bomay.bienche.congchuc", "", 59],
      ["bomay.bienche.vienchuc", "", 15],
    ];
    for (const [code, dis, value] of expected) expect([code, dis, figureOf(body, code, dis)]).toEqual([code, dis, value]);
    const rate = (code: string, dis = "") => body.rates.find((r: any) => r.code === code && r.disaggregation === dis)?.formatted;
    expect(rate("taichinh.kinhphi.tyle", "autonomy=non-autonomous")).toBe("46,6%");
    expect(rate("taichinh.kinhphi.tyle", "autonomy=autonomous")).toBe("49,4%");
    expect(rate("taichinh.dautu.giaingan.tyle")).toBe("64,3%");
    expect(rate("chidao.nhiemvu.trienkhai.tyle")).toBe("66,7%");
    const claim = body.claims.find((c: any) => c.disaggregation === "autonomy=autonomous");
    expect(claim).toMatchObject({ statedText: "49,5%", computedText: "49,4%", matches: false });
    expect(body.claims.find((c: any) => c.rate === "taichinh.dautu.giaingan.tyle").matches).toBe(true);
    // The seed's "Giải ngân vốn đạt 100%" of 2021 is stored as the disbursed amount, so the claim is checked.
    expect(body.claims.find((c: any) => c.rate === "taichinh.dautu.giaingannamtruoc.tyle").matches).toBe(true);
    // The budget and the disbursement stand at their own day, "đến ngày 09/6/2022".
    const spent = body.items.filter((i: any) => i.indicator === "taichinh.kinhphi.dasudung" || i.indicator === "taichinh.dautu.giaingan");
    expect(spent.map((i: any) => i.asOf)).toEqual(["2022-06-09", "2022-06-09", "2022-06-09"]);
    expect(body.items.find((i: any) => i.indicator === "taichinh.kinhphi.giao").asOf).toBeNull();
  });

  it("pages the list with a total", async () => {
    const { body } = await get("/api/v1/units/DT/periods/2022-H1/values?limit=5&offset=5");
    expect(body.items).toHaveLength(5);
    expect(body).toMatchObject({ limit: 5, offset: 5 });
    expect(body.total).toBeGreaterThan(20);
    expect((await get("/api/v1/units/DT/periods/2022-H1/values?limit=0")).status).toBe(400);
  });

  it("refuses a stale write with 409 and leaves the stored value unchanged", async () => {
    const path = "/api/v1/units/DT/periods/2022-H1/values/tthc.pakn.tiepnhan";
    const before = figureOf((await get("/api/v1/units/DT/periods/2022-H1/values?limit=1000")).body, "tthc.pakn.tiepnhan");
    const stale = await testApp().app.request(path, put({ value: 140, version: 0 }));
    expect(stale.status).toBe(409);
    const err = await json(stale);
    expect(err.error.code).toBe("VALUE_CONFLICT");
    expect(err.error.details.current).toMatchObject({ value: 137, version: 1, updatedBy: "demo" });
    expect(figureOf((await get("/api/v1/units/DT/periods/2022-H1/values?limit=1000")).body, "tthc.pakn.tiepnhan")).toBe(before);

    const ok = await testApp().app.request(path, put({ value: 137, version: 1, comment: "  Đã rà soát lại  " }));
    expect(ok.status).toBe(200);
    const saved = await json(ok);
    expect(saved.value).toMatchObject({ value: 137, version: 2, comment: "Đã rà soát lại", source: "entered" });
    expect(saved.findings.map((f: any) => f.rule)).toContain("chidao.nhiemvu.cp.tinhtrang");
    const history = await get(`${path}/history`);
    expect(history.body.items.map((h: any) => [h.oldValue, h.newValue, h.changedBy])).toEqual([
      [null, 137, "demo"],
      [137, 137, "admin"],
    ]);
  });

  it("answers 400 naming body.value for a value of the wrong type, 404 for an unknown indicator", async () => {
    const frac = await testApp().app.request(
      "/api/v1/units/DT.VPUBND/periods/2022-H1/values/taichinh.kinhphi.cclgiulai",
      put({ value: 177000000.5, version: 1 }),
    );
    expect(frac.status).toBe(400);
    const body = await json(frac);
    expect(body.error.details[0].path).toBe("body.value");
    expect(body.error.details[0].message).toContain("số nguyên đồng");
    const text = await testApp().app.request(
      "/api/v1/units/DT/periods/2022-H1/values/tthc.pakn.tiepnhan",
      put({ value: "137", version: 1 }),
    );
    expect((await json(text)).error.details[0].path).toBe("body.value");
    const dis = await testApp().app.request(
      "/api/v1/units/DT/periods/2022-H1/values/tthc.pakn.tiepnhan",
      put({ value: 1, version: 0, disaggregation: "channel=online" }),
    );
    expect((await json(dis)).error.details[0].path).toBe("body.disaggregation");
    const unknown = await testApp().app.request("/api/v1/units/DT/periods/2022-H1/values/khong.co", put({ value: 1, version: 0 }));
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe("INDICATOR_NOT_FOUND");
    expect((await testApp().app.request("/api/v1/units/KHONG/periods/2022-H1/values")).status).toBe(404);
    expect((await testApp().app.request("/api/v1/units/DT/periods/2022-H9/values")).status).toBe(400);
  });

  it("stores nothing from a bulk entry with one bad value, naming body.values[i].value", async () => {
    const res = await testApp().app.request(
      "/api/v1/units/DT.VPUBND/periods/2022-H1/values",
      post({
        values: [
          { indicator: "congvu.bonhiem", value: 2, version: 1 },
          { indicator: "congvu.vipham", value: -1, version: 1 },
        ],
      }),
    );
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.details.map((d: any) => d.path)).toEqual(["body.values[1].value"]);
    const after = (await get("/api/v1/units/DT.VPUBND/periods/2022-H1/values?limit=1000")).body;
    expect(figureOf(after, "congvu.bonhiem")).toBe(0);
  });

  it("dry-runs a bulk entry: old → new and the findings after the change, nothing stored", async () => {
    const res = await testApp().app.request(
      "/api/v1/units/DT/periods/2022-H1/values",
      post({
        dryRun: true,
        values: [
          { indicator: "chidao.nhiemvu.cp.giao", value: 44, version: 1 },
          { indicator: "tthc.hoso.trave", value: 0 },
        ],
      }),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.dryRun).toBe(true);
    expect(body.changes).toEqual([
      {
        indicator: "chidao.nhiemvu.cp.giao",
        disaggregation: "",
        old: { value: 4, version: 1 },
        new: { value: 44, version: 2 },
        changed: true,
      },
      { indicator: "tthc.hoso.trave", disaggregation: "", old: null, new: { value: 0, version: 1 }, changed: true },
    ]);
    expect(body.findings.map((f: any) => f.rule)).not.toContain("chidao.nhiemvu.cp.tinhtrang");
    const after = (await get("/api/v1/units/DT/periods/2022-H1/values?limit=1000")).body;
    expect(figureOf(after, "chidao.nhiemvu.cp.giao")).toBe(4);
    expect(figureOf(after, "tthc.hoso.trave")).toBeUndefined();

    const stale = await testApp().app.request(
      "/api/v1/units/DT/periods/2022-H1/values",
      post({
        values: [
          { indicator: "tthc.hoso.trave", value: 0 },
          { indicator: "tthc.pakn.tiepnhan", value: 1, version: 0 },
        ],
      }),
    );
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.details.index).toBe(1);
    expect(figureOf((await get("/api/v1/units/DT/periods/2022-H1/values?limit=1000")).body, "tthc.hoso.trave")).toBeUndefined();
  });
});
