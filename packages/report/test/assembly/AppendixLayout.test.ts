import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { LINE, sizeColumns } from "../../src/assembly/ColumnWidths.js";
import type { Section, Table } from "../../src/assembly/ReportDocument.js";
import type { ReportInput } from "../../src/assembly/ReportInput.js";
import { renderHtml } from "../../src/render/Html.js";
import { renderMarkdown } from "../../src/render/Markdown.js";
import { seedInput } from "../fixtures/seedInput.js";

const tables = (sections: ReadonlyArray<Section>): ReadonlyArray<Table> =>
  sections.flatMap((s) => [...s.blocks.flatMap((b) => (b.kind === "table" ? [b] : [])), ...tables(s.children)]);

describe("appendix tables", () => {
  const doc = assemble(seedInput).document;
  const all = tables(doc.appendix);

  it("sizes columns to their content: a number or a date column is as wide as its longest cell", () => {
    expect(all.length).toBeGreaterThan(3);
    for (const t of all) {
      const total = t.columns.reduce((s, c) => s + c.width, 0);
      expect(total, t.id).toBeLessThanOrEqual(LINE + 0.5);
      t.columns.forEach((c, i) => {
        if (c.nowrap !== true) return;
        const longest = Math.max(...t.rows.map((r) => (r[i] ?? "").length));
        expect(c.width, `${t.id} ${c.header}`).toBeGreaterThanOrEqual(longest + 1);
      });
    }
    const money = all.find((t) => t.id === "figures.public-finance");
    expect(money?.rows.some((r) => r.includes("19.961.000.000"))).toBe(true);
  });

  it("shows the unit column only when a table has figures of several units, and each figure's own day", () => {
    const finance = all.find((t) => t.id === "figures.public-finance");
    expect(finance?.columns.map((c) => c.header)).toEqual(["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Số liệu đến ngày"]);
    const spent = finance?.rows.filter((r) => r[1]?.startsWith("Kinh phí đã sử dụng"));
    expect(spent?.map((r) => r[4])).toEqual(["09/6/2022", "09/6/2022"]);
    const rates = all.find((t) => t.id === "rates");
    expect(rates?.columns.map((c) => c.header)).toContain("Đơn vị báo cáo");
    const md = renderMarkdown(doc);
    expect(md).not.toContain("[chưa có");
  });

  it("shows a rate without its figures as “—”, never a placeholder", () => {
    const values = seedInput.values.filter((v) => v.indicator !== "tthc.pakn.tiepnhan");
    const rates = tables(assemble({ ...seedInput, values }).document.appendix).find((t) => t.id === "rates");
    const pakn = rates?.rows.find((r) => r[1] === "Tỷ lệ giải quyết PAKN");
    expect(pakn?.at(-1)).toBe("—");
    expect(pakn?.join(" ")).toContain("(chưa có số liệu)");
    expect(rates?.rows.flat().join(" ")).not.toContain("[chưa có");
  });

  it("gives text columns the rest of the line", () => {
    const cols = sizeColumns(
      [
        { header: "STT", align: "center", width: 0, nowrap: true },
        { header: "Chỉ tiêu", align: "left", width: 0 },
        { header: "Số liệu", align: "right", width: 0, nowrap: true },
      ],
      [["1", "Kinh phí quản lý hành chính được giao", "19.961.000.000"]],
    );
    expect(cols.map((c) => c.width)).toEqual([4.5, LINE - 4.5 - 15.5, 15.5]);
  });
});

describe("the header of each level of unit (Nghị định 30/2020, Phụ lục I)", () => {
  const province: ReportInput = {
    ...seedInput,
    unit: { ...seedInput.unit, code: "DT", name: "Tỉnh Đồng Tháp", shortName: "Đồng Tháp" },
    header: {
      ...seedInput.header,
      parentBody: "",
      issuingBody: "Ủy ban nhân dân tỉnh Đồng Tháp",
      symbol: "BC-UBND",
      signer: { authority: "TM.", authorityTitle: "Ủy ban nhân dân", title: "Chủ tịch", name: "" },
      recipients: ["Bộ Nội vụ", "Ủy ban nhân dân tỉnh Đồng Tháp (b/c)", "Lưu: VT"],
    },
  };
  const r = assemble(province);

  it("writes a People's Committee without a chủ quản line, its name on two lines, and its own abbreviation", () => {
    expect(r.document.header.parentBody).toBe("");
    expect(r.document.header.issuingBody).toBe("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP");
    expect(r.document.header.numberLine).toMatch(/\/BC-UBND$/u);
    expect(r.document.closing.authorityLine).toBe("TM. ỦY BAN NHÂN DÂN");
    const md = renderMarkdown(r.document);
    expect(md).toContain("| **ỦY BAN NHÂN DÂN**<br>**TỈNH ĐỒNG THÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**");
  });

  it("never sends the report to the unit itself", () => {
    expect(r.document.closing.recipients).toEqual(["- Bộ Nội vụ;", "- Lưu: VT."]);
    expect(r.warnings.map((w) => w.code)).toContain("recipient-is-issuer");
  });

  it("lays the HTML header out as the .docx: centred lines that do not wrap, the rule centred", () => {
    const html = renderHtml(r.document);
    expect(html).toContain(".nd30-header p{margin:0;text-align:center;text-indent:0;white-space:nowrap}");
    expect(html).toContain("<div><p><strong>ỦY BAN NHÂN DÂN</strong></p><p><strong>TỈNH ĐỒNG THÁP</strong></p>");
    expect(html).not.toMatch(/<div><p><\/p>/u);
  });
});
