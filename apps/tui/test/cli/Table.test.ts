import { describe, expect, it } from "vitest";
import { type Column, displayWidth, fitWidths, renderTable, wrap } from "../../src/cli/Table.js";

interface Finding {
  readonly line: number;
  readonly rule: string;
  readonly message: string;
  readonly comment: string;
}

const rows: ReadonlyArray<Finding> = [
  {
    line: 135,
    rule: "rate-mismatch",
    message: "Tỷ lệ nêu 49,5% không khớp với số liệu: 4.923.692.615 đồng / 9.961.000.000 đồng = 49,4%.",
    comment: "Báo cáo 6 tháng đầu năm 2022 của Văn phòng",
  },
  { line: 3, rule: "document-reference-incomplete", message: "Số văn bản còn để trống.", comment: "" },
];

const columns: ReadonlyArray<Column<Finding>> = [
  { header: "Dòng", cell: (f) => String(f.line), align: "right" },
  { header: "Số tiền", cell: () => "19.961.000.000", align: "right" },
  { header: "Quy tắc", cell: (f) => f.rule, shrink: "wrap", min: 12 },
  { header: "Nội dung", cell: (f) => f.message, shrink: "wrap", min: 20 },
  { header: "Ghi chú", cell: (f) => f.comment, shrink: "truncate", min: 8 },
];

const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

describe("tables fit the terminal", () => {
  it("keeps the natural layout when it fits", () => {
    const table = renderTable(columns, rows, 300);
    expect(table.split("\n")).toHaveLength(4);
    expect(table).toContain(rows[0]?.message);
  });

  it("fits 80 columns: messages wrap without losing a word, comments are cut with …, numbers stay whole", () => {
    const table = renderTable(columns, rows, 80);
    expect(widest(table)).toBeLessThanOrEqual(80);
    expect(table).toContain("19.961.000.000");
    expect(table).toContain("Báo cáo…");
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    const text = words(table).join(" ");
    // Every word of the message is still there, and numbers are never split across lines.
    for (const w of words(rows[0]?.message ?? "")) expect(text).toContain(w);
    expect(table).toContain("4.923.692.615");
    expect(table).toContain("9.961.000.000");
    expect(table).toMatch(/document- .*\n\s+reference-\n\s+incomplete$/);
  });

  it("gives way in order: cut columns first, then wrapped ones, never below their minimum", () => {
    const natural = [4, 14, 29, 90, 40];
    const at100 = fitWidths(columns, natural, 100);
    expect(at100[4]).toBe(8);
    expect((at100[0] ?? 0) + (at100[1] ?? 0)).toBe(18);
    expect(at100.reduce((a, b) => a + b, 0) + 8).toBe(100);
    const tiny = fitWidths(columns, natural, 40);
    expect(tiny).toEqual([4, 14, 12, 20, 8]);
  });

  it("wraps at spaces, inside identifiers at their separators, and cuts words longer than the column", () => {
    expect(wrap("tthc.hoso.tiepnhanmoi channel=online", 12)).toEqual(["tthc.hoso.", "tiepnhanmoi", "channel=", "online"]);
    expect(wrap("1.788 thủ tục", 6)).toEqual(["1.788", "thủ", "tục"]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrap("", 5)).toEqual([""]);
  });
});
