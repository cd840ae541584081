/**
 * The report as PDF (`?format=pdf`, LibreOffice headless) and as .docx, read back for the Office
 * (DT.VPUBND) and the province (DT): the header lines, and every figure and date of the appendix
 * on one line of the PDF's text (no number split by a narrow column). CI sets CCHC_REQUIRE_PDF=1
 * after installing LibreOffice and poppler-utils: there a missing tool fails the run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocxText } from "@cchc/report/docx-text/ReadDocxText";
import { PdfConverterMissing, pdfConverter } from "@cchc/report/render/Pdf";
import { describe, expect, it } from "vitest";
import { toHttpFailure } from "../../src/http/errors.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const onPath = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const ready = ["soffice", "libreoffice"].some(onPath) && onPath("pdftotext");
if (!ready && process.env.CCHC_REQUIRE_PDF === "1")
  throw new Error("CCHC_REQUIRE_PDF=1 nhưng thiếu soffice/libreoffice hoặc pdftotext trên PATH");

const pdfText = (bytes: Uint8Array): string => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-pdf-test-"));
  try {
    writeFileSync(join(dir, "r.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "r.pdf"), "-"])
      .toString()
      .normalize("NFC");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The cells of the appendix that must never wrap: numbers, amounts, rates, dates. */
const unbreakable = (doc: any): ReadonlyArray<string> => {
  const cells: Array<string> = [];
  const walk = (sections: ReadonlyArray<any>): void => {
    for (const s of sections) {
      for (const b of s.blocks)
        if (b.kind === "table")
          b.columns.forEach((c: any, i: number) => {
            if (c.nowrap === true && c.header !== "STT") for (const r of b.rows) if (r[i]) cells.push(r[i]);
          });
      walk(s.children);
    }
  };
  walk(doc.appendix);
  return [...new Set(cells)];
};

it("answers a missing LibreOffice with 503 PDF_CONVERTER_MISSING naming the package", () => {
  const failure = toHttpFailure(new PdfConverterMissing({ package: "libreoffice-writer-nogui" }));
  expect(failure?.status).toBe(503);
  expect(failure?.code).toBe("PDF_CONVERTER_MISSING");
  expect(failure?.message).toContain("libreoffice-writer-nogui");
});

describe.each(databases())("the report as .docx and PDF on $name", (db) => {
  const testApp = useTestApp(db);
  const get = (path: string) => testApp().app.request(`/api/v1/reports/${path}`);

  it.each(["DT.VPUBND", "DT"])("reads back the .docx of %s", async (unit) => {
    const res = await get(`${unit}/2022-H1?format=docx&date=2022-06-10`);
    expect(res.status).toBe(200);
    const text = await readDocxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("335.445");
    expect(text).not.toContain("[chưa có");
    if (unit === "DT") expect(text).toMatch(/ỦY BAN NHÂN DÂN\s*\n\s*TỈNH ĐỒNG THÁP/u);
  });

  it.skipIf(!ready).each(["DT.VPUBND", "DT"])(
    "prints %s as PDF: the header, and every figure and date of the appendix on one line",
    async (unit) => {
      const doc = (await json(await get(`${unit}/2022-H1?format=json&date=2022-06-10`))).document;
      const res = await get(`${unit}/2022-H1?format=pdf&date=2022-06-10`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toContain(`filename="bao-cao-cchc-${unit}-2022-H1.pdf"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("%PDF");
      const text = pdfText(bytes);
      const lines = text.split("\n");
      expect(lines.some((l) => l.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe(true);
      expect(lines.some((l) => l.includes("Độc lập - Tự do - Hạnh phúc"))).toBe(true);
      if (unit === "DT") {
        expect(lines.some((l) => /ỦY BAN NHÂN DÂN\s{2,}CỘNG HÒA/u.test(l))).toBe(true);
        expect(lines.some((l) => l.trim().startsWith("TỈNH ĐỒNG THÁP"))).toBe(true);
      } else {
        expect(text).toContain("+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng.");
      }
      const cells = unbreakable(doc);
      expect(cells.length).toBeGreaterThan(10);
      const split = cells.filter((c) => !lines.some((l) => l.includes(c)));
      expect(split).toEqual([]);
      // The same data converts once: a second request is answered from the cache.
      const runs = pdfConverter.runs();
      const again = await get(`${unit}/2022-H1?format=pdf&date=2022-06-10`);
      expect(again.status).toBe(200);
      expect(pdfConverter.runs()).toBe(runs);
    },
    300_000,
  );
});
