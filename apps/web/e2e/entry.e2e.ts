/**
 * Data entry (/nhap-lieu) in a real browser: a rule's message beside a value that breaks it, a
 * saved value kept after a reload with its history, and the conflict the second of two tabs gets.
 */
import { describe, expect, it } from "vitest";
import { desktopPerFile, phone, shoot, USER } from "./support/Session.js";

const { pageAt } = desktopPerFile();

describe("Nhập liệu", () => {
  it("shows a rule's message when a value breaks it", async () => {
    const page = await pageAt("/nhap-lieu?unit=DT&period=2022-H1&lang=vi");
    const online = page.getByLabel("Số hồ sơ mới tiếp nhận trong kỳ: trực tuyến", { exact: false }).first();
    await online.waitFor();
    await online.fill("1");
    const group = page.locator("fieldset#tthc\\.hoso\\.tiepnhanmoi");
    await group.locator(".rule-messages li").first().waitFor();
    expect(await online.getAttribute("aria-invalid")).toBe("true");
    await shoot(page, "entry-1280");
    // leaving with unsaved changes asks first (beforeunload): accept to reload at phone width
    let asked = false;
    page.on("dialog", (d) => {
      asked = true;
      void d.accept();
    });
    await phone(page);
    expect(asked).toBe(true);
    await page.getByLabel("Số hồ sơ mới tiếp nhận trong kỳ: trực tuyến", { exact: false }).first().waitFor();
    await shoot(page, "entry-360");
    await page.close({ runBeforeUnload: false });
  });

  it("saves a value that is kept after a reload", async () => {
    const page = await pageAt("/nhap-lieu?unit=DT&period=2022-H1&lang=vi");
    const field = page.getByLabel("Tổng số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận: Tổng").first();
    await field.waitFor();
    await field.fill("138");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Đã lưu 1 giá trị.").waitFor();
    await page.reload();
    await page.getByLabel("Tổng số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận: Tổng").first().waitFor();
    expect(await page.getByLabel("Tổng số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận: Tổng").first().inputValue()).toBe("138");
    // the value's history, opened from the keyboard, shows the change and who made it
    const group = page.locator("fieldset#tthc\\.pakn\\.tiepnhan");
    const history = group.getByRole("button", { name: /^Lịch sử/ });
    await history.focus();
    await page.keyboard.press("Enter");
    const panel = group.getByRole("region", { name: /^Lịch sử thay đổi/ });
    await panel.waitFor();
    const newest = panel.getByRole("listitem").first();
    await newest.waitFor();
    expect(await newest.locator(".history-old").textContent()).toBe("137");
    expect(await newest.locator(".history-new").textContent()).toBe("138");
    expect(await newest.locator(".history-by").textContent()).toBe(USER);
    expect(await newest.locator("time").textContent()).toMatch(/^\d{2}:\d{2} \d{1,2}\/\d{1,2}\/20\d{2}$/);
    await shoot(page, "entry-history-1280");
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await history.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it("gives the second of two tabs editing the same value the conflict", async () => {
    const a = await pageAt("/nhap-lieu?unit=DT&period=2022-H1&lang=vi");
    const b = await pageAt("/nhap-lieu?unit=DT&period=2022-H1&lang=vi");
    const label = "Số phản ánh, kiến nghị đã giải quyết xong: Tổng";
    await a.getByLabel(label).first().waitFor();
    await b.getByLabel(label).first().waitFor();
    await a.getByLabel(label).first().fill("136");
    await a.getByRole("button", { name: "Lưu", exact: true }).click();
    await a.getByText("Đã lưu 1 giá trị.").waitFor();
    await b.getByLabel(label).first().fill("134");
    await b.getByRole("button", { name: "Lưu", exact: true }).click();
    const dialog = b.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await b.getByTestId("conflict-mine").textContent()).toBe("134");
    expect(await b.getByTestId("conflict-theirs").textContent()).toBe("136");
    await shoot(b, "conflict-1280");
    await b.getByRole("button", { name: "Dùng giá trị trên máy chủ" }).click();
    expect(await b.getByLabel(label).first().inputValue()).toBe("136");
    await a.close();
    await b.close();
  });
});
