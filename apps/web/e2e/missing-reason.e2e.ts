import { describe, expect, it } from "vitest";
import { chromiumPerFile, shoot, signedInAs } from "./support/Session.js";

const browser = chromiumPerFile();

describe("compulsory indicators and missing-value reasons", () => {
  it("asks a reason where a compulsory figure is missing, and refuses the submission while any is missing", async () => {
    const { page, context } = await signedInAs(browser(), "bientap.snv", "/nhap-lieu?unit=DT.SNV&period=2022-H1");
    const missing = page.locator("[data-missing-compulsory]");
    await missing.waitFor();
    expect(await missing.locator("li").count()).toBe(4);
    const field = page.locator('fieldset[id="congvu.vipham"]');
    await field.getByText("bắt buộc", { exact: true }).waitFor();
    const reason = field.getByLabel("Lý do không có số liệu");
    await reason.fill("Không phát sinh trường hợp vi phạm trong kỳ");
    await field.getByRole("button", { name: "Lưu lý do" }).click();
    await field.getByRole("button", { name: "Bỏ lý do" }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[data-missing-compulsory] li").length === 3);
    await shoot(page, "missing-reason-entry");

    await page.goto(page.url().replace("/nhap-lieu", "/quy-trinh"));
    await page.getByRole("heading", { name: "Kiểm tra trước khi gửi" }).waitFor();
    await page.getByText(/Chỉ tiêu bắt buộc "Số biên chế công chức được giao"/).waitFor();
    expect(await page.getByText(/Chỉ tiêu bắt buộc ".*" \(congvu\.vipham\)/).count()).toBe(0);

    const api = `${new URL(page.url()).origin}/api/v1`;
    const csrf = ((await (await page.request.get(`${api}/auth/me`)).json()) as { csrfToken: string }).csrfToken;
    const refused = await page.request.post(`${api}/units/DT.SNV/periods/2022-H1/submit`, {
      headers: { "x-csrf-token": csrf, "content-type": "application/json" },
      data: { comment: "Gửi" },
    });
    expect(refused.status()).toBe(422);
    const body = (await refused.json()) as { error: { code: string; details: { missing: Array<{ indicator: string }> } } };
    expect(body.error.code).toBe("SUBMISSION_INCOMPLETE");
    expect(body.error.details.missing.map((m) => m.indicator)).toEqual([
      "bomay.bienche.congchuc",
      "bomay.bienche.vienchuc",
      "congvu.daotao.luot",
    ]);
    await context.close();
  });
});
