import { ReportSettingsRepo } from "@cchc/db/report-settings/ReportSettingsRepo";
import { checkReport } from "@cchc/report/check/CheckReport";
import { readDocxText } from "@cchc/report/docx-text/ReadDocxText";
import { CONSISTENCY_RULES, SEED_FIGURES } from "@cchc/report/test/fixtures/seedExpectations";
import { Effect } from "effect";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

const SEED_DOCUMENTS = [
  "367/KH-UBND",
  "19/KH-VPUBND",
  "377/KH-UBND",
  "20/KH-VPUBND",
  "07/VPUBND-KSTTHC",
  "22/VPUBND-KSTTHC",
  "38/VPUBND-KSTTHC",
  "191/QĐ-UBND-HC",
  "36/QĐ-VPUBND",
];

const contains = (text: string, figure: string): boolean =>
  new RegExp(`(?<![\\d.,])${figure.replace(/\./g, "\\.")}(?![\\d]|[.,]\\d)`, "u").test(text);

describe.each(databases())("GET /reports/{unit}/{period} from the demo data on $name", (db) => {
  const testApp = useTestApp(db);
  const get = (path: string) => testApp().app.request(`/api/v1/reports/${path}`);
  let md = "";
  beforeAll(async () => {
    const res = await get("DT.VPUBND/2022-H1?format=md");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    md = await res.text();
  });

  it("states every figure of the seed in Vietnamese format", () => {
    for (const f of SEED_FIGURES) expect(contains(md, f), f).toBe(true);
    expect(md).toContain("19.961.000.000 đồng");
    // Computed, not copied: the seed's 49,5% is 49,4% by its own counts.
    expect(md).toContain("+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,4%.");
    expect(md).not.toContain("49,5%");
  });

  it("cites the seed's documents, the plan with the plan it implements, and the plan's progress from its tasks", () => {
    for (const d of SEED_DOCUMENTS) expect(md, d).toContain(d);
    expect(md).toMatch(
      /Thực hiện Kế hoạch số 367\/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp [^\n]*, Văn phòng Ủy ban nhân dân Tỉnh ban hành Kế hoạch số 19\/KH-VPUBND ngày 31 tháng 12 năm 2021/u,
    );
    expect(md).toContain("đã triển khai thực hiện 8/12 nhiệm vụ (đạt 66,7%)");
    expect(md).toContain("143 xã, phường, thị trấn");
    expect(md).toContain("05 công chức tham gia lớp bồi dưỡng quản lý cấp Phòng khóa 27, khóa 31 và khóa 32");
    expect(md).toContain("Mô hình Công dân không viết gắn với dịch vụ công trực tuyến");
  });

  it("numbers the parts I–V without a gap and writes the header and closing from the unit's report settings", () => {
    const parts = [...md.matchAll(/^## ([IVX]+)\. /gmu)].map((m) => m[1]);
    expect(parts).toEqual(["I", "II", "III", "IV", "V"]);
    expect(md).toContain("| ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP<br>**VĂN PHÒNG** |");
    expect(md).toMatch(/\| Số: +\/BC-VPUBND \| \*Đồng Tháp, ngày 14 tháng 6 năm 2022\* \|/u);
    expect(md).toContain("**KT. CHÁNH VĂN PHÒNG<br>PHÓ CHÁNH VĂN PHÒNG**");
    expect(md).toContain("**Nguyễn Công Minh**");
    expect(md).toContain("\\- UBND Tỉnh (b/c);");
    expect(md.trimEnd()).toContain("\\- Lưu: VT, KSTTHC (S).  \n\n## PHỤ LỤC");
  });

  it("passes its own checker: no totals, rates, numbering or spelling finding", () => {
    const all = checkReport(md).findings;
    const findings = all.filter((f) => CONSISTENCY_RULES.includes(f.rule));
    expect(findings.map((f) => `${f.rule} ${f.line}: ${f.excerpt}`)).toEqual([]);
    // The one date it flags is the data's own defect (the inspection recorded as 2024), kept and warned about.
    expect(all.filter((f) => f.rule.startsWith("date-")).map((f) => f.excerpt)).toEqual(["Ngày 28 tháng 4 năm 2024"]);
  });

  it("states the Government's tasks from the stored counts (one source), and warns about the task records that differ", async () => {
    expect(md).toContain(
      "trong số các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, Tỉnh có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(md).not.toMatch(/có 4 nhiệm vụ[^\n]*35/u);
    expect(md).not.toMatch(/có 2 nhiệm vụ/u);
    const body = await json(await get("DT.VPUBND/2022-H1?format=json"));
    const codes = body.warnings.map((w: any) => w.code);
    expect(codes).toContain("assigned-tasks-values-differ");
    expect(body.warnings.find((w: any) => w.code === "assigned-tasks-values-differ").message).toContain("35");
    const rows = body.document.figures.flatMap((t: any) => t.rows).filter((r: any) => r.indicator === "chidao.nhiemvu.cp.giao");
    expect(rows.map((r: any) => r.value)).toEqual([35, 9, 0]);
    expect(codes).toContain("assigned-tasks-mismatch");
  });

  it("lists the validation findings and warnings in JSON: the 49,5% claim, the 28/4/2024 inspection, the task count", async () => {
    const res = await get("DT.VPUBND/2022-H1?format=json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await json(res);
    const findings: ReadonlyArray<any> = body.findings;
    const rate = findings.find((f) => f.rule === "chung.tyle.baocao");
    expect(rate?.message).toContain("49,5%");
    expect(rate?.message).toContain("49,4%");
    expect(rate?.unit).toBe("DT.VPUBND");
    expect(findings.find((f) => f.rule === "chung.ngay.trongky")?.message).toContain("28/4/2024");
    const tasks = findings.find((f) => f.rule === "chidao.nhiemvu.cp.tinhtrang");
    expect(tasks).toMatchObject({ unit: "DT", indicator: "chidao.nhiemvu.cp.giao" });
    expect(tasks?.message).toContain("(44)");
    expect(body.warnings.some((w: any) => w.code === "date-outside-period" && w.message.includes("28/4/2024"))).toBe(true);
    expect(body.document.closing).toMatchObject({
      authorityLine: "KT. CHÁNH VĂN PHÒNG",
      titleLine: "PHÓ CHÁNH VĂN PHÒNG",
      name: "Nguyễn Công Minh",
    });
  });

  it("takes the number and the date from the query", async () => {
    const body = await json(await get("DT.VPUBND/2022-H1?format=json&number=125&date=2022-06-10"));
    expect(body.document.header.numberLine).toBe("Số: 125/BC-VPUBND");
    expect(body.document.header.placeDate).toBe("Đồng Tháp, ngày 10 tháng 6 năm 2022");
  });

  it("downloads Word and Excel files with their types and Vietnamese names", async () => {
    const docx = await get("DT.VPUBND/2022-H1?format=docx&date=2022-06-10");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const cd = docx.headers.get("content-disposition") ?? "";
    expect(cd).toMatch(/^attachment; /u);
    expect(cd).toContain('filename="bao-cao-cchc-DT.VPUBND-2022-H1.docx"');
    expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1] ?? "")).toBe(
      "Báo cáo CCHC Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp 6 tháng đầu năm 2022.docx",
    );
    const text = await readDocxText(new Uint8Array(await docx.arrayBuffer()));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("321.375");
    expect(text).toContain("Nguyễn Công Minh");

    const xlsx = await get("DT.VPUBND/2022-H1?format=xlsx");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toContain('filename="bao-cao-cchc-DT.VPUBND-2022-H1.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as never);
    const formulas: Array<string> = [];
    wb.getWorksheet("Tỷ lệ")?.eachRow((r, n) => {
      if (n > 1 && r.getCell(6).formula) formulas.push(String(r.getCell(6).formula));
    });
    expect(formulas.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses an unknown unit (404), a bad period (400) and a bad format (400 on query.format)", async () => {
    const unit = await get("XX.NOPE/2022-H1");
    expect(unit.status).toBe(404);
    expect((await json(unit)).error.code).toBe("ORG_UNIT_NOT_FOUND");
    const period = await get("DT.VPUBND/2022-H9");
    expect(period.status).toBe(400);
    expect((await json(period)).error.code).toBe("PERIOD_CODE_INVALID");
    const format = await get("DT.VPUBND/2022-H1?format=rtf");
    expect(format.status).toBe(400);
    const error = (await json(format)).error;
    expect(error.code).toBe("REQUEST_INVALID");
    expect(error.details[0].path).toBe("query.format");
  });

  it("writes a province's report as its People's Committee: no chủ quản line, /BC-UBND, never sent to itself, no placeholder", async () => {
    const body = await json(await get("DT/2022-H1?format=json"));
    expect(body.document.header).toMatchObject({ parentBody: "", issuingBody: "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP" });
    expect(body.document.header.numberLine).toMatch(/^Số: +\/BC-UBND$/u);
    expect(body.document.closing.authorityLine).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(body.document.closing.recipients).toEqual(["- Bộ Nội vụ;", "- Lưu: VT."]);
    const text = await (await get("DT/2022-H1?format=md")).text();
    expect(text).not.toContain("[chưa có");
    expect(text).not.toMatch(/ĐỒNG THÁP[^\n]*TỈNH ĐỒNG THÁP/u);
  });

  it("writes the header of a unit from its stored settings once they change", async () => {
    await testApp().run(
      Effect.flatMap(ReportSettingsRepo, (r) =>
        r.put(
          {
            unit: "DT",
            parentBody: "Chính phủ",
            issuingBody: "Ủy ban nhân dân tỉnh Đồng Tháp",
            symbol: "BC-UBND",
            place: "Đồng Tháp",
            addressee: "Bộ Nội vụ",
            signer: { authority: "TM.", authorityTitle: "Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn A" },
            recipients: ["Bộ Nội vụ", "Lưu: VT, NC"],
          },
          0,
          "test",
        ),
      ),
    );
    const body = await json(await get("DT/2022-H1?format=json"));
    expect(body.document.header).toMatchObject({ issuingBody: "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", numberLine: "Số:       /BC-UBND" });
    expect(body.document.closing).toMatchObject({ authorityLine: "TM. ỦY BAN NHÂN DÂN", titleLine: "CHỦ TỊCH", name: "Nguyễn Văn A" });
    expect(body.document.closing.recipients).toEqual(["- Bộ Nội vụ;", "- Lưu: VT, NC."]);
  });
});
