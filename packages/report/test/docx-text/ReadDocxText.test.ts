import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from "docx";
import { Effect, Either } from "effect";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/check/CheckReport.js";
import { DocxUnreadable, documentXmlToText, readDocxText, readDocxTextEffect } from "../../src/docx-text/ReadDocxText.js";
import { defectiveReport } from "../fixtures/shortReport.js";
import { hasSeed, seedBlock, seedText } from "../seedText.js";

const build = async (children: ReadonlyArray<Paragraph | Table>): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [...children] }] })));

/** Whether a text written into a .docx and read back gives the checker the same findings (and some). */
const sameFindingsAsPlainText = async (plain: string): Promise<boolean> => {
  const bytes = await build(plain.split("\n").map((l) => new Paragraph(l)));
  const text = await readDocxText(bytes);
  const rules = (t: string) => checkReport(t).findings.map((f) => [f.rule, f.line, f.excerpt]);
  expect(rules(plain).length).toBeGreaterThan(0);
  expect(rules(text)).toEqual(rules(plain));
  return true;
};

describe.skipIf(!hasSeed)(seedBlock("readDocxText on the seed report"), () => {
  it("gives the checker the same findings as the seed's plain text", async () => {
    expect(await sameFindingsAsPlainText(seedText)).toBe(true);
  });
});

describe("readDocxText", () => {
  it("reads paragraphs, runs, tabs, line breaks and table cells of a real .docx", async () => {
    const bytes = await build([
      new Paragraph({ children: [new TextRun("Số: "), new TextRun({ text: "/BC-VPUBND", bold: true })] }),
      new Paragraph({ children: [new TextRun("Đồng Tháp, ngày 10 tháng 6 năm 2022")] }),
      new Paragraph({ children: [new TextRun("Nơi nhận:"), new TextRun({ text: "- Sở Nội vụ;", break: 1 })] }),
      new Paragraph({ children: [new TextRun({ children: ["Cột A", new Tab(), "Cột B & C <1>"] })] }),
      new Table({
        rows: [
          new TableRow({
            children: [new TableCell({ children: [new Paragraph("Chỉ tiêu")] }), new TableCell({ children: [new Paragraph("1.788")] })],
          }),
        ],
      }),
      new Paragraph(""),
      new Paragraph("Kết thúc."),
    ]);
    const text = await readDocxText(bytes);
    expect(text).toBe(
      [
        "Số: /BC-VPUBND",
        "Đồng Tháp, ngày 10 tháng 6 năm 2022",
        "Nơi nhận:",
        "- Sở Nội vụ;",
        "Cột A\tCột B & C <1>",
        "Chỉ tiêu",
        "1.788",
        "",
        "Kết thúc.",
      ].join("\n"),
    );
  });

  it("leaves out deleted text, field codes and tab stop definitions", () => {
    const xml =
      '<w:document><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>' +
      "<w:r><w:instrText> PAGE </w:instrText></w:r><w:ins><w:r><w:t>thêm&#x20;&amp;&#273;</w:t></w:r></w:ins></w:p></w:body></w:document>";
    expect(documentXmlToText(xml)).toBe("Giữ thêm &đ");
  });

  it("gives the checker the same findings as the report's plain text", async () => {
    expect(await sameFindingsAsPlainText(defectiveReport)).toBe(true);
  });

  it("fails as an Effect with a tagged error", async () => {
    const r = await Effect.runPromise(Effect.either(readDocxTextEffect(new Uint8Array([0]))));
    expect(Either.isLeft(r) && r.left._tag).toBe("DocxUnreadable");
  });

  it("rejects bytes that are not a Word document", async () => {
    await expect(readDocxText(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(DocxUnreadable);
    const zip = new JSZip();
    zip.file("hello.txt", "x");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readDocxText(bytes)).rejects.toMatchObject({ _tag: "DocxUnreadable", reason: "no-document" });
  });
});
