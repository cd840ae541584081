/**
 * "Kiểm tra báo cáo" (/kiem-tra) in a real browser: the seed's 49,5% finding highlighted in
 * pasted text and in an uploaded .docx.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docxOf } from "./support/Docx.js";
import { desktopPerFile, phone, seedPath, shoot } from "./support/Session.js";

const { pageAt } = desktopPerFile();

describe("Kiểm tra báo cáo", () => {
  it("highlights the 49,5% finding when the seed is pasted into “check a report”", async () => {
    const page = await pageAt("/kiem-tra?unit=DT.VPUBND&period=2022-H1&lang=vi");
    await page.getByLabel("Nội dung báo cáo").fill(readFileSync(seedPath, "utf8"));
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const mark = page.locator("mark", { hasText: "49,5%" }).first();
    await mark.waitFor();
    expect(await mark.getAttribute("data-length")).toBeTruthy();
    await shoot(page, "check-1280");
    await phone(page);
    await page.getByLabel("Nội dung báo cáo").fill(readFileSync(seedPath, "utf8"));
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.locator("mark", { hasText: "49,5%" }).first().waitFor();
    await shoot(page, "check-360");
    await page.close();
  });

  it("highlights the 49,5% finding in a .docx upload too", async () => {
    const page = await pageAt("/kiem-tra?unit=DT.VPUBND&period=2022-H1&lang=vi");
    await page.getByLabel("Hoặc chọn tệp .docx").setInputFiles({
      name: "bao-cao-6-thang-2022.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await docxOf(readFileSync(seedPath, "utf8")),
    });
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const mark = page.locator("mark", { hasText: "49,5%" }).first();
    await mark.waitFor();
    expect(await page.locator(".checked-text").textContent()).toContain("BÁO CÁO");
    await shoot(page, "check-docx-1280");
    await page.close();
  });
});
