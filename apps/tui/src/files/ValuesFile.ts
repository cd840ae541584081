/**
 * The values import file: a CSV (UTF-8) or the first sheet of an .xlsx with the columns
 * `unit,period,indicator,disaggregation,value,comment` (header row first; disaggregation and
 * comment may be left out). Every problem is reported with its line and column, and a file with
 * any problem is refused as a whole.
 */

import { extname } from "node:path";
import { Readable } from "node:stream";
import type { BulkValueRow } from "../api/ApiClient.js";
import { FileInvalid, type FileIssue } from "../cli/Failure.js";
import { CsvQuoteUnclosed, parseCsv, sniffDelimiter } from "./Csv.js";
import { parseNumber } from "./NumberText.js";
import { decodeUtf8, readBytes } from "./TextFile.js";

/** The documented columns, in order. */
export const COLUMNS = ["unit", "period", "indicator", "disaggregation", "value", "comment"] as const;
const REQUIRED = ["unit", "period", "indicator", "value"];

const UNIT = /^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*$/;
const PERIOD = /^\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M|Y)$/;
const INDICATOR = /^[a-z][a-z0-9]*(\.[a-z0-9]+)+$/;
const DISAGGREGATION = /^([a-z-]+=[a-z-]+)(;[a-z-]+=[a-z-]+)*$/;

/** A table read from a file: header cells and the data rows with their line numbers. */
export interface RawTable {
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: ReadonlyArray<string> }>;
}

/** Checks and converts a raw table into rows; throws `FileInvalid` with every problem found. */
export const rowsOfTable = (file: string, table: RawTable): ReadonlyArray<BulkValueRow> => {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const issues: Array<FileIssue> = [];
  header.forEach((h, i) => {
    if (!(COLUMNS as ReadonlyArray<string>).includes(h))
      issues.push({ line: 1, column: h || `thứ ${i + 1}`, message: `cột không được phép "${h}"; các cột: ${COLUMNS.join(",")}` });
    else if (header.indexOf(h) !== i) issues.push({ line: 1, column: h, message: "cột bị lặp" });
  });
  for (const r of REQUIRED)
    if (!header.includes(r)) issues.push({ line: 1, column: r, message: `thiếu cột bắt buộc "${r}"; các cột: ${COLUMNS.join(",")}` });
  if (issues.length) throw new FileInvalid(file, issues);
  const at = (cells: ReadonlyArray<string>, name: string): string => (cells[header.indexOf(name)] ?? "").trim().normalize("NFC");
  const rows: Array<BulkValueRow> = [];
  for (const { line, cells } of table.rows) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ""))
      issues.push({ line, column: null, message: `dòng có ${cells.length} ô, nhiều hơn ${header.length} cột của tiêu đề` });
    const unit = at(cells, "unit");
    const period = at(cells, "period").toUpperCase();
    const indicator = at(cells, "indicator");
    const disaggregation = header.includes("disaggregation") ? at(cells, "disaggregation") : "";
    const valueText = at(cells, "value");
    const comment = header.includes("comment") ? at(cells, "comment") : "";
    if (!UNIT.test(unit)) issues.push({ line, column: "unit", message: unit ? `mã đơn vị không hợp lệ "${unit}"` : "thiếu mã đơn vị" });
    if (!PERIOD.test(period))
      issues.push({ line, column: "period", message: period ? `mã kỳ không hợp lệ "${period}" (ví dụ 2022-H1)` : "thiếu mã kỳ" });
    if (!INDICATOR.test(indicator))
      issues.push({ line, column: "indicator", message: indicator ? `mã chỉ tiêu không hợp lệ "${indicator}"` : "thiếu mã chỉ tiêu" });
    if (disaggregation !== "" && !DISAGGREGATION.test(disaggregation))
      issues.push({ line, column: "disaggregation", message: `phân tổ không hợp lệ "${disaggregation}" (ví dụ channel=online)` });
    const value = parseNumber(valueText);
    if (value === undefined)
      issues.push({ line, column: "value", message: valueText ? `giá trị không phải số "${valueText}"` : "thiếu giá trị" });
    if (issues.length === 0 && value !== undefined)
      rows.push({ unit, period, indicator, disaggregation, value, ...(comment ? { comment } : {}) });
  }
  if (issues.length) throw new FileInvalid(file, issues.slice(0, 50));
  if (rows.length === 0) throw new FileInvalid(file, [{ line: null, column: null, message: "tệp không có dòng số liệu nào" }]);
  return rows;
};

/** Reads a CSV table from bytes (strict UTF-8). */
export const csvTable = (file: string, bytes: Uint8Array): RawTable => {
  const text = decodeUtf8(file, bytes);
  try {
    const [head, ...rest] = parseCsv(text, sniffDelimiter(text));
    if (!head) throw new FileInvalid(file, [{ line: null, column: null, message: "tệp rỗng" }]);
    return { header: head.fields, rows: rest.map((r) => ({ line: r.line, cells: r.fields })) };
  } catch (e) {
    if (e instanceof CsvQuoteUnclosed) throw new FileInvalid(file, [{ line: e.line, column: null, message: e.message }]);
    throw e;
  }
};

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: string; error?: string };
    if (o.richText) return o.richText.map((t) => t.text).join("");
    if ("result" in o) return cellText(o.result);
    if (typeof o.text === "string") return o.text;
    if (o.error) return String(o.error);
  }
  return String(v);
};

/** Reads the first worksheet of an .xlsx; a broken file is a `FileInvalid`. */
export const xlsxTable = async (file: string, bytes: Uint8Array): Promise<RawTable> => {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.read(Readable.from([bytes]));
  } catch (e) {
    throw new FileInvalid(file, [
      { line: null, column: null, message: `tệp .xlsx hỏng hoặc không phải tệp Excel (${e instanceof Error ? e.message : String(e)})` },
    ]);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new FileInvalid(file, [{ line: null, column: null, message: "tệp .xlsx không có trang tính nào" }]);
  const lines: Array<{ line: number; cells: Array<string> }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Array<string> = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    lines.push({ line, cells });
  });
  const [head, ...rest] = lines;
  if (!head) throw new FileInvalid(file, [{ line: null, column: null, message: "trang tính đầu tiên rỗng" }]);
  return { header: head.cells, rows: rest };
};

/** Reads a values file (.csv or .xlsx) into rows. */
export const readValuesFile = async (file: string): Promise<ReadonlyArray<BulkValueRow>> => {
  const ext = extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx")
    throw new FileInvalid(file, [{ line: null, column: null, message: "chỉ nhận tệp .csv hoặc .xlsx" }]);
  const bytes = await readBytes(file);
  return rowsOfTable(file, ext === ".csv" ? csvTable(file, bytes) : await xlsxTable(file, bytes));
};
