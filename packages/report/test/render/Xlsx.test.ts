import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { RATES_SHEET, renderXlsx, TITLE_ROWS } from "../../src/render/Xlsx.js";
import { seedInput } from "../fixtures/seedInput.js";

describe("renderXlsx", () => {
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    const bytes = await renderXlsx(assemble(seedInput).document);
    await wb.xlsx.load(Buffer.from(bytes) as never);
  });

  const valuesOf = (name: string): Map<string, number> => {
    const m = new Map<string, number>();
    wb.getWorksheet(name)?.eachRow((row, n) => {
      if (n <= TITLE_ROWS + 1) return;
      m.set(`${row.getCell(3).value}|${row.getCell(4).value ?? ""}`, row.getCell(7).value as number);
    });
    return m;
  };

  it("has one sheet per area and a rates sheet", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Chỉ đạo, điều hành",
      "Cải cách TTHC",
      "Cải cách tổ chức bộ máy",
      "Chế độ công vụ",
      "Cải cách tài chính công",
      "Chính quyền số",
      RATES_SHEET,
    ]);
  });

  it("holds the figures as numbers with a thousands format and a frozen Vietnamese header", () => {
    const tthc = valuesOf("Cải cách TTHC");
    expect(tthc.get("tthc.hoso.tiepnhan|")).toBe(335445);
    expect(tthc.get("tthc.hoso.tiepnhanmoi|channel=online")).toBe(60705);
    expect(tthc.get("tthc.thutuc.tong|level=district")).toBe(262);
    const money = valuesOf("Cải cách tài chính công");
    expect(money.get("taichinh.kinhphi.dasudung|autonomy=autonomous")).toBe(4_923_692_615);
    const ws = wb.getWorksheet("Cải cách TTHC");
    expect(ws?.getRow(TITLE_ROWS + 1).getCell(2).value).toBe("Chỉ tiêu");
    expect(ws?.getRow(TITLE_ROWS + 2).getCell(7).numFmt).toBe("#,##0");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: TITLE_ROWS + 1 });
  });

  it("computes rates with live formulas over the count cells", () => {
    const ws = wb.getWorksheet(RATES_SHEET);
    const rows: Array<ExcelJS.Row> = [];
    ws?.eachRow((r, n) => {
      if (n > TITLE_ROWS + 1) rows.push(r);
    });
    const autonomous = rows.find((r) => String(r.getCell(2).value).includes("(tự chủ)"));
    expect(autonomous).toBeDefined();
    const n = autonomous?.number;
    const rate = autonomous?.getCell(6);
    expect(rate?.formula).toBe(`ROUND(D${n}/E${n}*100,1)`);
    expect(rate?.result).toBe(49.4);
    expect(rate?.numFmt).toBe("0.0");
    const num = autonomous?.getCell(4);
    expect(num?.formula).toMatch(/^'Cải cách tài chính công'!G\d+$/);
    expect(num?.result).toBe(4_923_692_615);
    const timely = rows.find((r) => String(r.getCell(2).value).startsWith("Tỷ lệ hồ sơ giải quyết đúng hạn"));
    expect(timely?.getCell(4).formula).toMatch(/^'Cải cách TTHC'!G\d+\+'Cải cách TTHC'!G\d+$/);
    expect(timely?.getCell(4).result).toBe(265_055 + 34_539);
    const pakn = rows.find((r) => String(r.getCell(2).value).startsWith("Tỷ lệ giải quyết PAKN"));
    expect(pakn?.getCell(6).result).toBe(98.5);
  });

  it("puts a title block above each table: the unit, the period and the day the figures stand at", () => {
    for (const ws of wb.worksheets) {
      expect(String(ws.getRow(1).getCell(1).value)).toContain("Văn phòng Ủy ban nhân dân Tỉnh");
      expect(String(ws.getRow(2).getCell(1).value)).toBe("Kỳ báo cáo: 6 tháng đầu năm 2022 (số liệu tính từ 15/12/2021 đến 14/6/2022)");
      expect(String(ws.getRow(3).getCell(1).value)).toContain("Số liệu tính đến ngày: 14/6/2022");
    }
    const money = wb.getWorksheet("Cải cách tài chính công");
    const spent: Array<string> = [];
    money?.eachRow((r) => {
      if (r.getCell(3).value === "taichinh.kinhphi.dasudung") spent.push(String(r.getCell(8).value));
    });
    expect(spent).toEqual(["09/6/2022", "09/6/2022"]);
  });

  it("puts every rate's numerator and denominator in their own columns", () => {
    const ws = wb.getWorksheet(RATES_SHEET);
    const doc = assemble(seedInput).document;
    const seen: Array<[unknown, unknown]> = [];
    ws?.eachRow((r, n) => {
      if (n <= TITLE_ROWS + 1) return;
      const cell = (c: number) => {
        const v = r.getCell(c).value as ExcelJS.CellValue;
        return typeof v === "object" && v !== null && "result" in v ? v.result : v;
      };
      seen.push([cell(4), cell(5)]);
    });
    expect(seen).toEqual(doc.rates.map((x) => [x.numerator, x.denominator]));
  });
});
