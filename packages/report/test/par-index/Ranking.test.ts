import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readDocxText } from "../../src/docx-text/ReadDocxText.js";
import { renderRankingDocx } from "../../src/par-index/RankingDocx.js";
import { change, points, type RankingTable } from "../../src/par-index/RankingTable.js";
import { POINTS_FORMAT, renderRankingXlsx } from "../../src/par-index/RankingXlsx.js";

const table: RankingTable = {
  title: "Kết quả xếp hạng chỉ số cải cách hành chính năm 2022",
  framework: { code: "X-2022", name: "Chỉ số CCHC các sở", decision: "Quyết định số 1/QĐ-UBND ngày 01/01/2022", illustrative: true },
  parentName: "Tỉnh Đồng Tháp",
  areas: [
    { code: "A", name: "Chỉ đạo, điều hành", maxScore: 60 },
    { code: "B", name: "Cải cách TTHC", maxScore: 40 },
  ],
  rows: [
    { unit: "U1", name: "Sở Một", byArea: { A: 50.25, B: 35 }, total: 85.25, rank: 1, change: 2.5, state: "published" },
    { unit: "U2", name: "Sở Hai", byArea: { A: 45, B: 30.5 }, total: 75.5, rank: 2, change: null, state: "published" },
    { unit: "U3", name: "Sở Ba", byArea: { A: 40.5, B: 35 }, total: 75.5, rank: 2, change: -1, state: "published" },
  ],
};

describe("ranking exports", () => {
  it("points and changes the Vietnamese way", () => {
    expect(points(85.25)).toBe("85,25");
    expect(points(1234.5)).toBe("1.234,50");
    expect(change(2.5)).toBe("+2,50");
    expect(change(-1)).toBe("-1,00");
    expect(change(null)).toBe("—");
  });

  it(".xlsx: areas as columns, points as numbers with two decimals, ties keep their shared rank", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderRankingXlsx(table)) as never);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      "STT",
      "Đơn vị",
      "Chỉ đạo, điều hành (tối đa 60)",
      "Cải cách TTHC (tối đa 40)",
      "Tổng điểm",
      "Xếp hạng",
      "Tăng/giảm so với năm trước",
    ]);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([1, "Sở Một", 50.25, 35, 85.25, 1, 2.5]);
    expect(ws.getRow(4).getCell(5).numFmt).toBe(POINTS_FORMAT);
    expect([ws.getRow(5).getCell(6).value, ws.getRow(6).getCell(6).value]).toEqual([2, 2]);
    expect(String(ws.getRow(2).getCell(1).value)).toContain("minh họa");
  });

  it(".docx: the appendix names the decision and shows points with a decimal comma", async () => {
    const text = await readDocxText(await renderRankingDocx(table));
    expect(text).toContain("PHỤ LỤC");
    expect(text).toContain("Quyết định số 1/QĐ-UBND");
    for (const s of ["85,25", "75,50", "+2,50", "-1,00", "50,25", "Sở Ba"]) expect(text).toContain(s);
  });
});
