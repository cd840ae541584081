/**
 * The document register (/van-ban) in a real browser: a malformed reference refused next to its
 * field, a valid one added and kept, and the search by number/symbol; a document corrected from
 * its reference sentence; a document a task cites as evidence kept with the reason, one no task
 * cites removed.
 */
import { describe, expect, it } from "vitest";
import { desktopPerFile, phone, shoot } from "./support/Session.js";

const { pageAt } = desktopPerFile();

describe("Sổ văn bản", () => {
  it("adds a document with a valid reference, refuses a malformed one next to the field, and searches by number/symbol", async () => {
    const page = await pageAt("/van-ban?unit=DT.VPUBND&period=2022-H1&lang=vi");
    await page.getByRole("heading", { name: "Sổ văn bản" }).waitFor();
    const numbers = page.locator("table.doc-table tbody tr td:first-child");
    await numbers.first().waitFor();
    const before = await numbers.allTextContents();
    expect(before).toContain("19/KH-VPUBND");
    // a number/symbol the demo data does not hold
    expect(before).not.toContain("123/KH-UBND");
    const reference = page.getByLabel("Trích dẫn đầy đủ");
    const add = page.getByRole("button", { name: "Thêm văn bản" });
    // malformed: the number has no symbol after "/"
    await reference.fill("Kế hoạch số 123 ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân Tỉnh về kiểm tra công tác cải cách hành chính");
    const error = page.locator("#doc-ref-error");
    await expect.poll(() => error.textContent()).toBe("Thiếu ký hiệu văn bản sau dấu “/” (ví dụ: 19/KH-VPUBND).");
    expect(await reference.getAttribute("aria-invalid")).toBe("true");
    expect(await reference.getAttribute("aria-describedby")).toContain("doc-ref-error");
    expect(await add.isDisabled()).toBe(true);
    // even a submit forced past the disabled button sends nothing
    await page.locator("form", { has: reference }).evaluate((f: HTMLFormElement) => f.requestSubmit());
    await page.waitForTimeout(500);
    await shoot(page, "documents-invalid-1280");
    await page.reload();
    await numbers.first().waitFor();
    expect(await numbers.allTextContents()).toEqual(before);
    // a valid reference is read, saved and listed
    await reference.fill(
      "Kế hoạch số 123/KH-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân Tỉnh về kiểm tra công tác cải cách hành chính năm 2022",
    );
    await expect.poll(() => error.textContent()).toBe("");
    expect(await page.getByRole("definition").filter({ hasText: "123/KH-UBND" }).count()).toBe(1);
    await add.click();
    await page.getByText("Đã vào sổ văn bản 123/KH-UBND.").waitFor();
    await expect.poll(() => numbers.allTextContents()).toContain("123/KH-UBND");
    expect((await numbers.allTextContents()).length).toBe(before.length + 1);
    // kept on the server: a fresh page lists it too
    await page.reload();
    await numbers.first().waitFor();
    expect(await numbers.allTextContents()).toContain("123/KH-UBND");
    // searching by number/symbol narrows the list to it
    const search = page.getByRole("search");
    await search.getByLabel("Số, ký hiệu, cơ quan hoặc trích yếu").fill("123/KH-UBND");
    await search.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect.poll(() => numbers.allTextContents()).toEqual(["123/KH-UBND"]);
    await search.getByLabel("Số, ký hiệu, cơ quan hoặc trích yếu").fill("19/KH-VPUBND");
    await search.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect.poll(() => numbers.allTextContents()).toContain("19/KH-VPUBND");
    const found = await numbers.allTextContents();
    expect(found).not.toContain("123/KH-UBND");
    expect(found.length).toBeLessThan(before.length);
    await shoot(page, "documents-1280");
    await phone(page);
    await shoot(page, "documents-360");
    await page.close();
  });

  it("corrects a document's summary from its reference sentence, kept on the server", async () => {
    const page = await pageAt("/van-ban?unit=DT.VPUBND&period=2022-H1&lang=vi");
    const numbers = page.locator("table.doc-table tbody tr td:first-child");
    await numbers.first().waitFor();
    await page.getByRole("button", { name: "Sửa văn bản 123/KH-UBND" }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Sửa văn bản 123/KH-UBND" }) });
    const reference = form.getByLabel("Trích dẫn đầy đủ");
    expect(await reference.inputValue()).toContain("Kế hoạch số 123/KH-UBND ngày 15 tháng 3 năm 2022");
    await reference.fill(
      "Kế hoạch số 123/KH-UBND ngày 15 tháng 3 năm 2022 của Ủy ban nhân dân Tỉnh về kiểm tra công tác cải cách hành chính năm 2022 tại cấp xã",
    );
    await form.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Đã sửa văn bản 123/KH-UBND.").waitFor();
    const row = page.locator("table.doc-table tbody tr", { hasText: "123/KH-UBND" });
    await expect.poll(() => row.textContent()).toContain("tại cấp xã");
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).toContain("kiểm tra công tác cải cách hành chính năm 2022 tại cấp xã");
    await page.close();
  });

  it("keeps a document a task cites as evidence, saying which task, and removes one no task cites", async () => {
    const page = await pageAt("/van-ban?unit=DT.VPUBND&period=2022-H1&lang=vi");
    const numbers = page.locator("table.doc-table tbody tr td:first-child");
    await numbers.first().waitFor();
    // the test above registered 123/KH-UBND; the demo plan's self-inspection task cites 20/KH-VPUBND
    expect(await numbers.allTextContents()).toEqual(expect.arrayContaining(["123/KH-UBND", "20/KH-VPUBND"]));
    const questions: string[] = [];
    page.on("dialog", (d) => {
      questions.push(d.message());
      void d.accept();
    });
    await page.getByRole("button", { name: "Xóa văn bản 20/KH-VPUBND khỏi sổ" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "đang là minh chứng của nhiệm vụ «Tự kiểm tra công tác cải cách hành chính tại các phòng, ban, trung tâm trực thuộc»",
    );
    expect(questions).toEqual(["Xóa văn bản 20/KH-VPUBND khỏi sổ? Kế hoạch, cuộc kiểm tra, hoạt động trỏ tới văn bản sẽ mất liên kết."]);
    await shoot(page, "documents-in-use-1280");
    await page.getByRole("button", { name: "Xóa văn bản 123/KH-UBND khỏi sổ" }).click();
    await page.getByText("Đã xóa văn bản 123/KH-UBND khỏi sổ.").waitFor();
    await expect.poll(() => numbers.allTextContents()).not.toContain("123/KH-UBND");
    expect(await alert.count()).toBe(0);
    // removed on the server, the cited one kept: a fresh page agrees
    await page.reload();
    await numbers.first().waitFor();
    const after = await numbers.allTextContents();
    expect(after).toContain("20/KH-VPUBND");
    expect(after).not.toContain("123/KH-UBND");
    await page.close();
  });
});
