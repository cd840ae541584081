import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { asciiFileName, contentDisposition, vietnameseFileName } from "../../src/render/FileName.js";
import { renderReport } from "../../src/render/Render.js";
import { seedInput } from "../fixtures/seedInput.js";

describe("file names", () => {
  it("gives an ASCII-safe name and the Vietnamese one in filename*", () => {
    expect(asciiFileName("DT.VPUBND", "2022-H1", "docx")).toBe("bao-cao-cchc-DT.VPUBND-2022-H1.docx");
    const meta = assemble(seedInput).document.meta;
    expect(vietnameseFileName(meta.title, "docx")).toBe("Báo cáo CCHC Văn phòng Ủy ban nhân dân Tỉnh 6 tháng đầu năm 2022.docx");
    const cd = contentDisposition(meta, "docx");
    expect(cd.startsWith("attachment; filename=\"bao-cao-cchc-DT.VPUBND-2022-H1.docx\"; filename*=UTF-8''")).toBe(true);
    const encoded = cd.split("filename*=UTF-8''")[1] ?? "";
    expect(encoded).toMatch(/^[A-Za-z0-9%._\-~]+$/);
    expect(decodeURIComponent(encoded)).toBe("Báo cáo CCHC Văn phòng Ủy ban nhân dân Tỉnh 6 tháng đầu năm 2022.docx");
  });

  it("renders every format with its content type", async () => {
    const doc = assemble(seedInput).document;
    const md = await renderReport(doc, "md");
    expect(md.contentType).toBe("text/markdown; charset=utf-8");
    expect(typeof md.body).toBe("string");
    const x = await renderReport(doc, "xlsx");
    expect(x.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(x.fileName).toBe("bao-cao-cchc-DT.VPUBND-2022-H1.xlsx");
    expect((x.body as Uint8Array).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
