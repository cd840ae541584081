/** @jsxRuntime classic */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/console/App.js";
import { makeTheme } from "../../src/console/Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React } from "../../src/console/Ui.js";
import { makeFakeApi } from "../support/FakeApi.js";
import { KEY, tick, waitFor } from "../support/Keys.js";

const started: Array<{ unmount: () => void }> = [];
afterEach(() => {
  for (const s of started.splice(0)) s.unmount();
});

const startApp = (api = makeFakeApi(), options: { color?: boolean; cwd?: string; batchSize?: number } = {}) => {
  let exited = false;
  const r = render(
    <App
      api={api}
      theme={makeTheme(options.color ?? true)}
      cwd={options.cwd ?? process.cwd()}
      today="2022-06-20"
      initialYear={2022}
      onExit={() => {
        exited = true;
      }}
      {...(options.batchSize ? { batchSize: options.batchSize } : {})}
    />,
  );
  started.push(r);
  return { ...r, api, exited: () => exited };
};

/** Types into the console one key at a time, letting Ink handle each. */
const type = async (stdin: { write: (s: string) => void }, text: string) => {
  for (const ch of text) {
    stdin.write(ch);
    await tick(5);
  }
};

const choose = async (app: ReturnType<typeof startApp>) => {
  await waitFor(app.lastFrame, "DT.VPUBND");
  await type(app.stdin, "van phong");
  const filtered = await waitFor(app.lastFrame, "(1 đơn vị)");
  expect(filtered).not.toContain("DT.STP");
  app.stdin.write(KEY.enter);
  await waitFor(app.lastFrame, "Chọn kỳ báo cáo — năm 2022");
  await waitFor(app.lastFrame, "2022-H1");
  await type(app.stdin, "h1");
  await waitFor(app.lastFrame, /› 2022-H1/);
  app.stdin.write(KEY.enter);
  return waitFor(app.lastFrame, "Tình hình theo lĩnh vực");
};

/**
 * Opens the import screen, turns to its dossier tab and starts the import of `file`. Enter only
 * once the name is on screen: written together, a busy machine can hand Ink "v\r" as one input,
 * which is text, not the Enter key.
 */
const importDossiers = async (app: ReturnType<typeof startApp>, file: string) => {
  app.stdin.write("i");
  await waitFor(app.lastFrame, "Nhập tệp — số liệu");
  app.stdin.write(KEY.tab);
  await waitFor(app.lastFrame, "hồ sơ một cửa");
  await type(app.stdin, file);
  await waitFor(app.lastFrame, file);
  app.stdin.write(KEY.enter);
};

describe("console", () => {
  it("chooses a unit by typing to filter, then a period, and shows each area's status", async () => {
    const app = startApp(
      makeFakeApi([
        { unit: "DT.VPUBND", period: "2022-H1", indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137 },
        { unit: "DT.VPUBND", period: "2022-H1", indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", value: 140 },
      ]),
    );
    expect(app.lastFrame()).toContain("CCHC — Bảng điều khiển cải cách hành chính");
    const overview = await choose(app);
    expect(overview).toContain("DT.VPUBND VP UBND tỉnh · 6 tháng đầu năm 2022 (2022-H1)");
    const frame = await waitFor(app.lastFrame, "Cải cách TTHC");
    expect(frame).toMatch(/✗ Cải cách TTHC\s+2\/2\s+1 lỗi 0 c\.b\s+1\/2 xong/);
    expect(frame).toContain("Enter nhập số liệu");
  });

  it("stays readable without colour: statuses carry symbols and words", async () => {
    const app = startApp(makeFakeApi(), { color: false });
    await choose(app);
    const frame = await waitFor(app.lastFrame, "Cải cách TTHC");
    expect(frame).toMatch(/! Cải cách TTHC\s+0\/2 thiếu 2/);
    expect(frame).not.toContain("\u001b[3"); // no foreground colour codes
  });

  it("keeps overview lines within the test terminal width (80×24 is checked by scripts/tmux-demo.sh)", async () => {
    const app = startApp();
    const frame = await choose(app);
    for (const line of frame.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it("imports a dossier file in batches with a progress bar, and Ctrl+C cancels between batches", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-tui-"));
    const lines = Array.from({ length: 50 }, (_, i) => `HS-${i},x`);
    writeFileSync(join(dir, "ho-so.csv"), `dossierId,note\n${lines.join("\n")}\n`);
    const api = makeFakeApi();
    const release: Array<() => void> = [];
    api.batchGate = () => new Promise<void>((r) => release.push(r));
    const app = startApp(api, { cwd: dir, batchSize: 10 });
    await choose(app);
    await importDossiers(app, "ho-so.csv");
    await waitFor(() => String(release.length), "1");
    release.shift()?.();
    await waitFor(() => String(release.length), "1");
    release.shift()?.();
    const frame = await waitFor(app.lastFrame, "Hồ sơ: 20");
    expect(frame).toMatch(/\[█+░*\] \d+% · [\d.]+\/[\d.]+ byte/);
    expect(frame).toContain("Ctrl+C hủy");
    await waitFor(() => String(release.length), "1");
    app.stdin.write(KEY.ctrlC);
    await tick(20);
    release.shift()?.();
    const cancelled = await waitFor(app.lastFrame, "Đã hủy sau");
    expect(cancelled).not.toContain("Đã nhập 50");
    expect(api.batches.length).toBeLessThan(5);
    expect(app.exited()).toBe(false);
  });

  it("imports the whole dossier file when not cancelled", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-tui-"));
    writeFileSync(join(dir, "ho-so.csv"), `dossierId,note\n${Array.from({ length: 25 }, (_, i) => `HS-${i},x`).join("\n")}\n`);
    const api = makeFakeApi();
    const app = startApp(api, { cwd: dir, batchSize: 10 });
    await choose(app);
    await importDossiers(app, "ho-so.csv");
    const frame = await waitFor(app.lastFrame, "Đã nhập 25 hồ sơ.");
    expect(frame).toMatch(/100% · [\d.]+\/[\d.]+ byte/);
    expect(api.batches).toHaveLength(3);
    expect(api.batches[0]?.startsWith("dossierId,note\nHS-0,x\n")).toBe(true);
  });

  it("Ctrl+C leaves the console when nothing runs", async () => {
    const app = startApp();
    await waitFor(app.lastFrame, "DT.VPUBND");
    app.stdin.write(KEY.ctrlC);
    await tick();
    expect(app.exited()).toBe(true);
  });
});
