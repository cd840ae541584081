/**
 * Plans and tasks (/ke-hoach) in a real browser: a task's status and progress edited and kept
 * after a reload, and the tasks filtered by status.
 */
import { describe, expect, it } from "vitest";
import { desktopPerFile, phone, shoot } from "./support/Session.js";

const { pageAt } = desktopPerFile();

describe("Kế hoạch", () => {
  it("edits a task's status and progress, keeps them after a reload, and filters tasks by status", async () => {
    const page = await pageAt("/ke-hoach?unit=DT.VPUBND&period=2022-H1&lang=vi");
    await page.getByRole("heading", { level: 1, name: "Kế hoạch cải cách hành chính năm 2022" }).waitFor();
    await page.locator(".virtual-row").first().waitFor();
    // 2022-H1 has ended: overdue is judged on its last day, and the screen says so
    await page.getByText("Quá hạn tính đến 14/6/2022").waitFor();
    await page.waitForTimeout(500);
    await shoot(page, "plans-1280");
    const summary = page.locator(".summary-line");
    const shownCount = async () => Number(/^(\d+) nhiệm vụ/.exec((await summary.textContent()) ?? "")?.[1] ?? Number.NaN);
    const all = await shownCount();
    expect(all).toBeGreaterThan(1);
    // a task not started yet: start it at 20%
    const row = page.locator(".task", { has: page.locator(".task-meta", { hasText: "Chưa triển khai · 0%" }) }).first();
    const title = (await row.locator(".task-title").textContent()) ?? "";
    expect(title.length).toBeGreaterThan(0);
    const form = page.getByRole("form", { name: title, exact: true });
    await form.getByLabel("Trạng thái").selectOption("in-progress");
    await form.getByLabel("Tiến độ (%)").fill("20");
    await form.getByRole("button", { name: "Lưu" }).click();
    await form.getByText("Đã lưu.").waitFor();
    await page.reload();
    const edited = page.locator(".task", { has: page.locator(".task-title", { hasText: title }) });
    await edited.waitFor();
    expect(await edited.locator(".task-meta").textContent()).toContain("Đang thực hiện · 20%");
    expect(await page.getByRole("form", { name: title, exact: true }).getByLabel("Trạng thái").inputValue()).toBe("in-progress");
    expect(await page.getByRole("form", { name: title, exact: true }).getByLabel("Tiến độ (%)").inputValue()).toBe("20");
    // filtering by status keeps only tasks of that status; the edited task moved between them
    const filter = page.getByRole("search").getByLabel("Trạng thái");
    const statusesShown = () => page.locator(".virtual-row .task-meta").allTextContents();
    await filter.selectOption("not-started");
    await expect.poll(shownCount).toBeLessThan(all);
    const notStarted = await shownCount();
    expect(notStarted).toBeGreaterThan(0);
    expect((await statusesShown()).every((m) => m.includes("Chưa triển khai ·"))).toBe(true);
    expect(await page.locator(".task-title", { hasText: title }).count()).toBe(0);
    await filter.selectOption("in-progress");
    await expect.poll(async () => (await statusesShown()).every((m) => m.includes("Đang thực hiện ·"))).toBe(true);
    expect(await page.locator(".task-title", { hasText: title }).count()).toBe(1);
    expect(notStarted + (await shownCount())).toBeLessThanOrEqual(all);
    await filter.selectOption("");
    await expect.poll(shownCount).toBe(all);
    await phone(page);
    await shoot(page, "plans-360");
    await page.close();
  });
});
