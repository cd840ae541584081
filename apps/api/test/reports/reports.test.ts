import { CatalogueRepo, loadShippedCatalogues } from "@cchc/db/catalogue/CatalogueRepo";
import { Database } from "@cchc/db/Database";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { LocalDate } from "@cchc/domain/LocalDate";
import { readDocxText } from "@cchc/report/docx-text/ReadDocxText";
import { Effect, Layer } from "effect";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

const Repos = Layer.mergeAll(CatalogueRepo.layer, ValueRepo.layer, DocumentRepo.layer);

const v = (indicator: string, value: number, disaggregation = "") => ({ indicator, disaggregation, value, source: "entered" as const });

/** A few figures of the seed report (6 tháng đầu năm 2022) for the office and its province. */
const seed = Effect.gen(function* () {
  yield* loadShippedCatalogues;
  const values = yield* ValueRepo;
  yield* values.write(
    "DT",
    "2022-H1",
    [
      v("tthc.hoso.tiepnhan", 335_445),
      v("tthc.hoso.tiepnhanmoi", 321_375),
      v("tthc.hoso.tiepnhanmoi", 60_705, "channel=online"),
      v("tthc.hoso.tiepnhanmoi", 260_670, "channel=offline"),
      v("tthc.hoso.tonkytruoc", 14_070),
      v("tthc.pakn.tiepnhan", 137),
      v("tthc.pakn.dagiaiquyet", 135),
    ],
    "test",
  );
  yield* values.write(
    "DT.VPUBND",
    "2022-H1",
    [
      v("taichinh.kinhphi.giao", 9_961_000_000, "autonomy=autonomous"),
      v("taichinh.kinhphi.dasudung", 4_923_692_615, "autonomy=autonomous"),
      v("bomay.bienche.congchuc", 59),
    ],
    "test",
  );
  yield* (yield* DocumentRepo).insert({
    unit: "DT.VPUBND",
    direction: "issued",
    type: "KH",
    number: 19,
    year: null,
    symbol: "KH-VPUBND",
    date: "2021-12-31" as LocalDate,
    issuer: "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp",
    summary: "cải cách hành chính năm 2022",
    parentId: null,
    reportedIn: "2022-H1" as never,
  });
  const { kysely } = yield* Database;
  yield* Effect.promise(() =>
    kysely
      .insertInto("narrative")
      .values({
        unit_code: "DT.VPUBND",
        period_code: "2022-H1",
        section: "assessment",
        text: "Văn phòng đã triển khai tích cực các nhiệm vụ cải cách hành chính.\n\nCòn một số hạn chế <cần khắc phục>.",
        note: null,
        updated_by: "test",
        updated_at: "2022-06-10T00:00:00Z",
        version: 1,
      })
      .execute(),
  );
}).pipe(Effect.provide(Repos));

describe.each(databases())("GET /reports/{unit}/{period} on $name", (db) => {
  const testApp = useTestApp(db);
  beforeAll(async () => {
    await testApp().run(seed);
  });
  const get = (path: string) => testApp().app.request(`/api/v1/reports/${path}`);

  it("answers the assembly result as JSON: document, warnings, findings", async () => {
    const res = await get("DT.VPUBND/2022-H1?format=json&date=2022-06-10");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.document.header.parentBody).toBe("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP");
    expect(body.document.header.issuingBody).toBe("VĂN PHÒNG");
    expect(body.document.header.numberLine).toMatch(/^Số: +\/BC-VPUBND$/);
    expect(body.document.header.placeDate).toBe("Đồng Tháp, ngày 10 tháng 6 năm 2022");
    expect(body.document.sections.map((s: any) => s.number)).toEqual(["I", "II", "III", "IV"]);
    const text = JSON.stringify(body.document);
    expect(text).toContain("335.445");
    expect(text).toContain("49,4%");
    expect(text).toContain("Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021");
    expect(text).toContain("Còn một số hạn chế <cần khắc phục>.");
    expect(body.warnings.some((w: any) => w.code === "value-missing" && w.indicator === "tthc.hoso.dagiaiquyet")).toBe(true);
    expect(Array.isArray(body.findings)).toBe(true);
  });

  it("downloads a Word file with its Vietnamese name", async () => {
    const res = await get("DT.VPUBND/2022-H1?format=docx&date=2022-06-10");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const cd = res.headers.get("content-disposition") ?? "";
    expect(cd).toContain('filename="bao-cao-cchc-DT.VPUBND-2022-H1.docx"');
    expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1] ?? "")).toBe(
      "Báo cáo CCHC Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp 6 tháng đầu năm 2022.docx",
    );
    const text = await readDocxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("321.375");
  });

  it("answers Markdown, HTML and Excel with their content types", async () => {
    const md = await get("DT.VPUBND/2022-H1?format=md");
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toContain("# BÁO CÁO");
    const html = await get("DT.VPUBND/2022-H1?format=html");
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-disposition")).toMatch(/^inline; /);
    const page = await html.text();
    expect(page).toContain("&lt;cần khắc phục&gt;");
    const xlsx = await get("DT.VPUBND/2022-H1?format=xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as never);
    const rates = wb.getWorksheet("Tỷ lệ");
    const formulas: Array<string> = [];
    rates?.eachRow((r, n) => {
      if (n > 1 && r.getCell(6).formula) formulas.push(String(r.getCell(6).formula));
    });
    expect(formulas.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses an unknown unit, a bad period and a bad format", async () => {
    const unit = await get("XX.NOPE/2022-H1");
    expect([403, 404]).toContain(unit.status);
    const period = await get("DT.VPUBND/2022-H9");
    expect(period.status).toBe(400);
    expect((await json(period)).error.code).toBe("PERIOD_CODE_INVALID");
    const format = await get("DT.VPUBND/2022-H1?format=pdf");
    expect(format.status).toBe(400);
    expect((await json(format)).error.details[0].path).toBe("query.format");
  });
});
