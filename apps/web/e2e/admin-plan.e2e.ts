/**
 * Plan creation and user administration in a real browser. The Office's administrator
 * (quantri.vp) creates the 2022 plan of a division that has none (instead of PLAN_NOT_FOUND),
 * adds a task whose lead unit is chosen by its name and edits its progress; then on /quan-tri
 * creates a user, grants it the editor role on a unit, resets its password to a one-time one
 * (the user must change it at sign-in), and disables it: the user's open page is signed out and
 * the user can no longer sign in.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appContext, base, chromiumPerFile, shoot, shootDocs, signedInAs, signIn } from "./support/Session.js";

const browser = chromiumPerFile();

/** Screenshots of the page for docs/screenshots at 1280 and 360 px, from its top. */
const both = async (page: Page, name: string) => {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shootDocs(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await shootDocs(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
};

/** Signs in on a fresh profile with a username and password; the page after the click. */
const signInWith = async (username: string, password: string): Promise<Page> => {
  const context = await appContext(browser());
  const page = await context.newPage();
  await page.goto(`${base}/?unit=DT.VPUBND&period=2022-H1`);
  await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
  await signIn(page, username, password);
  return page;
};

describe("Kế hoạch: creating the year's plan and its tasks", () => {
  it("creates the plan of a division without one, adds a task with the lead unit chosen by name, and edits its progress", async () => {
    const { page } = await signedInAs(browser(), "quantri.vp", "/ke-hoach?unit=DT.VPUBND.HCQT&period=2022-H1");
    const create = page.getByRole("region", { name: "Tạo kế hoạch CCHC năm 2022" });
    await create.waitFor();
    expect(await page.getByText("PLAN_NOT_FOUND").count()).toBe(0);
    await both(page, "screen-plan-create");
    await create.getByLabel(/Số, ký hiệu văn bản/).fill("05/KH-HCQT");
    await create.getByLabel(/Ngày ban hành/).fill("10/01/2022");
    await create.getByLabel("Tên kế hoạch").fill("Kế hoạch cải cách hành chính năm 2022 của Phòng Hành chính - Quản trị");
    await create.getByRole("button", { name: "Tạo kế hoạch" }).click();
    await page.getByRole("heading", { name: "Kế hoạch cải cách hành chính năm 2022 của Phòng Hành chính - Quản trị" }).waitFor();
    // the plan's document was registered and is cited
    await page.getByText(/Kế hoạch số 05\/KH-HCQT/).waitFor();

    const add = page.getByRole("form", { name: "Thêm nhiệm vụ" });
    await add.getByLabel("Tên nhiệm vụ").fill("Rà soát quy trình nội bộ");
    await add.getByLabel("Đơn vị chủ trì").selectOption({ label: "Phòng Hành chính - Quản trị" });
    await add.getByLabel(/Thời hạn/).fill("30/09/2022");
    await add.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    const row = page.getByRole("form", { name: "Rà soát quy trình nội bộ" });
    await row.waitFor();
    // the lead unit is shown by its name, not its code
    await page.getByText("Đơn vị chủ trì: Phòng Hành chính - Quản trị").waitFor();
    expect(await page.getByText("Đơn vị chủ trì: DT.VPUBND.HCQT").count()).toBe(0);

    await row.getByLabel("Trạng thái").selectOption("in-progress");
    await row.getByLabel("Tiến độ (%)").fill("40");
    await row.getByRole("button", { name: "Lưu" }).click();
    await row.getByText("Đã lưu.").waitFor();
    await page.getByText("Đang thực hiện · 40%").waitFor();
    // after a reload the saved progress is what the server holds
    await page.reload();
    await page.getByText("Đang thực hiện · 40%").waitFor();
    await shoot(page, "admin-plan-ke-hoach");
    await both(page, "screen-plan-tasks");
    await page.context().close();
  });
});

describe("Quản trị: users, roles, one-time passwords, disabling", () => {
  it("creates a user, grants editor on a unit, resets to a one-time password that forces a change, then disables the account", async () => {
    const { page: admin } = await signedInAs(browser(), "quantri.vp", "/quan-tri?unit=DT.VPUBND&period=2022-H1");
    admin.on("dialog", (d) => void d.accept());
    await admin.getByRole("heading", { name: "Quản trị người dùng", level: 1 }).waitFor();
    // the menu offers the screen to administrators
    await admin.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Quản trị", exact: true }).waitFor();

    const create = admin.getByRole("form", { name: "Tạo người dùng" });
    await create.getByLabel("Tên đăng nhập").fill("moi.vp");
    await create.getByLabel("Họ tên").fill("Người dùng mới");
    await create.getByLabel("Vai trò").selectOption("viewer");
    await create.getByLabel("Đơn vị").selectOption({ label: "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp" });
    await create.getByRole("button", { name: "Tạo người dùng" }).click();
    const firstPassword = (await admin.getByTestId("one-time-password").textContent()) ?? "";
    expect(firstPassword.length).toBeGreaterThanOrEqual(10);
    const userRow = admin.locator('tr[data-username="moi.vp"]');
    await userRow.getByText("Xem — Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp").waitFor();

    const grant = admin.getByRole("form", { name: "Giao vai trò" });
    await grant.getByLabel("Tên đăng nhập").selectOption("moi.vp");
    await grant.getByLabel("Vai trò").selectOption("editor");
    await grant.getByLabel("Đơn vị").selectOption("DT.VPUBND.HCQT");
    await grant.getByRole("button", { name: "Giao vai trò" }).click();
    await userRow.getByText("Biên tập — Phòng Hành chính - Quản trị").waitFor();

    // reset: a new one-time password, shown once, different from the first
    await userRow.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
    await expect.poll(async () => admin.getByTestId("one-time-password").textContent(), { timeout: 10_000 }).not.toBe(firstPassword);
    const oneTime = (await admin.getByTestId("one-time-password").textContent()) ?? "";
    // the first one-time password no longer works
    const stale = await signInWith("moi.vp", firstPassword);
    await stale.getByText("Tên đăng nhập hoặc mật khẩu không đúng.").waitFor();
    await stale.context().close();

    // the one-time password signs in only to the forced change
    const user = await signInWith("moi.vp", oneTime);
    await user.getByTestId("change-password").waitFor();
    await user.getByLabel("Mật khẩu hiện tại").fill(oneTime);
    await user.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-2022");
    await user.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-2022");
    await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await user.locator(".layout").waitFor();
    // an editor of a division is no administrator: no "Quản trị" in the menu
    expect(await user.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Quản trị", exact: true }).count()).toBe(0);

    // disabling ends the open session at once and refuses the next sign-in
    await userRow.getByRole("button", { name: "Khóa tài khoản" }).click();
    await userRow.getByText("Đã khóa").waitFor();
    await user.goto(`${base}/ke-hoach?unit=DT.VPUBND.HCQT&period=2022-H1`);
    await user.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    const again = await signInWith("moi.vp", "mat-khau-moi-2022");
    await again.getByText("Tên đăng nhập hoặc mật khẩu không đúng.").waitFor();
    expect(await again.locator(".layout").count()).toBe(0);
    await shoot(admin, "admin-plan-quan-tri");
    await both(admin, "screen-admin");
  });
});
