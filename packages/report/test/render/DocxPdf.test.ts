import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { renderDocx } from "../../src/render/Docx.js";
import { makePdfConverter, PdfConversionFailed, PdfConverterMissing } from "../../src/render/Pdf.js";
import { renderReport } from "../../src/render/Render.js";
import { seedInput } from "../fixtures/seedInput.js";

const onPath = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const office = ["soffice", "libreoffice"].find(onPath);
const ready = office !== undefined && onPath("pdftotext");

// CI sets CCHC_REQUIRE_PDF=1 after installing both tools: there a missing tool fails the run.
if (!ready && process.env.CCHC_REQUIRE_PDF === "1")
  throw new Error("CCHC_REQUIRE_PDF=1 nhưng thiếu soffice/libreoffice hoặc pdftotext trên PATH");
if (!ready) {
  console.warn(
    "Bỏ qua kiểm tra chuyển .docx sang PDF: không có soffice/libreoffice hoặc pdftotext trên PATH " +
      "(apt-get install -y libreoffice-writer-nogui poppler-utils).",
  );
}

describe.skipIf(!ready)("renderDocx through LibreOffice", () => {
  it("prints page 1 with the Quốc hiệu, the type and the summary line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-docx-"));
    try {
      const docx = join(dir, "bao-cao.docx");
      writeFileSync(docx, await renderDocx(assemble(seedInput).document));
      // A private profile directory, so a concurrent LibreOffice does not block the conversion.
      execFileSync(
        office ?? "soffice",
        [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
        {
          stdio: "ignore",
          timeout: 280_000,
        },
      );
      expect(readFileSync(join(dir, "bao-cao.pdf")).subarray(0, 4).toString()).toBe("%PDF");
      const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", join(dir, "bao-cao.pdf"), "-"])
        .toString()
        .normalize("NFC");
      const flat = page1.replace(/\s+/g, " ");
      expect(flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(flat).toContain("BÁO CÁO");
      expect(flat).toContain("Công tác cải cách hành chính 6 tháng đầu năm 2022");
      expect(flat).toContain("(số liệu tính từ 15/12/2021 đến 14/6/2022)");
      expect(flat).not.toMatch(/^\s*1\s*$/m);
      const page2 = execFileSync("pdftotext", ["-f", "2", "-l", "2", join(dir, "bao-cao.pdf"), "-"]).toString();
      expect(page2.trimStart().startsWith("2")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("the PDF converter", () => {
  it("rejects with PdfConverterMissing naming the package when LibreOffice is not installed", async () => {
    const converter = makePdfConverter({ office: null });
    const doc = assemble(seedInput).document;
    await expect(renderReport(doc, "pdf", converter)).rejects.toBeInstanceOf(PdfConverterMissing);
    await expect(renderReport(doc, "pdf", converter)).rejects.toMatchObject({ package: "libreoffice-writer-nogui" });
    expect(converter.runs()).toBe(0);
  });

  it("gives a conversion that does not finish in time a clear failure, and keeps no result of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-slow-office-"));
    try {
      // A stand-in for a LibreOffice that hangs.
      const slow = join(dir, "soffice");
      writeFileSync(slow, "#!/bin/sh\nsleep 30\n");
      chmodSync(slow, 0o755);
      const converter = makePdfConverter({ office: slow, timeoutMs: 300 });
      await expect(converter.convert(new Uint8Array([1]), "v1")).rejects.toMatchObject({
        _tag: "PdfConversionFailed",
        reason: "quá thời gian 0 giây",
      });
      await expect(converter.convert(new Uint8Array([1]), "v1")).rejects.toBeInstanceOf(PdfConversionFailed);
      expect(converter.runs()).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
