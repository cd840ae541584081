import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { readDocxText } from "../../src/docx-text/ReadDocxText.js";
import { renderDocx } from "../../src/render/Docx.js";
import { seedInput } from "../fixtures/seedInput.js";

describe("renderDocx", () => {
  let bytes: Uint8Array;
  let documentXml: string;
  let stylesXml: string;
  let headers: ReadonlyArray<string>;
  beforeAll(async () => {
    bytes = await renderDocx(assemble(seedInput).document);
    const zip = await JSZip.loadAsync(bytes);
    documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async("string")));
  });

  it("reads back with the header, the figures and the closing", async () => {
    const text = await readDocxText(bytes);
    for (const s of [
      "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
      "VĂN PHÒNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đồng Tháp, ngày 10 tháng 6 năm 2022",
      "BÁO CÁO",
      "Công tác cải cách hành chính 6 tháng đầu năm 2022 (số liệu tính từ 15/12/2021 đến 14/6/2022)",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
      "V. KIẾN NGHỊ, ĐỀ XUẤT",
      "335.445",
      "4.923.692.615 đồng",
      "49,4%",
      "Nơi nhận:",
      "- Lưu: VT, KSTTHC (S).",
      "KT. CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "Nguyễn Công Minh",
      "PHỤ LỤC",
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toMatch(/Số: +\/BC-VPUBND/);
  });

  it("uses A4 portrait with the margins of Nghị định 30/2020 and a different first page", () => {
    expect(documentXml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
    expect(documentXml).toContain("<w:titlePg/>");
    expect(documentXml).toMatch(/<w:headerReference w:type="first"/);
    expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
  });

  it("numbers pages from page 2 with a PAGE field centred in the header", () => {
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toContain('<w:jc w:val="center"/>');
    expect(headers.filter((h) => !/PAGE/.test(h))).toHaveLength(1);
  });

  it("sets Times New Roman in black, 14 pt body, 13 pt header lines", () => {
    expect(stylesXml).toContain('w:ascii="Times New Roman"');
    expect(stylesXml).toMatch(/<w:sz w:val="28"\/>/);
    expect(documentXml).not.toMatch(/w:ascii="(?!Times New Roman)[^"]+"/);
    expect(documentXml).not.toMatch(/<w:color w:val="(?!000000)[0-9A-Fa-f]{6}"/);
    // the parent body line: 13 pt, not bold
    expect(documentXml).toMatch(
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val="26"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP<\/w:t>/,
    );
    expect(documentXml).toMatch(
      /<w:b\/>(?:(?!<\/w:rPr>).)*<w:sz w:val="26"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">VĂN PHÒNG<\/w:t>/,
    );
    // body paragraphs: justified, 1,27 cm first-line indent, 6 pt after
    expect(documentXml).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(documentXml).toMatch(/<w:jc w:val="both"\/>/);
    expect(documentXml).toMatch(/<w:spacing [^>]*w:after="120"/);
  });

  it("gives the appendix tables a repeated header row and borders", () => {
    expect(documentXml).toContain("<w:tblHeader/>");
    expect((documentXml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});
