/**
 * The records the report is made from, in a real browser: the Office's editor rewrites a
 * narrative section, sees the stated percentage that its counts contradict flagged while typing,
 * saves it (and a save over someone else's newer version is refused with the conflict message);
 * the province's editor sees the demo dossier figures on /ho-so and imports a CSV file whose one
 * bad line is named by its line number in the file, then writes the figures computed from the
 * records into the report.
 */
import { fields } from "@cchc/domain/dossiers/DossierRecord";
import { describe, expect, it } from "vitest";
import { chromiumPerFile, phone, shoot, shootDocs, signedInAs } from "./support/Session.js";

const browser = chromiumPerFile();

const SECTION = "I.1. Công tác chỉ đạo, điều hành của cơ quan";
const WRONG = "Tỷ lệ giải quyết PAKN đạt 97,0%, trong đó tổng số PAKN đã tiếp nhận 137, số PAKN đã giải quyết xong 135.";

describe("Thuyết minh", () => {
  it("flags a stated percentage its counts contradict as the editor types, saves with the version, refuses a stale save", async () => {
    const { context, page } = await signedInAs(browser(), "bientap.vp", "/thuyet-minh?unit=DT.VPUBND&period=2022-H1");
    await page.getByRole("heading", { level: 1, name: "Thuyết minh báo cáo" }).waitFor();
    const section = page.locator('[data-section="direction.office"]');
    // the stored text shows its figures highlighted ("trên 66,7% các nhiệm vụ")
    await expect.poll(() => section.locator("mark.mark-figure").allTextContents(), { timeout: 10_000 }).toContain("66,7%");
    await section.getByRole("button", { name: `Sửa ${SECTION}` }).click();

    const box = section.getByTestId("narrative-text");
    const before = await box.inputValue();
    await box.fill(`${before}\n\n${WRONG}`);
    const flagged = section.locator('[data-testid="narrative-findings"] li[data-rule="rate-mismatch"]');
    await expect.poll(() => flagged.textContent(), { timeout: 10_000 }).toMatch(/97,0%.*135 \/ 137 = 98,5%/);
    expect(await section.locator("mark.mark-error").allTextContents()).toContain("97,0%");
    expect(await section.locator("mark.mark-figure").allTextContents()).toEqual(expect.arrayContaining(["137", "135"]));
    await shoot(page, "narrative-rate-flagged", true);
    await section.locator(".narrative-editor .actions").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shootDocs(page, "thuyet-minh-1280");

    await section.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText(`Đã lưu “${SECTION}”.`).waitFor();
    // the rate the text states became the period's stated rate (the checker compares it with 135 / 137)
    await page.getByText("Tỷ lệ báo cáo nêu đã theo lời văn mới: tthc.pakn.tyle 97%.").waitFor();
    const stored = await page.evaluate(async () => {
      const res = await fetch("/api/v1/units/DT.VPUBND/periods/2022-H1/narratives/direction.office");
      return (await res.json()) as { text: string; version: number };
    });
    expect(stored.text.endsWith(WRONG)).toBe(true);
    expect(stored.version).toBe(2);

    // someone else saves the section while the editor has it open: the editor's save is refused
    await section.getByRole("button", { name: `Sửa ${SECTION}` }).click();
    await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/auth/me")).json();
      await fetch("/api/v1/units/DT.VPUBND/periods/2022-H1/narratives/direction.office", {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify({ text: "Bản của người khác.", version: 2 }),
      });
    });
    await section.getByTestId("narrative-text").fill("Bản của tôi.");
    await section.getByRole("button", { name: "Lưu", exact: true }).click();
    const conflict = section.getByTestId("narrative-conflict");
    await expect.poll(() => conflict.textContent(), { timeout: 10_000 }).toMatch(/Người khác vừa lưu mục này.*Bản của người khác\./);
    expect(await section.getByTestId("narrative-text").inputValue()).toBe("Bản của tôi.");
    await phone(page);
    await page.getByRole("heading", { level: 1, name: "Thuyết minh báo cáo" }).waitFor();
    await shootDocs(page, "thuyet-minh-360");
    await context.close();
  });
});

const row = (id: string, channel: string) =>
  `e2e,${id},1.000001,province,DT.VPUBND,${channel},2022-03-01T08:00:00+07:00,2022-03-10,,2022-03-08T10:00:00+07:00,resolved,1,1,0,2022-03-08T10:00:00+07:00`;

