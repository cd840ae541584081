/**
 * The figures of a report as an Excel workbook: one sheet per reform area (indicator, unit,
 * value) and a sheet "Tỷ lệ" whose numerators, denominators and rates are live formulas over the
 * count cells (`=ROUND(D2/E2*100,1)`), with cached results so viewers that do not recalculate
 * still show them. Headers are Vietnamese, the header row is frozen, and numbers carry formats
 * (`#,##0`) that Excel shows with the separators of the reader's locale (1.788 in vi-VN).
 */
import * as Area from "@cchc/domain/Area";
import ExcelJS from "exceljs";
import type { RateRow, RateTermValue, ReportDocument } from "../assembly/ReportDocument.js";

/** Name of the rates sheet. */
export const RATES_SHEET = "Tỷ lệ";

const INTEGER_FORMAT = "#,##0";
const rateFormat = (decimals: number): string => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");

/**
 * A sheet name Excel accepts (≤ 31 characters, none of []:*?/\). A longer name keeps its last
 * comma-separated part ("Chính quyền điện tử, chính quyền số" → "Chính quyền số") rather than
 * being cut mid-word.
 */
const sheetName = (s: string): string => {
  const clean = s.replace(/[[\]:*?/\\]/g, " ");
  if (clean.length <= 31) return clean;
  const last = clean.split(",").at(-1)?.trim() ?? clean;
  return `${last.charAt(0).toLocaleUpperCase("vi")}${last.slice(1)}`.slice(0, 31);
};

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

const styleHeader = (row: ExcelJS.Row): void => {
  row.font = { bold: true, name: "Times New Roman", size: 12 };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.height = 32;
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
    c.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  });
};

/** A column of a sheet: its header, key and width, and the format of its cells (a number format, wrapped text). */
interface SheetColumn {
  readonly header: string;
  readonly key: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly wrap?: boolean;
}

/** The running number, first column of every sheet. */
const NUMBER_COLUMN: SheetColumn = { header: "STT", key: "n", width: 6 };

/** Gives the cells of a row their column's number format and wrapping. */
const formatCells = (row: ExcelJS.Row, columns: ReadonlyArray<SheetColumn>): void => {
  for (const c of columns) {
    if (c.numFmt !== undefined) row.getCell(c.key).numFmt = c.numFmt;
    if (c.wrap === true) row.getCell(c.key).alignment = { wrapText: true, vertical: "middle" };
  }
};

const key = (unit: string, indicator: string, disaggregation: string): string => `${unit}\u0000${indicator}\u0000${disaggregation}`;

/** Rows of the title block above each sheet's table (the table's header row is the next one). */
export const TITLE_ROWS = 4;

/**
 * A sheet with a title block (the report's unit, period and the day its figures stand at) above
 * its table; the header row follows it and stays frozen with it.
 */
const sheetWithTitle = (
  wb: ExcelJS.Workbook,
  name: string,
  doc: ReportDocument,
  caption: string,
  columns: ReadonlyArray<SheetColumn>,
): ExcelJS.Worksheet => {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: TITLE_ROWS + 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const lines = [
    `${caption} — ${doc.meta.unitName}`,
    `Kỳ báo cáo: ${doc.meta.periodLabel}${doc.meta.window ? ` (${doc.meta.window})` : ""}`,
    `Số liệu tính đến ngày: ${doc.meta.figuresAsOf ?? ""}; số liệu có ngày riêng ghi ở cột "Số liệu đến ngày".`,
  ];
  lines.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.font = { name: "Times New Roman", size: i === 0 ? 13 : 12, bold: i === 0 };
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  const header = ws.getRow(TITLE_ROWS + 1);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
  });
  styleHeader(header);
  return ws;
};

/** Builds the workbook of a report. */
export const toWorkbook = (doc: ReportDocument): ExcelJS.Workbook => {
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.meta.unitName;
  wb.title = doc.meta.title;
  // Where each figure landed, so that the rate formulas can point at it.
  const cells = new Map<string, string>();
  for (const table of doc.figures) {
    const name = sheetName(Area.all.find((a) => a.code === table.area)?.shortVi ?? table.areaName);
    const columns: ReadonlyArray<SheetColumn> = [
      NUMBER_COLUMN,
      { header: "Chỉ tiêu", key: "name", width: 52, wrap: true },
      { header: "Mã chỉ tiêu", key: "code", width: 30 },
      { header: "Phân tổ", key: "dis", width: 22 },
      { header: "Đơn vị báo cáo", key: "unit", width: 30 },
      { header: "Đơn vị tính", key: "measure", width: 14 },
      { header: "Số liệu", key: "value", width: 20, numFmt: INTEGER_FORMAT },
      { header: "Số liệu đến ngày", key: "asOf", width: 14 },
    ];
    const ws = sheetWithTitle(wb, name, doc, `Biểu số liệu: ${table.areaName}`, columns);
    table.rows.forEach((r, i) => {
      const row = ws.addRow({
        n: i + 1,
        name: r.name,
        code: r.indicator,
        dis: r.disaggregation,
        unit: r.unitName,
        measure: r.measure,
        value: r.value,
        asOf: r.asOf ?? "",
      });
      formatCells(row, columns);
      cells.set(key(r.unit, r.indicator, r.disaggregation), `${quoteSheet(name)}!G${row.number}`);
    });
  }
  const rateColumns: ReadonlyArray<SheetColumn> = [
    NUMBER_COLUMN,
    { header: "Tỷ lệ", key: "name", width: 44 },
    { header: "Đơn vị báo cáo", key: "unit", width: 28 },
    { header: "Tử số", key: "num", width: 20, numFmt: INTEGER_FORMAT },
    { header: "Mẫu số", key: "den", width: 20, numFmt: INTEGER_FORMAT },
    { header: "Tỷ lệ (%)", key: "rate", width: 12 },
    { header: "Công thức", key: "formula", width: 90, wrap: true },
  ];
  const ws = sheetWithTitle(wb, RATES_SHEET, doc, "Các tỷ lệ và công thức tính", rateColumns);
  const sumOf = (r: RateRow, terms: ReadonlyArray<RateTermValue>, total: number | null): ExcelJS.CellValue => {
    const refs = terms.map((t) => cells.get(key(r.unit, t.indicator, t.disaggregation)));
    if (total === null) return null;
    if (refs.some((x) => x === undefined)) return total;
    return { formula: refs.join("+"), result: total };
  };
  doc.rates.forEach((r, i) => {
    const row = ws.addRow({ n: i + 1, name: r.name, unit: r.unitName, formula: r.formula });
    const n = row.number;
    row.getCell("num").value = sumOf(r, r.numeratorTerms, r.numerator);
    row.getCell("den").value = sumOf(r, r.denominatorTerms, r.denominator);
    formatCells(row, rateColumns);
    const rate = row.getCell("rate");
    if (r.numerator !== null && r.denominator !== null && r.denominator !== 0) {
      rate.value = { formula: `ROUND(D${n}/E${n}*100,${r.decimals})`, result: r.value ?? 0 };
    } else {
      rate.value = r.text;
    }
    rate.numFmt = rateFormat(r.decimals);
  });
  return wb;
};

/** Renders a report to the bytes of an .xlsx file. */
export const renderXlsx = async (doc: ReportDocument): Promise<Uint8Array> => {
  const buffer = await toWorkbook(doc).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
