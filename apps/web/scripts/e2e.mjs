// Real-browser tests: makes sure Debian's chromium is installed, then for each e2e file (or folder of files) starts the
// real API server (which serves dist/) on a free port over a fresh temporary data folder, waits for
// /api/v1/health, runs that file with vitest, then stops the server and deletes the folder. Each
// file thus starts from the demo data, whatever the files before it changed (one approves a period,
// another edits its figures). Arguments filter the files by name, as vitest's would.
// The build (api and web) is done before by turbo (`test:e2e` depends on `build`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(web, "../..");
const serverJs = join(root, "apps/api/dist/server.js");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status ?? 1;

if (!existsSync(chromium)) {
  console.log(`e2e: ${chromium} chưa có — cài chromium bằng apt-get…`);
  if (run("apt-get", ["update", "-qq"]) !== 0 || run("apt-get", ["install", "-y", "-qq", "chromium"]) !== 0 || !existsSync(chromium)) {
    console.error("e2e: không cài được chromium (cần quyền root và mạng tới kho Debian).");
    process.exit(1);
  }
}
for (const [file, hint] of [
  [serverJs, "npx turbo run build --filter=@cchc/api"],
  [join(web, "dist/index.html"), "npx turbo run build --filter=@cchc/web"],
]) {
  if (!existsSync(file)) {
    console.error(`e2e: thiếu ${file} — chạy "${hint}" trước.`);
    process.exit(1);
  }
}

// The server is started with PORT=0 and says which port the system gave it; a port probed before
// the start could be taken in between by another test's server, which would then answer instead.
const READY = /sẵn sàng tại http:\/\/localhost:(\d+)\//;

// The administrator's password is known to the tests that run a step by hand (the reminder run);
// the reminder scheduler is off so that only the tests decide when reminders are sent.
const adminPassword = process.env.CCHC_E2E_ADMIN_PASSWORD ?? "e2e-admin-password";

/** Runs one e2e file against a server of its own; resolves to vitest's exit code. */
const runFile = async (file) => {
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-e2e-"));
  let base = "(port not known yet)";
  const server = spawn(process.execPath, [serverJs], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      CCHC_DATA_DIR: dataDir,
      CCHC_WEB_ROOT: join(web, "dist"),
      CCHC_ADMIN_PASSWORD: adminPassword,
      CCHC_REMINDERS: "0",
      DATABASE_URL: "",
      // the reporting cycle of the demo period (2022-H1) is played in its season: the office's
      // deadline is 16/6/2022, so a report submitted in the test is on time (ADR 0018)
      CCHC_CLOCK_START: process.env.CCHC_CLOCK_START ?? "2022-06-15T09:00:00+07:00",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));

  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((ok) => {
        const timer = setTimeout(() => {
          server.kill("SIGKILL");
          ok();
        }, 10_000);
        server.once("exit", () => {
          clearTimeout(timer);
          ok();
        });
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  stopCurrent = stop;

  let code = 1;
  try {
    const deadline = Date.now() + 180_000;
    let healthy = false;
    while (Date.now() < deadline && server.exitCode === null) {
      const port = READY.exec(log)?.[1];
      if (port === undefined) {
        await new Promise((ok) => setTimeout(ok, 200));
        continue;
      }
      base = `http://127.0.0.1:${port}`;
      try {
        const res = await fetch(`${base}/api/v1/health`);
        if (res.ok) {
          healthy = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((ok) => setTimeout(ok, 500));
    }
    if (!healthy) {
      console.error(`e2e: máy chủ không sẵn sàng tại ${base}.\n${log}`);
    } else {
      console.log(`e2e: ${file} — máy chủ sẵn sàng tại ${base}`);
      const name = file.replace(/\.e2e\.ts$/, "").replaceAll(/[\\/]/g, "-");
      const vitest = spawn(
        process.execPath,
        [join(root, "node_modules/vitest/vitest.mjs"), "run", "--config", "vitest.e2e.config.ts", `e2e/${file}`],
        {
          cwd: web,
          env: {
            ...process.env,
            CCHC_E2E_URL: base,
            CHROMIUM_PATH: chromium,
            CCHC_E2E_REPORT: `.test-results/e2e-${name}.json`,
            CCHC_E2E_ADMIN_PASSWORD: adminPassword,
          },
          stdio: "inherit",
        },
      );
      code = await new Promise((ok) => vitest.once("exit", (c) => ok(c ?? 1)));
      if (code !== 0) console.error(`e2e: nhật ký máy chủ (${file}):\n${log.slice(-4000)}`);
    }
  } finally {
    await stop();
    stopCurrent = undefined;
  }
  return code;
};

let stopCurrent;
process.on("SIGINT", () => void (stopCurrent ?? (async () => {}))().then(() => process.exit(130)));

const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
// A file at the top of e2e/ runs alone; the files of a folder (e2e/cycle/) are one story told in
// order on one server (the role table reads the state the cycle left), so the folder is one run.
const files = [
  ...new Set(
    readdirSync(join(web, "e2e"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".e2e.ts"))
      .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
      .map((f) => f.split(/[\\/]/)[0] ?? f),
  ),
].sort();
// earlier e2e reports go (the unit tests' report beside them stays for the test summary)
const reports = join(web, ".test-results");
if (existsSync(reports)) for (const f of readdirSync(reports)) if (/^e2e.*\.json$/.test(f)) rmSync(join(reports, f));
let failed = 0;
for (const file of files) if ((await runFile(file)) !== 0) failed++;
if (files.length === 0) console.error("e2e: không có tệp kiểm thử nào khớp.");
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
