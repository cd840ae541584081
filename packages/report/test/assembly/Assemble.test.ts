import { describe, expect, it } from "vitest";
import { assemble, nextReportingPeriod } from "../../src/assembly/Assemble.js";
import { defaultTemplate } from "../../src/assembly/DefaultTemplate.js";
import { MISSING } from "../../src/assembly/Figures.js";
import { roman } from "../../src/assembly/Numbering.js";
import { runsText, type Section } from "../../src/assembly/ReportDocument.js";
import { renderMarkdown } from "../../src/render/Markdown.js";
import { SEED_FIGURES } from "../fixtures/seedExpectations.js";
import { seedInput } from "../fixtures/seedInput.js";

const allText = (sections: ReadonlyArray<Section>): string =>
  sections
    .flatMap((s) => [
      s.title,
      ...s.blocks.map((b) => (b.kind === "paragraph" ? runsText(b.runs) : b.kind === "subheading" ? b.text : "")),
      allText(s.children),
    ])
    .join("\n");

describe("assemble", () => {
  const result = assemble(seedInput);
  const md = renderMarkdown(result.document);

  it("states every figure of the seed in Vietnamese format", () => {
    for (const f of SEED_FIGURES) expect(md, f).toContain(f);
    expect(md).toContain("19.961.000.000 đồng");
  });

  it("computes rates instead of copying the stated ones (49,4%, not the seed's 49,5%)", () => {
    expect(md).toContain("đạt tỷ lệ: 49,4%");
    expect(md).not.toContain("49,5%");
    const rate = result.document.rates.find((r) => r.indicator === "taichinh.kinhphi.tyle" && r.disaggregation === "autonomy=autonomous");
    expect(rate?.value).toBe(49.4);
    expect(rate?.formula).toBe(
      "Kinh phí đã sử dụng (tự chủ) / Kinh phí quản lý hành chính được giao (tự chủ) × 100 = 4.923.692.615 / 9.961.000.000 × 100 = 49,4%",
    );
    const timely = result.document.rates.find((r) => r.indicator === "tthc.hoso.dunghan.tyle");
    expect(timely?.formula).toContain("(265.055 + 34.539) / 305.733 × 100 = 98,0%");
  });

  it("states each figure at its own as-of day, the others at the report's", () => {
    expect(md).toContain("+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng.");
    expect(md).toContain("+ Nguồn vốn đã giải ngân đến ngày 09/6/2022: 5.789.358.000 đồng, đạt tỷ lệ: 64,3%.");
    const undated = assemble({ ...seedInput, values: seedInput.values.map(({ asOf: _a, ...v }) => v) });
    expect(renderMarkdown(undated.document)).toContain("+ Số kinh phí thực hiện đến ngày 14/6/2022: 4.923.692.615 đồng.");
  });

  it("answers a count of 0 with “Không có” and writes the disbursement as the seed does", () => {
    expect(md).toContain("- Kết quả thực hiện bổ nhiệm, đề bạt công chức, viên chức: Không có.");
    expect(md).toContain("sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách: Không có.");
    expect(md).toContain("Kế hoạch vốn đã cấp năm 2021 là: 3.500.000.000 đồng (Giải ngân vốn đạt 100%)");
    expect(md).toContain("Kế hoạch vốn đã cấp năm 2022 là: 9.000.000.000 đồng (Đang thực hiện)");
    expect(md).toContain("(Dự án: Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh):");
    const appointed = seedInput.values.map((v) => (v.indicator === "congvu.bonhiem" ? { ...v, value: 2 } : v));
    expect(renderMarkdown(assemble({ ...seedInput, values: appointed }).document)).toContain("viên chức: 2 người.");
  });

  it("leaves out a sentence of figures none of which the unit has, and answers an empty section “Không có”", () => {
    const values = seedInput.values.filter((v) => !v.indicator.startsWith("taichinh.kinhphi"));
    const r = assemble({ ...seedInput, values, narratives: { ...seedInput.narratives, institution: [] } });
    const text = allText(r.document.sections);
    expect(text).not.toContain("Kinh phí thực hiện tự chủ");
    expect(text).not.toContain("[chưa có");
    expect(text).toMatch(/KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\nCải cách thể chế\nKhông có\./u);
    expect(r.warnings.some((w) => w.code === "narrative-missing")).toBe(true);
  });

  it("cites the documents with number, symbol, date and issuer", () => {
    expect(md).toContain("Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021");
    expect(md).toContain("Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp");
    expect(md).toContain("Công văn số 07/VPUBND-KSTTHC ngày 13 tháng 01 năm 2022");
    expect(md).toContain("Kế hoạch số 20/KH-VPUBND ngày 31 tháng 12 năm 2021");
    expect(md).toContain("(thực hiện Kế hoạch số 377/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp");
    expect(md).toContain("Quyết định số 191/QĐ-UBND-HC");
  });

  it("numbers the parts I–V and the areas 1–6 without a gap", () => {
    const top = result.document.sections;
    expect(top.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(top[1]?.children.map((s) => `${s.number}. ${s.title}`)).toEqual([
      "1. Cải cách thể chế",
      "2. Cải cách thủ tục hành chính",
      "3. Cải cách tổ chức bộ máy hành chính nhà nước",
      "4. Cải cách chế độ công vụ",
      "5. Cải cách tài chính công",
      "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    ]);
    expect(top[3]?.title).toBe("PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022");
    expect(top[4]?.title).toBe("KIẾN NGHỊ, ĐỀ XUẤT");
    expect(md).toMatch(/## I\. CÔNG TÁC CHỈ ĐẠO[\s\S]*## II\. [\s\S]*## III\. [\s\S]*## IV\. [\s\S]*## V\. KIẾN NGHỊ, ĐỀ XUẤT/);
  });

  it("closes the numbering up when an optional part has no content", () => {
    const r = assemble({ ...seedInput, narratives: { ...seedInput.narratives, recommendations: [] } });
    expect(r.document.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV"]);
    expect(r.warnings.some((w) => w.code === "narrative-missing")).toBe(false);
  });

  it("shows a missing value as missing with a warning, never as 0", () => {
    const values = seedInput.values.filter((v) => !(v.indicator === "tthc.hoso.tonkytruoc"));
    const r = assemble({ ...seedInput, values });
    const text = allText(r.document.sections);
    expect(text).toContain(`số từ kỳ trước chuyển qua: ${MISSING}.`);
    const w = r.warnings.filter((x) => x.code === "value-missing" && x.indicator === "tthc.hoso.tonkytruoc");
    expect(w).toHaveLength(1);
    expect(w[0]?.sectionId).toBe("procedure");
  });

  it("shows a rate as missing when one of its counts is missing", () => {
    const values = seedInput.values.filter((v) => v.indicator !== "tthc.pakn.tiepnhan");
    const r = assemble({ ...seedInput, values });
    expect(allText(r.document.sections)).toContain(`(PAKN) về quy định TTHC ${MISSING}`);
    expect(r.warnings.some((x) => x.code === "value-missing" && x.indicator === "tthc.pakn.tyle")).toBe(true);
  });

  it("warns about dates outside the period and counts that disagree", () => {
    const r = assemble({
      ...seedInput,
      inspections: [{ ...seedInput.inspections[0]!, date: "2024-04-28" as never }],
    });
    expect(r.warnings.map((w) => w.code)).toContain("date-outside-period");
    expect(result.warnings.map((w) => w.code)).toEqual(["assigned-tasks-mismatch"]);
    expect(result.findings).toEqual(seedInput.findings);
  });

  it("writes the header and closing of Nghị định 30/2020", () => {
    const h = result.document.header;
    expect(h.placeDate).toBe("Đồng Tháp, ngày 10 tháng 6 năm 2022");
    expect(h.numberLine).toMatch(/^Số: +\/BC-VPUBND$/);
    expect(h.parentBody).toBe("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP");
    expect(h.summary).toBe("Công tác cải cách hành chính 6 tháng đầu năm 2022 (số liệu tính từ 15/12/2021 đến 14/6/2022)");
    const c = result.document.closing;
    expect(c.authorityLine).toBe("KT. CHÁNH VĂN PHÒNG");
    expect(c.titleLine).toBe("PHÓ CHÁNH VĂN PHÒNG");
    expect(c.recipients[0]).toBe("- UBND Tỉnh (b/c);");
    expect(c.recipients.at(-1)).toBe("- Lưu: VT, KSTTHC (S).");
    expect(allText(result.document.sections)).toMatch(/của Chính phủ\.\/\.\s*$/);
  });

  it("builds the summary line from the period when none is given", () => {
    const { summary: _omit, ...header } = seedInput.header;
    const r = assemble({ ...seedInput, header });
    expect(r.document.header.summary).toBe("Công tác cải cách hành chính 6 tháng đầu năm 2022 (số liệu tính từ 15/12/2021 đến 14/6/2022)");
  });

  it("spells the official terms right", () => {
    const text = `${md}\n${JSON.stringify(defaultTemplate)}`;
    for (const wrong of ["thủ ché", "Công dịch vụ công", "trực liên thông", "cung cố", "Noi nhận", "ĐÈ XUẤT", "Đè nghị"]) {
      expect(text, wrong).not.toContain(wrong);
    }
    expect(md).toContain("Cải cách thể chế");
    expect(md).toContain("Nơi nhận:");
  });
});

describe("numbering and periods", () => {
  it("writes Roman numerals", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14].map(roman)).toEqual(["I", "II", "III", "IV", "V", "VI", "IX", "XIV"]);
  });

  it("names the next reporting period of the Bộ Nội vụ regime", () => {
    expect(nextReportingPeriod("2022-H1")).toBe("Quý III năm 2022");
    expect(nextReportingPeriod("2022-Y")).toBe("Quý I năm 2023");
    expect(nextReportingPeriod("2022-M06")).toBe("Tháng 7 năm 2022");
  });
});
