// Real-browser tests: makes sure Debian's chromium is installed, starts the real API server
// (which serves dist/) on a free port over a fresh temporary data folder, waits for
// /api/v1/health, runs the e2e files with vitest, then stops the server and deletes the folder.
// The build (api and web) is done before by turbo (`test:e2e` depends on `build`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
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

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), "cchc-e2e-"));
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [serverJs], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    CCHC_DATA_DIR: dataDir,
    CCHC_WEB_ROOT: join(web, "dist"),
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

let code = 1;
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
process.on("SIGINT", () => void stop().then(() => process.exit(130)));

try {
  const deadline = Date.now() + 180_000;
  let healthy = false;
  while (Date.now() < deadline && server.exitCode === null) {
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
    console.log(`e2e: máy chủ sẵn sàng tại ${base}`);
    const vitest = spawn(
      process.execPath,
      [join(root, "node_modules/vitest/vitest.mjs"), "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)],
      {
        cwd: web,
        env: { ...process.env, CCHC_E2E_URL: base, CHROMIUM_PATH: chromium },
        stdio: "inherit",
      },
    );
    code = await new Promise((ok) => vitest.once("exit", (c) => ok(c ?? 1)));
    if (code !== 0) console.error(`e2e: nhật ký máy chủ:\n${log.slice(-4000)}`);
  }
} finally {
  await stop();
}
process.exit(code);
