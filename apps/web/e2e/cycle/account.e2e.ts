/**
 * "Tài khoản": a person sees their roles, creates an API token whose secret is shown once and
 * works as a bearer token, then revokes it; a wrong current password is refused beside the form.
 */
import { request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPerFile, shootDocs, signedInAs } from "../support/Session.js";

const browser = chromiumPerFile();

describe("the account screen", () => {
  it("shows the roles, creates a working API token shown once, revokes it, refuses a wrong password", async () => {
    const { context, page } = await signedInAs(browser(), "xem.vp", "/tai-khoan?unit=DT.VPUBND&period=2022-H1&lang=vi");
    expect(await page.locator("main h1").textContent()).toBe("Tài khoản của tôi");
    expect(await page.locator("main").textContent()).toContain("Xem — DT.VPUBND");
    await page.getByLabel("Tên gợi nhớ").fill("máy tính cá nhân");
    await page.getByRole("button", { name: "Tạo mã" }).click();
    const secret = page.locator(".token-secret");
    await secret.waitFor();
    const token = (await secret.textContent()) ?? "";
    expect(token).toMatch(/^cchc_/);
    // a request context without the session's cookie: only the token speaks
    const bare = await request.newContext();
    const meUrl = `${new URL(page.url()).origin}/api/v1/auth/me`;
    expect((await bare.get(meUrl, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
    await page.setViewportSize({ width: 1280, height: 900 });
    await shootDocs(page, "screen-account-1280");
    await page.setViewportSize({ width: 360, height: 800 });
    await shootDocs(page, "screen-account-360");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: /^Thu hồi máy tính cá nhân/ }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Thu hồi máy tính cá nhân/ }).count()).toBe(0);
    expect((await bare.get(meUrl, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
    await bare.dispose();

    await page.getByLabel("Mật khẩu hiện tại").fill("không-đúng-mật-khẩu");
    await page.getByLabel("Mật khẩu mới (ít nhất 10 ký tự)").fill("mat-khau-moi-2022");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-2022");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.getByText("Mật khẩu hiện tại không đúng.").waitFor();
    await context.close();
  });
});
