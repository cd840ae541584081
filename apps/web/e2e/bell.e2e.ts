/**
 * The notification bell in a real browser: after a reminder run as of 16/6/2022 (by the
 * administrator, through the API), bientap.vp sees the unread count on the bell, opens the panel
 * with the 2022-H1 submission due that day, marks everything read and finds the reminder settings.
 */
import { describe, expect, it } from "vitest";
import { base, desktopPerFile, PASSWORD, shoot, signIn } from "./support/Session.js";

const ADMIN_PASSWORD = process.env.CCHC_E2E_ADMIN_PASSWORD ?? "e2e-admin-password";

const { context } = desktopPerFile();

/** Signs in through the API and returns the headers of a cookie session. */
const apiSession = async (username: string, password: string): Promise<Record<string, string>> => {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string, "x-csrf-token": body.csrfToken };
};

describe("notification bell", () => {
  it("shows bientap.vp's unread reminders, opens them and marks them read", async () => {
    const admin = await apiSession("admin", ADMIN_PASSWORD);
    const run = await fetch(`${base}/api/v1/reminders/run`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({ asOf: "2022-06-16" }),
    });
    expect(run.status).toBe(200);
    const vp = await apiSession("bientap.vp", PASSWORD);
    const mine = (await (await fetch(`${base}/api/v1/notifications`, { headers: vp })).json()) as { unread: number };
    expect(mine.unread).toBeGreaterThan(0);

    const page = await context().newPage();
    await page.goto(`${base}/?unit=DT.VPUBND&period=2022-H1`);
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    await signIn(page, "bientap.vp", PASSWORD);
    const bell = page.getByRole("button", { name: `Thông báo, ${mine.unread} chưa đọc` });
    await bell.waitFor();
    expect(await page.getByTestId("bell-count").textContent()).toBe(String(mine.unread));

    await bell.click();
    const panel = page.getByRole("region", { name: "Thông báo" });
    await panel.waitFor();
    const submission = panel.getByRole("link", { name: "Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022" });
    await submission.waitFor();
    expect(await submission.getAttribute("href")).toBe("/bao-cao?unit=DT.VPUBND&period=2022-H1");
    expect(await panel.textContent()).toContain("Hạn 16/6/2022");
    await shoot(page, "notification-bell-1280");

    await panel.getByRole("button", { name: "Đánh dấu đã đọc tất cả" }).click();
    await page.getByRole("button", { name: "Thông báo, không có thông báo chưa đọc" }).waitFor();
    expect(await page.getByTestId("bell-count").count()).toBe(0);
    const after = (await (await fetch(`${base}/api/v1/notifications`, { headers: vp })).json()) as { unread: number };
    expect(after.unread).toBe(0);

    await panel.getByRole("button", { name: "Cài đặt nhắc việc" }).click();
    const email = panel.getByLabel("Địa chỉ thư điện tử");
    await email.waitFor();
    expect(await email.inputValue()).toBe("bientap.vp@dongthap.example");
    await page.close();
  });
});
