/**
 * The report (/bao-cao) in a real browser: the preview of DT.VPUBND for 2022-H1 with its figures
 * and the seed's defects among the warnings, the .docx and .xlsx downloads read back, and a new
 * user's few clicks from / to a downloaded report.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { docxText } from "./support/Docx.js";
import { appContext, base, desktopPerFile, PASSWORD, phone, results, shoot, signIn, USER } from "./support/Session.js";

const { browser, pageAt } = desktopPerFile();

describe("Báo cáo", () => {
  it("previews the report of DT.VPUBND for 2022-H1 with its figures and the seed's defects among the warnings", async () => {
    const page = await pageAt("/bao-cao?unit=DT.VPUBND&period=2022-H1&lang=vi");
    const frame = page.locator("iframe.report-frame");
    await frame.waitFor();
    const preview = frame.contentFrame();
    await preview.getByText("BÁO CÁO", { exact: false }).first().waitFor();
    const text = await preview.locator("body").textContent();
    // the province's dossiers received and the on-time rate, vi-VN style
    expect(text ?? "").toContain("335.445");
    expect(text ?? "").toContain("98,0%");
    // the warnings name the seed's defects: the inspection dated 2024 and the 49,5% that should be 49,4%
    const warnings = page.locator("section", { has: page.getByRole("heading", { name: "Cảnh báo khi lập báo cáo" }) });
    await warnings.locator("li").first().waitFor();
    const listed = await warnings.locator("li").allTextContents();
    expect(listed.some((w) => w.includes("28/4/2024") && w.includes("ngoài kỳ báo cáo"))).toBe(true);
    expect(listed.some((w) => w.includes("49,5%") && w.includes("49,4%"))).toBe(true);
    await shoot(page, "report-1280");
    await phone(page);
    await shoot(page, "report-360");
    await page.close();
  });

  it("downloads the report of DT.VPUBND for 2022-H1 as .docx and .xlsx that read back with its figures", async () => {
    const page = await pageAt("/bao-cao?unit=DT.VPUBND&period=2022-H1&lang=vi");
    await page.locator("iframe.report-frame").waitFor();
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải .docx (Word)" }).click()]);
    const docxPath = join(results, "report.docx");
    await docx.saveAs(docxPath);
    const words = await docxText(docxPath);
    expect(words).toContain("BÁO CÁO");
    expect(words).toContain("335.445");
    expect(words).toContain("98,0%");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải .xlsx (Excel)" }).click()]);
    const xlsxPath = join(results, "report.xlsx");
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    // the dossiers received are a number on the procedures sheet, not text
    const procedures = book.getWorksheet("Cải cách TTHC");
    expect(procedures).toBeDefined();
    const numbers: number[] = [];
    procedures?.eachRow((row) => row.eachCell((c) => (typeof c.value === "number" ? numbers.push(c.value) : undefined)));
    expect(numbers).toContain(335445);
    // rates are formulas over the figures, so the workbook recomputes them
    const formulas: string[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula && c.formula) formulas.push(`${sheet.name}!${c.address}: ${c.formula}`);
        }),
      );
    expect(formulas.some((f) => /\/.*\*\s*100/.test(f))).toBe(true);
    await page.close();
  });

  it("takes a new user from / to a downloaded report of DT.VPUBND for 2022-H1 in a few clicks", async () => {
    const fresh = await appContext(browser());
    const page = await fresh.newPage();
    await page.goto(`${base}/`);
    await signIn(page, USER, PASSWORD);
    // the app opens the current period; the demo report is of the first half of 2022
    const choosers = page.locator(".period-picker select");
    await choosers.nth(0).selectOption("2022");
    await choosers.nth(1).selectOption("2022-H1");
    await page
      .getByRole("navigation", { name: "Cây đơn vị" })
      .getByRole("button", { name: /^Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp/ })
      .click();
    await page.getByRole("link", { name: "Xem và tải báo cáo" }).click();
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải .docx (Word)" }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(page.url()).toContain("unit=DT.VPUBND");
    expect(page.url()).toContain("period=2022-H1");
    await fresh.close();
  });
});
