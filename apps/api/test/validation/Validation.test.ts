import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

describe.each(databases())("validation API on $name", (db) => {
  const testApp = useTestApp(db);
  const validate = async (unit: string) => {
    const res = await testApp().app.request(`/api/v1/units/${unit}/periods/2022-H1/validation`);
    expect(res.status).toBe(200);
    return json(res);
  };

  it("reports the province's 4 Government tasks against 35 done and 9 not yet due, and nothing else", async () => {
    const body = await validate("DT");
    expect(body).toMatchObject({
      unit: "DT",
      period: "2022-H1",
      start: "2021-12-15",
      end: "2022-06-14",
      catalogueYear: 2022,
      errors: 1,
      warnings: 0,
    });
    const [f] = body.findings;
    expect(f).toMatchObject({ rule: "chidao.nhiemvu.cp.tinhtrang", importance: "error", left: 4, right: 44, operator: "==" });
    expect(f.message).toBe(
      "Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao (4) khác tổng số nhiệm vụ đã hoàn thành, chưa tới hạn và trễ hạn (44); chênh lệch 40.",
    );
    expect(f.values).toEqual(
      expect.arrayContaining([
        { indicator: "chidao.nhiemvu.cp.giao", disaggregation: "", value: 4 },
        { indicator: "chidao.nhiemvu.cp.giao", disaggregation: "status=done", value: 35 },
        { indicator: "chidao.nhiemvu.cp.giao", disaggregation: "status=not-due", value: 9 },
      ]),
    );
  });

  it("reports the office's 49,5% against 49,4% and the inspection dated 28/4/2024, and nothing else", async () => {
    const body = await validate("DT.VPUBND");
    expect(body.findings.map((f: any) => f.rule).sort()).toEqual(["chung.ngay.trongky", "chung.tyle.baocao"]);
    const rate = body.findings.find((f: any) => f.rule === "chung.tyle.baocao");
    expect(rate).toMatchObject({
      kind: "rate-claims",
      area: "public-finance",
      left: 49.5,
      right: 49.4,
      subject: { type: "rate", ref: "taichinh.kinhphi.tyle[autonomy=autonomous]" },
    });
    expect(rate.message).toContain("49,5%");
    expect(rate.message).toContain("4.923.692.615 / 9.961.000.000");
    const date = body.findings.find((f: any) => f.rule === "chung.ngay.trongky");
    expect(date.subject.ref).toMatch(/^inspection:\d+$/);
    expect(date.message).toContain("Huỳnh Thanh Sơn");
    expect(date.message).toContain("28/4/2024");
    expect(date.message).toContain("6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)");
  });

  it("finds only what is missing for a unit without figures and answers 404 / 400 for a bad unit or period", async () => {
    // a division owes no compulsory figure (ADR 0021): nothing at all
    expect((await validate("DT.VPUBND.HCQT")).findings).toEqual([]);
    // a department without figures: only its compulsory indicators, as blocking completeness findings
    const department = (await validate("DT.SNV")).findings as Array<{ kind: string; importance: string; subject: { ref: string } }>;
    expect(department.map((f) => [f.kind, f.importance, f.subject.ref])).toEqual(
      ["bomay.bienche.congchuc", "bomay.bienche.vienchuc", "congvu.daotao.luot", "congvu.vipham"].map((c) => ["completeness", "error", c]),
    );
    expect((await testApp().app.request("/api/v1/units/XX/periods/2022-H1/validation")).status).toBe(404);
    expect((await testApp().app.request("/api/v1/units/DT/periods/H1-2022/validation")).status).toBe(400);
  });

  it("returns findings with every save, and a fix clears the finding", async () => {
    const res = await testApp().app.request("/api/v1/units/DT.VPUBND/periods/2022-H1/values/taichinh.kinhphi.dasudung", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        disaggregation: "autonomy=autonomous",
        value: 4_935_000_000,
        version: 1,
        comment: "số liệu đã chỉnh để khớp tỷ lệ 49,5%",
      }),
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.findings.map((f: any) => f.rule)).toEqual(["chung.ngay.trongky"]);
  });
});
