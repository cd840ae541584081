/**
 * The strict Content-Security-Policy and security headers in a real browser: every screen works
 * with no violation reported.
 */
import { describe, expect, it } from "vitest";
import { base, desktopPerFile, open } from "./support/Session.js";

const { context } = desktopPerFile();

describe("Content-Security-Policy", () => {
  it("keeps the strict Content-Security-Policy: every screen works with no violation reported", async () => {
    const page = await context().newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
    });
    page.on("pageerror", (e) => violations.push(String(e)));
    const first = await page.goto(`${base}/`);
    const csp = first?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first?.headers()["referrer-policy"]).toBe("same-origin");
    // every screen of src/router/Router.ts
    for (const path of ["/", "/nhap-lieu", "/ke-hoach", "/van-ban", "/bao-cao", "/kiem-tra"]) {
      await open(page, `${path}?unit=DT.VPUBND&period=2022-H1&lang=vi`);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
