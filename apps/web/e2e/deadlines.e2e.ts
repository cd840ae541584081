/**
 * "Hạn và nhắc việc" (/han) in a real browser, with the server's clock at 15/6/2022: bientap.vp
 * sees DT.VPUBND's 2022-H1 submission (due 16/6/2022, due soon) with a link back to the report,
 * creates a calendar link whose .ics parses and holds the deadline's UID, revokes it and the link
 * answers 401; the administrator edits the unit's reminder rules and sees the sending log.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appContext, base, chromiumPerFile, PASSWORD, shoot, shootDocsBothWidths, signIn } from "./support/Session.js";

const ADMIN_PASSWORD = process.env.CCHC_E2E_ADMIN_PASSWORD ?? "e2e-admin-password";
const H1 = "submission:DT.VPUBND:2022-H1";

const browser = chromiumPerFile();

const signInAt = async (context: BrowserContext, path: string, username: string, password: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
  await signIn(page, username, password);
  await page.getByRole("heading", { name: "Hạn và nhắc việc — DT.VPUBND" }).waitFor();
  return page;
};

/** The feed at the path and query of a subscription URL (the server's public address is not the test's). */
const feed = (url: string) => {
  const u = new URL(url);
  return fetch(`${base}${u.pathname}${u.search}`);
};

describe("deadlines and reminders screen", () => {
  it("shows bientap.vp the unit's deadlines and gives a calendar link that can be revoked", async () => {
    const context = await appContext(browser());
    const page = await signInAt(context, "/han?unit=DT.VPUBND&period=2022-H1", "bientap.vp", PASSWORD);
    const row = page.getByTestId(`deadline-${H1}`);
    await row.waitFor();
    expect(await row.textContent()).toContain("16/6/2022");
    const link = row.getByRole("link", { name: "Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022" });
    expect(await link.getAttribute("href")).toBe("/bao-cao?unit=DT.VPUBND&period=2022-H1");
    expect(await row.locator(".deadline-state").getAttribute("data-state")).toBe("due-soon");
    expect(await row.locator(".deadline-state").textContent()).toBe("Sắp đến hạn");
    expect(await page.getByText("Tình trạng tính đến ngày 15/6/2022.").count()).toBe(1);
    // an editor edits no rules and sees no sending log
    expect(await page.getByRole("button", { name: "Lưu quy tắc" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Nhật ký gửi thư nhắc việc" }).count()).toBe(0);
    await shoot(page, "deadlines-1280");
    await shootDocsBothWidths(page, "han", row);

    // the filter: from 1/7/2022 the 2022-H1 submission is gone, the quarter III one is there
    await page.getByLabel("Từ ngày").fill("1/7/2022");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await page.getByTestId("deadline-submission:DT.VPUBND:2022-Q3").waitFor();
    expect(await page.getByTestId(`deadline-${H1}`).count()).toBe(0);

    await page.getByRole("button", { name: "Tạo đường dẫn lịch" }).click();
    const urlBox = page.getByTestId("calendar-url");
    await urlBox.waitFor();
    const url = await urlBox.inputValue();
    expect(url).toMatch(/\/api\/v1\/units\/DT\.VPUBND\/calendar\.ics\?token=cchccal_/);
    const ics = await feed(url);
    expect(ics.status).toBe(200);
    const text = await ics.text();
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(text).toContain(`UID:${H1}@`);
    expect(text).toContain("END:VCALENDAR");

    const tokens = page.locator("[data-testid^=calendar-token-]");
    await tokens.first().waitFor();
    expect(await tokens.count()).toBe(1);
    await tokens.first().getByRole("button", { name: "Thu hồi" }).click();
    await tokens
      .first()
      .getByText(/đã thu hồi ngày/)
      .waitFor();
    expect((await feed(url)).status).toBe(401);
    await context.close();
  });

  it("lets the administrator edit the unit's reminder rules and see the sending log", async () => {
    const context = await appContext(browser());
    const page = await signInAt(context, "/han?unit=DT.VPUBND&period=2022-H1", "admin", ADMIN_PASSWORD);
    const rules = page.getByTestId("reminder-rules");
    await rules.getByText("Trước 5 ngày làm việc").waitFor();
    await page.getByText("Đơn vị dùng quy tắc mặc định.").waitFor();
    await page.getByLabel("Nhắc trước (số ngày làm việc, cách nhau bởi dấu phẩy)").fill("abc");
    await page.getByRole("button", { name: "Lưu quy tắc" }).click();
    await page.getByText("Số ngày làm việc phải là số nguyên từ 1 đến 60, cách nhau bởi dấu phẩy.").waitFor();
    await page.getByLabel("Nhắc trước (số ngày làm việc, cách nhau bởi dấu phẩy)").fill("3, 10");
    await page.getByLabel("Nhắc hằng tuần khi quá hạn, tối đa số tuần (0: không nhắc)").fill("4");
    await page.getByRole("button", { name: "Lưu quy tắc" }).click();
    await page.getByText("Đã lưu quy tắc nhắc việc.").waitFor();
    expect(await rules.textContent()).toBe(
      ["Trước 10 ngày làm việc", "Trước 3 ngày làm việc", "Đúng ngày hết hạn", "Hằng tuần khi quá hạn (tối đa 4 tuần)"].join(""),
    );
    // stored: the API answers the same rules
    const stored = await page.evaluate(async () => (await fetch("/api/v1/units/DT.VPUBND/reminder-rules")).json());
    expect(stored).toMatchObject({
      custom: true,
      rules: [
        { kind: "before", workingDays: 10 },
        { kind: "before", workingDays: 3 },
        { kind: "on-day" },
        { kind: "overdue-weekly", maxWeeks: 4 },
      ],
    });

    // the sending log: the test server has no SMTP server (in-app reminders only), so it is empty
    await page.getByRole("heading", { name: "Nhật ký gửi thư nhắc việc" }).waitFor();
    await page.getByText("Chưa gửi thư nào.").waitFor();
    await shoot(page, "deadlines-admin-1280");
    await context.close();
  });
});
