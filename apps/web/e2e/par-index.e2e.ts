/**
 * The PAR Index screen (/chi-so) in a real browser: the Office's editor self-scores a criterion
 * with evidence from the register (a bad score is refused with the server's message), the screen
 * shows the formulas' inputs and marks the illustrative framework; the province's viewer sees the
 * ranking of the departments, ranked as the API ranks them, and the chart by area.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appContext, base, chromiumPerFile, open, shoot, shootDocsBothWidths } from "./support/Session.js";

const browser = chromiumPerFile();

const signedIn = async (user: string, path: string): Promise<Page> => {
  const context = await appContext(browser());
  const page = await context.newPage();
  await open(page, path, user);
  await page.getByRole("heading", { name: "Chỉ số cải cách hành chính" }).waitFor();
  return page;
};

describe("Chỉ số CCHC", () => {
  it("lets the Office's editor self-score a criterion with evidence, refusing a score above the maximum", async () => {
    const page = await signedIn("bientap.vp", "/chi-so?unit=DT.VPUBND&period=2022-H1");
    await page.getByTestId("par-illustrative").waitFor();
    const row = page.getByTestId("criterion-1.3");
    await row.waitFor();
    await shootDocsBothWidths(page, "chi-so", row);
    // the formula criteria show their inputs: 1 100 early + 80 on time of 1 200 = 98,33%
    expect(await page.getByTestId("computation-3.2").textContent()).toMatch(/1\.180 \/ 1\.200 = 98,33%/);

    await row.getByText("Tự chấm", { exact: true }).click();
    const score = row.getByLabel(/Điểm tự chấm/);
    await score.fill("5");
    await row.getByRole("button", { name: "Lưu" }).click();
    await expect.poll(() => row.getByRole("alert").textContent(), { timeout: 10_000 }).toMatch(/từ 0 đến 2/);

    await score.fill("1,25");
    const evidence = row.getByLabel("Minh chứng (văn bản)");
    const firstDoc = await evidence.locator("option").nth(1).getAttribute("value");
    await evidence.selectOption(firstDoc ?? "");
    await row.getByLabel("Ghi chú").fill("Kế hoạch kiểm tra CCHC năm 2022");
    await row.getByRole("button", { name: "Lưu" }).click();
    await expect.poll(() => row.locator("td").last().textContent(), { timeout: 10_000 }).toBe("1,25");

    // what the screen shows is what the API stored
    const stored = await page.evaluate(async () => {
      const res = await fetch("/api/v1/par-index/DT-SO-2022/units/DT.VPUBND", { credentials: "same-origin" });
      return (await res.json()).criteria.find((c: { code: string }) => c.code === "1.3");
    });
    expect(stored).toMatchObject({ selfScore: 1.25, note: "Kế hoạch kiểm tra CCHC năm 2022" });
    expect(stored.evidence.map((e: { id: number }) => String(e.id))).toEqual([firstDoc]);
    expect(await page.getByTestId("par-totals").textContent()).toContain("Đang tự chấm");
    await shoot(page, "par-index-self-scoring", true);
    await page.context().close();
  });

  it("shows the province's viewer the ranking of the departments as the API ranks them, and the chart by area", async () => {
    const page = await signedIn("xem.dt", "/chi-so?unit=DT&period=2022-H1");
    await page.getByTestId("par-choose-unit").waitFor();
    expect(await page.getByTestId("criterion-1.2").count()).toBe(0);
    const table = page.getByTestId("par-ranking");
    await table.waitFor();
    const api = await page.evaluate(async () => (await (await fetch("/api/v1/par-index/DT-SO-2022/ranking?parent=DT")).json()).items);
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    for (const [i, item] of api.entries()) {
      const cells = rows.nth(i).locator("td");
      expect(await cells.nth(0).textContent()).toBe(String(item.rank));
      expect(await cells.nth(1).textContent()).toBe(item.name);
      expect(await cells.nth(10).textContent()).toBe(
        item.total.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
    }
    const ranks = api.map((x: { rank: number }) => x.rank);
    expect(ranks[0]).toBe(1);
    expect(await page.getByRole("link", { name: /\.xlsx/ }).getAttribute("href")).toContain("format=xlsx");
    await shoot(page, "par-index-ranking", true);
    // a department's own view: the chart by area with one bar per area
    await page.goto(`${base}/chi-so?unit=DT.STTTT&period=2022-H1`);
    await page.getByTestId("par-area-chart").waitFor();
    expect(await page.locator("[data-area]").count()).toBe(8);
    expect(await page.getByTestId("criterion-7.1").textContent()).toMatch(/Cổng Dịch vụ công/);
    await page.context().close();
  });
});
