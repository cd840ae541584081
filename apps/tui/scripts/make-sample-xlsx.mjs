// Writes docs/examples/sample-values.xlsx from docs/examples/sample-values.csv (same rows, first
// sheet, header row first), so the .xlsx path of `cchc import values` has an example too.
// Usage: node apps/tui/scripts/make-sample-xlsx.mjs
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const csv = readFileSync(`${root}docs/examples/sample-values.csv`, "utf8");
// The sample's only quoting is whole fields in double quotes; split on commas outside them.
const rows = csv
  .trim()
  .split("\n")
  .map((line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, 6).map((m) => m[2] ?? m[1] ?? ""));
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet("Số liệu");
for (const [i, r] of rows.entries()) sheet.addRow(i === 0 ? r : [r[0], r[1], r[2], r[3], Number(r[4].replace(/\./g, "")), r[5]]);
sheet.columns.forEach((c) => {
  c.width = 24;
});
await book.xlsx.writeFile(`${root}docs/examples/sample-values.xlsx`);
console.log(`đã ghi docs/examples/sample-values.xlsx (${rows.length - 1} dòng)`);
