/**
 * Widths of an appendix table sized to its content, in characters of the table's type on a page
 * line of `LINE` characters: a column that must not wrap (numbers, amounts, dates, the STT) gets
 * its longest cell, so "10.000.000.000" or "31/12/2022" never breaks; the columns of text share
 * the rest in proportion to their longest cell (capped), each at least as wide as its longest word.
 */
import type { TableColumn } from "./ReportDocument.js";

/** Characters of 12 pt Times New Roman on the 16,5 cm text line of Nghị định 30/2020. */
export const LINE = 75;

const longestWord = (s: string): number => Math.max(0, ...s.split(/\s+/u).map((w) => w.length));

/** The columns with widths fitted to the header and the rows. */
export const sizeColumns = (
  columns: ReadonlyArray<TableColumn>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): ReadonlyArray<TableColumn> => {
  const longest = columns.map((_c, i) => Math.max(...rows.map((r) => (r[i] ?? "").length), 0));
  const fixed = columns.map((c, i) => (c.nowrap === true ? Math.max(longest[i] ?? 0, longestWord(c.header)) + 1.5 : null));
  const texts = fixed.filter((w) => w === null).length;
  const rest = Math.max(LINE - fixed.reduce<number>((s, w) => s + (w ?? 0), 0), 8 * texts);
  const wants = columns.map((c, i) => (fixed[i] === null ? Math.max(Math.min(longest[i] ?? 0, 48), longestWord(c.header) + 1, 8) : 0));
  const total = wants.reduce((s, w) => s + w, 0) || 1;
  return columns.map((c, i) => {
    const own = fixed[i];
    const width = own ?? Math.max(rest * ((wants[i] ?? 0) / total), Math.max(...rows.map((r) => longestWord(r[i] ?? "")), 0) + 1);
    return { ...c, width: Math.round(width * 10) / 10 };
  });
};
