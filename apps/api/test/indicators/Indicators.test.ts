import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

describe.each(databases())("indicator catalogue API on $name", (db) => {
  const testApp = useTestApp(db);
  const get = async (path: string) => {
    const res = await testApp().app.request(path);
    return { status: res.status, body: await json(res) };
  };

  it("serves the catalogue from the database with disaggregations and rate formulas", async () => {
    const { status, body } = await get("/api/v1/indicators?limit=1000");
    expect(status).toBe(200);
    expect(body).toMatchObject({ year: 2022, version: 1 });
    expect(body.total).toBe(body.items.length);
    const dossiers = body.items.find((i: any) => i.code === "tthc.hoso.tiepnhanmoi");
    expect(dossiers).toMatchObject({ unitVi: "hồ sơ", valueType: "count", timeAggregation: "sum", dimensions: ["channel"] });
    expect(dossiers.disaggregations[0].options.map((o: any) => o.code)).toEqual(["online", "offline"]);
    expect(body.items.find((i: any) => i.code === "bomay.bienche.congchuc").timeAggregation).toBe("last");
    const rate = body.rates.find((r: any) => r.code === "taichinh.kinhphi.tyle" && r.disaggregation === "autonomy=autonomous");
    expect(rate.formulaVi).toBe(
      "(Kinh phí đã sử dụng đến ngày báo cáo [kinh phí thực hiện tự chủ]) / (Kinh phí quản lý hành chính được giao trong năm [kinh phí thực hiện tự chủ]) × 100%",
    );
  });

  it("filters by area and year, pages, and refuses an unknown area", async () => {
    const { body } = await get("/api/v1/indicators?area=public-finance&year=2023&limit=3");
    expect(body.year).toBe(2022);
    expect(body.items).toHaveLength(3);
    expect(body.total).toBeGreaterThan(3);
    expect(body.items.every((i: any) => i.area === "public-finance")).toBe(true);
    expect(body.rates.every((r: any) => r.area === "public-finance")).toBe(true);
    const bad = await get("/api/v1/indicators?area=weather");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("query.area");
  });

  it("answers one indicator with its rates and rules, a rate by its code, 404 otherwise", async () => {
    const { body } = await get("/api/v1/indicators/tthc.pakn.tiepnhan");
    expect(body.indicator.nameVi).toContain("phản ánh, kiến nghị");
    expect(body.rates.map((r: any) => r.code)).toEqual(["tthc.pakn.tyle"]);
    expect(body.rules.map((r: any) => r.code)).toEqual(expect.arrayContaining(["tthc.pakn.dagiaiquyet.toida", "tthc.pakn.capdoi"]));
    const rate = await get("/api/v1/indicators/tthc.pakn.tyle");
    expect(rate.body.indicator).toBeNull();
    expect(rate.body.rates[0].numerator).toBe("#{tthc.pakn.dagiaiquyet}");
    const missing = await get("/api/v1/indicators/khong.co");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("INDICATOR_NOT_FOUND");
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await get("/api/v1/openapi.json")).body;
    for (const [path, method] of [
      ["/api/v1/indicators", "get"],
      ["/api/v1/units/{unit}/periods/{period}/values", "post"],
      ["/api/v1/units/{unit}/periods/{period}/values/{indicator}", "put"],
      ["/api/v1/units/{unit}/periods/{period}/validation", "get"],
      ["/api/v1/documents/{id}", "delete"],
      ["/api/v1/plans/{unit}/{year}/tasks", "get"],
      ["/api/v1/tasks/{id}", "put"],
      ["/api/v1/units/{unit}/periods/{period}/assigned-tasks", "get"],
      ["/api/v1/inspections", "get"],
      ["/api/v1/activities", "get"],
      ["/api/v1/units/{unit}/periods/{period}/narratives/{section}", "put"],
    ] as const)
      expect([path, method, Boolean(doc.paths[path]?.[method])]).toEqual([path, method, true]);
  });
});