describe("Hồ sơ TTHC", () => {
  it("shows the demo dossier figures with their rates, names the bad line of an imported CSV by its number in the file, writes the computed figures, loads a source's history first", async () => {
    const { context, page } = await signedInAs(browser(), "bientap.dt", "/ho-so?unit=DT&period=2022-H1");
    await page.getByRole("heading", { level: 1, name: "Hồ sơ thủ tục hành chính" }).waitFor();
    const reported = page.getByTestId("dossiers-reported");
    await reported.waitFor();
    expect(await reported.locator('td[data-column="received"]').textContent()).toBe("335.445");
    expect(await reported.locator('td[data-column="resolved"]').textContent()).toBe("305.733");
    // (265.055 + 34.539) / 305.733 = 98,0%
    expect(await page.getByTestId("reported-indicators").locator('tr[data-code="tthc.hoso.dunghan.tyle"]').textContent()).toMatch(
      /299\.594.*305\.733.*98,0%/,
    );
    await shoot(page, "dossiers-reported", true);

    const csv = [fields.join(","), row("E2E-1", "online-full"), row("E2E-2", "fax"), row("E2E-3", "in-person")].join("\n");
    await page.getByTestId("dossier-csv").setInputFiles({ name: "ho-so.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    const refusals = page.getByTestId("import-refusals");
    await expect.poll(() => refusals.textContent(), { timeout: 10_000 }).toMatch(/Dòng 3: channel/);
    expect(await refusals.locator("li").first().getAttribute("data-line")).toBe("3");

    // the file with its bad line corrected is stored, and the figures computed from the records appear
    await page.getByTestId("dossier-csv").setInputFiles({
      name: "ho-so.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv.replace("E2E-2,1.000001,province,DT.VPUBND,fax", "E2E-2,1.000001,province,DT.VPUBND,post"), "utf8"),
    });
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    await page.getByText("Đã lưu: 3 hồ sơ mới, 0 hồ sơ cập nhật, 0 dòng không thay đổi.").waitFor();
    const byLevel = page.getByTestId("dossiers-by-level");
    await byLevel.waitFor();
    expect(await byLevel.locator("tbody tr").first().locator('td[data-column="resolved"]').textContent()).toBe("3");
    await shoot(page, "dossiers-imported", true);
    await shootDocs(page, "ho-so-1280");

    // the figures computed from the records replace the stored ones after the editor confirms how many change
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Ghi số liệu tính từ hồ sơ vào báo cáo" }).click();
    await page.getByText(/^Đã ghi \d+ giá trị chỉ tiêu từ hồ sơ\.$/).waitFor();
    await expect.poll(() => reported.locator('td[data-column="received"]').textContent(), { timeout: 10_000 }).toBe("3");

    // the first load of another one-stop system's history: the whole file at once, the later
    // version of a dossier kept; the same file again is refused whole, naming its first line
    const nap = (id: string, updatedAt: string) =>
      row(id, "post")
        .replace(/^e2e,/, "e2e-nap,")
        .replace(/,[^,]+$/, `,${updatedAt}`);
    const history = [
      fields.join(","),
      nap("N-1", "2022-03-08T09:00:00+07:00"),
      nap("N-2", "2022-03-08T10:00:00+07:00"),
      nap("N-1", "2022-03-08T10:00:00+07:00"),
    ].join("\n");
    await page.getByRole("checkbox", { name: /Nạp ban đầu/ }).check();
    await page
      .getByTestId("dossier-csv")
      .setInputFiles({ name: "lich-su.csv", mimeType: "text/csv", buffer: Buffer.from(history, "utf8") });
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    await page.getByText("Đã nạp ban đầu 2 hồ sơ (phiên bản mới nhất của mỗi hồ sơ); 1 dòng là phiên bản cũ hơn trong tệp.").waitFor();
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    await expect.poll(() => refusals.textContent(), { timeout: 10_000 }).toMatch(/Dòng 2: .*nguồn này đã có hồ sơ/);
    expect(await refusals.locator("li").first().getAttribute("data-line")).toBe("2");
    await phone(page);
    await page.getByTestId("dossiers-reported").waitFor();
    await shootDocs(page, "ho-so-360");
    await context.close();
  });
});
