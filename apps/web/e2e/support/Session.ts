/**
 * The browser session of the e2e tests: where the server and the files are, the demo user, a
 * chromium with the app's viewport and locale, signing in when the app asks, screenshots, the
 * phone width, and waiting for the charts' final frame.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seedReport } from "@cchc/vitest-config/seed";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

export const base = process.env.CCHC_E2E_URL ?? "http://127.0.0.1:3000";
/** The web app's folder (apps/web). */
export const web = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const results = join(web, "test-results");
/** The seed report when CCHC_SEED_FILE gives it, else the repository's short sample with the same kinds of defects. */
export const seedPath = seedReport()?.path ?? resolve(web, "../../docs/examples/bao-cao-mau-co-loi.txt");
export const USER = process.env.CCHC_E2E_USER ?? "bientap.dt";
export const PASSWORD = process.env.CCHC_E2E_PASSWORD ?? "cchc-demo-2022";

/** Saves a screenshot to test-results/ and returns its path. */
export const shoot = async (page: Page, name: string, fullPage = false) => {
  mkdirSync(results, { recursive: true });
  const file = join(results, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
};

/** Reloads a page at phone width, as a phone would first show it. */
export const phone = async (page: Page) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await page.locator("main").first().waitFor();
  await page.waitForTimeout(400);
};

/**
 * Waits until the page's charts show their final state: the data has arrived (no request in
 * flight), at least `atLeast` charts are there, and every one says `data-ready="true"`, which
 * ChartView sets when chart.js has finished its opening animation — a screenshot taken earlier
 * shows short bars and an unfinished doughnut.
 */
export const chartsDrawn = async (page: Page, atLeast: number) => {
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.locator("canvas").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
  await expect.poll(() => page.locator('canvas:not([data-ready="true"])').count(), { timeout: 15_000 }).toBe(0);
};

/** Fills the app's sign-in form with a user's name and password and sends it. */
export const signIn = async (page: Page, username: string, password: string) => {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
};

/** Opens a path of the app and signs in (as `username`, by default the demo user) when the server asks for it. */
export const open = async (page: Page, path: string, username = USER) => {
  await page.goto(`${base}${path}`);
  const signInHeading = page.getByRole("heading", { name: "Đăng nhập" });
  const main = page.locator(".layout");
  await Promise.race([signInHeading.waitFor(), main.waitFor()]);
  if (await signInHeading.isVisible()) {
    await signIn(page, username, PASSWORD);
    await main.waitFor();
  }
};

/** Debian's chromium (or CHROMIUM_PATH), headless. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });

/**
 * One chromium for the tests of a file: launched before the first, closed (with every profile it
 * opened) after the last. The function returned gives it, once launched.
 */
export const chromiumPerFile = (): (() => Browser) => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error("chromium is launched before the file's tests");
    return browser;
  };
};

/** A fresh browser profile as an official's desktop: 1280×900, vi-VN, downloads kept. */
export const appContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN", acceptDownloads: true });

/**
 * One chromium and one desktop profile (`appContext`) for the tests of a file: `pageAt` opens a
 * new page of that profile on a path of the app — the first signs in as the demo user, the later
 * ones share its session; `browser` gives the chromium for a profile of a test's own.
 */
export const desktopPerFile = () => {
  const browser = chromiumPerFile();
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await appContext(browser());
  });
  const shared = (): BrowserContext => {
    if (context === undefined) throw new Error("the profile is opened before the file's tests");
    return context;
  };
  return {
    browser,
    /** The file's profile. */
    context: shared,
    /** A new page of the file's profile on `path` (`open`: signed in when the app asks). */
    pageAt: async (path: string): Promise<Page> => {
      const page = await shared().newPage();
      await open(page, path);
      return page;
    },
  };
};

/** Where the README's screenshots go (docs/screenshots/). */
export const docsScreenshots = resolve(web, "../../docs/screenshots");

/** Saves a screenshot of the page at its current size to docs/screenshots/<name>.png. */
export const shootDocs = async (page: Page, name: string) => {
  mkdirSync(docsScreenshots, { recursive: true });
  await page.screenshot({ path: join(docsScreenshots, `${name}.png`) });
};

/**
 * The screenshots of a screen for docs/reporting-cycle.md, `<name>-1280` and `<name>-360` (as a
 * phone first shows it), then the page back at the desktop size; `shown` is what says the screen
 * is there after each reload.
 */
export const shootDocsBothWidths = async (page: Page, name: string, shown: Locator) => {
  await shootDocs(page, `${name}-1280`);
  await phone(page);
  await shown.waitFor();
  await shootDocs(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await shown.waitFor();
};

/** A fresh browser profile (1280×900, vi-VN) signed in as a demo user, on `path`. */
export const signedInAs = async (browser: Browser, username: string, path: string) => {
  const context = await appContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
  await signIn(page, username, PASSWORD);
  await page.locator(".layout").waitFor();
  return { context, page };
};
