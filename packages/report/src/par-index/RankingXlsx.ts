/**
 * The official ranking table as an Excel workbook: one row per unit (STT, unit, one column per
 * area, total, rank, change against the previous year), points stored as numbers with the format
 * `#,##0.00` (shown "85,25" by a vi-VN Excel) and the maximum of each area in its header.
 */
import ExcelJS from "exceljs";
import type { RankingTable } from "./RankingTable.js";

/** The number format of points: two decimals, locale separators. */
export const POINTS_FORMAT = "#,##0.00";

/** Renders the ranking to .xlsx bytes. */
export const renderRankingXlsx = async (t: RankingTable): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.title = t.title;
  const ws = wb.addWorksheet("Xếp hạng");
  ws.addRow([t.title]).font = { bold: true, name: "Times New Roman", size: 13 };
  ws.addRow([`${t.framework.name} (${t.framework.decision})${t.framework.illustrative ? " — có tiêu chí, điểm minh họa" : ""}`]);
  const header = ws.addRow([
    "STT",
    "Đơn vị",
    ...t.areas.map((a) => `${a.name} (tối đa ${String(a.maxScore).replace(".", ",")})`),
    "Tổng điểm",
    "Xếp hạng",
    "Tăng/giảm so với năm trước",
  ]);
  header.font = { bold: true, name: "Times New Roman", size: 12 };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  t.rows.forEach((r, i) => {
    const row = ws.addRow([i + 1, r.name, ...t.areas.map((a) => r.byArea[a.code] ?? 0), r.total, r.rank, r.change]);
    for (let c = 3; c <= 3 + t.areas.length; c++) row.getCell(c).numFmt = POINTS_FORMAT;
    row.getCell(5 + t.areas.length).numFmt = "+#,##0.00;-#,##0.00;0.00";
  });
  ws.getColumn(2).width = 40;
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
