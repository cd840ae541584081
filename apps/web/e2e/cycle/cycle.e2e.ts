/**
 * The whole reporting cycle in the browser, as the seed's office would run it in June 2022 (the
 * server's clock starts on 15/6/2022, see scripts/e2e.mjs): the editor of Văn phòng UBND tỉnh fixes
 * the seed's two errors — the inspection dated 2024 and the stated 49,5 % — in the web app and
 * submits; the office's approver returns it with a reason; the editor resubmits; the approver
 * approves; the editor then sees the lock and no inputs; the province's approver sees the office
 * as submitted on time and consolidates the province. Assertions are on the workflow, not on the
 * report's wording. Screenshots of every screen at 1280 and 360 px go to docs/screenshots/.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPerFile, shootDocs, signedInAs } from "../support/Session.js";

const Q = "unit=DT.VPUBND&period=2022-H1&lang=vi";
const browser = chromiumPerFile();

/** The report's state as the workflow screen shows it. */
const stateOf = async (page: Page) => {
  const badge = page.locator(".wf-status [data-state]");
  await badge.waitFor();
  return badge.getAttribute("data-state");
};

/** Screenshots of the page at 1280 and 360 px, then back to 1280. */
const both = async (page: Page, name: string) => {
  await page.waitForLoadState("networkidle");
  await shootDocs(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await shootDocs(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
};

describe("the reporting cycle of DT.VPUBND for 2022-H1", () => {
  it("editor fixes the seed's two errors and submits; approver returns; editor resubmits; approver approves; the province consolidates", async () => {
    const editor = await signedInAs(browser(), "bientap.vp", `/quy-trinh?${Q}`);
    const e = editor.page;
    expect(await e.locator("main h1").textContent()).toBe("Gửi và phê duyệt báo cáo");
    expect(await stateOf(e)).toBe("draft");
    const findings = e.locator(".panel-findings .finding-error");
    await expect.poll(() => findings.count()).toBeGreaterThanOrEqual(2);
    await both(e, "workflow");

    // 1. the inspection dated 2024: its finding links to the record, opened for editing
    await e.locator(".finding-error", { hasText: "2024" }).getByRole("link", { name: "Sửa cuộc kiểm tra" }).click();
    await e.waitForURL(/\/hoat-dong\?/);
    const form = e.locator(".record-form").first();
    await form.waitFor();
    const day = form.getByLabel(/Ngày kiểm tra/);
    expect(await day.inputValue()).toBe("28/4/2024");
    await day.fill("28/4/2022");
    await day.press("Tab");
    expect(await form.getByLabel("Ngày như báo cáo ghi").inputValue()).toBe("Ngày 28 tháng 4 năm 2022");
    await form.getByRole("button", { name: "Lưu" }).click();
    await e.getByText("Đã lưu.").waitFor();
    // the inspection is no longer shown as dated outside the period
    expect(await e.locator('[id^="inspection-"] .field-error').count()).toBe(0);
    await both(e, "activities");

    // 2. the stated 49,5 %: "dùng số tính được" in the finding
    await e.goto(e.url().replace(/\/hoat-dong\?[^#]*(#.*)?$/, `/quy-trinh?${Q}`));
    const claim = e.locator(".finding-error", { hasText: "49,5%" });
    await claim.getByRole("button", { name: /Dùng số tính được/ }).click();
    await expect.poll(() => e.locator(".panel-findings .finding-error").count(), { timeout: 15_000 }).toBe(0);

    // 3. submit (warnings, if any, are explained in the comment)
    await e.getByLabel(/Ghi chú giải trình/).fill("Đã sửa ngày kiểm tra và tỷ lệ kinh phí theo số liệu.");
    await e.getByRole("button", { name: "Gửi báo cáo để phê duyệt" }).click();
    await e.getByText(/Đã gửi báo cáo \(đúng hạn\)/).waitFor();
    expect(await stateOf(e)).toBe("submitted");
    // once submitted, the editor has no workflow command left
    expect(await e.getByRole("button", { name: "Gửi báo cáo để phê duyệt" }).count()).toBe(0);

    // 4. the office's approver returns it with a reason and the part to fix
    const approver = await signedInAs(browser(), "pheduyet.vp", `/quy-trinh?${Q}`);
    const a = approver.page;
    expect(await stateOf(a)).toBe("submitted");
    expect(await a.getByRole("button", { name: "Gửi báo cáo để phê duyệt" }).count()).toBe(0);
    await a.getByLabel("Lý do").fill("Bổ sung thuyết minh phần tài chính công.");
    await a.getByRole("checkbox", { name: /tài chính công/i }).check();
    await both(a, "workflow-approver");
    await a.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await a.getByText("Đã trả lại báo cáo.").waitFor();
    expect(await stateOf(a)).toBe("returned");

    // 5. the editor sees the reason, fixes and resubmits
    await e.reload();
    expect(await stateOf(e)).toBe("returned");
    expect(await e.locator(".wf-history tr[data-command=return]").textContent()).toContain("Bổ sung thuyết minh phần tài chính công.");
    await e.getByLabel(/Ghi chú giải trình/).fill("Đã bổ sung theo yêu cầu.");
    await e.getByRole("button", { name: "Gửi báo cáo để phê duyệt" }).click();
    await e.getByText(/Đã gửi báo cáo/).waitFor();
    expect(await stateOf(e)).toBe("submitted");

    // 6. the approver approves
    await a.reload();
    await a.getByRole("button", { name: "Phê duyệt báo cáo" }).click();
    await a
      .getByText(/Đã phê duyệt/)
      .first()
      .waitFor();
    expect(await stateOf(a)).toBe("approved");

    // 7. the editor sees the lock banner and no inputs, no save
    await e.goto(e.url().replace(/\/quy-trinh\?.*$/, `/nhap-lieu?${Q}`));
    const banner = e.locator('[data-lock="locked"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Kỳ đã được phê duyệt ngày \d{1,2}\/\d{1,2}\/2022 bởi pheduyet\.vp/);
    await e.locator(".entry-form").waitFor();
    expect(await e.locator(".entry-form input").count()).toBe(0);
    expect(await e.locator("main .claims input").count()).toBe(0);
    expect(await e.getByRole("button", { name: "Lưu", exact: true }).count()).toBe(0);
    await both(e, "entry-locked");

    // 8. the province's approver: the office submitted on time; consolidate the province
    const province = await signedInAs(browser(), "pheduyet.dt", "/quy-trinh?unit=DT&period=2022-H1&lang=vi");
    const p = province.page;
    const row = p.locator('tr[data-unit="DT.VPUBND"]');
    await row.waitFor();
    expect(await row.locator("[data-state]").getAttribute("data-state")).toBe("approved");
    expect(await row.locator("[data-timeliness]").getAttribute("data-timeliness")).toBe("on-time");
    // a unit created after the period (Phường Cao Lãnh, 1/7/2025) is neither missing nor overdue
    expect(await p.locator('tr[data-unit="DT.PCAOLANH"]').count()).toBe(0);
    await p.getByRole("button", { name: "Tổng hợp từ đơn vị trực thuộc" }).click();
    const done = p.getByText(/^Đã tổng hợp \d+ số liệu từ: .*DT\.VPUBND/);
    await done.waitFor();
    await both(p, "workflow-province");

    for (const c of [editor, approver, province]) await c.context.close();
  });

  it("shows every screen with its title as the main heading, at 1280 and 360 px", async () => {
    const { context, page } = await signedInAs(browser(), "bientap.vp", `/?${Q}`);
    const screens: ReadonlyArray<readonly [string, string]> = [
      ["/", "dashboard"],
      ["/nhap-lieu", "entry"],
      ["/ke-hoach", "plans"],
      ["/van-ban", "documents"],
      ["/bao-cao", "report"],
      ["/kiem-tra", "check"],
      ["/quy-trinh", "workflow-editor"],
      ["/hoat-dong", "activities-locked"],
      ["/khong-co-trang-nay", "not-found"],
    ];
    for (const [path, name] of screens) {
      await page.goto(`${page.url().split("/").slice(0, 3).join("/")}${path}?${Q}`);
      const h1 = page.locator("main h1");
      await h1.waitFor();
      expect((await h1.textContent())?.trim().length, path).toBeGreaterThan(0);
      await both(page, `screen-${name}`);
    }
    expect(await page.locator("main h1").textContent()).toBe("Không tìm thấy trang");
    await context.close();
  });
});
