// `npm run bench:tui`: how fast the console reaches its first screen. Spawns `cchc` (no command:
// the Ink console) N times against a fake API that answers at once, and measures the time from
// spawn to the first output containing the console's title; compares with `node -e ""` spawned
// the same way (the floor of any Node program). The last line is JSON for scripts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = `${root}apps/tui/bin/cchc.js`;
const TITLE = "CCHC — Bảng điều khiển cải cách hành chính";
const runs = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync(`${root}apps/tui/dist/cchc.js`) || process.env.BENCH_BUILD !== "0") {
  const r = spawnSync(process.execPath, ["../../tooling/scripts/bundle.mjs", "src/main.tsx", "dist/cchc.js"], {
    cwd: `${root}apps/tui`,
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const unit = (code, name, parentCode, kind) => ({
  code,
  name,
  shortName: null,
  kind,
  parentCode,
  validFrom: "2000-01-01",
  validTo: null,
  successorCode: null,
});
const units = [unit("DT", "Tỉnh Đồng Tháp", null, "province"), unit("DT.VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "DT", "department")];
const body = JSON.stringify({ items: units, tree: [{ ...units[0], children: [{ ...units[1], children: [] }] }] });
const api = createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(req.url?.startsWith("/api/v1/org-units") ? body : JSON.stringify({ items: [] }));
});
await new Promise((r) => api.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${api.address().port}`;

const env = { ...process.env, NO_COLOR: "1", CCHC_API: url, COLUMNS: "80", LINES: "24" };
delete env.CI;

/** Milliseconds from spawn until stdout contains `marker` (or the process ends, for the baseline). */
const timeTo = (args, marker) =>
  new Promise((ok, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      ok(Number(process.hrtime.bigint() - start) / 1e6);
      child.kill("SIGKILL");
    };
    child.stdout.on("data", (d) => {
      out += d;
      if (marker && out.includes(marker)) finish();
    });
    child.on("exit", (code) => {
      if (!marker) finish();
      else if (!done) fail(new Error(`cchc ended (${code}) before showing its title:\n${out}`));
    });
    setTimeout(() => !done && fail(new Error(`no title after 10 s:\n${out}`)), 10_000);
  });

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

await timeTo([bin, "--api", url], TITLE); // warm the file cache
const consoleMs = [];
const baselineMs = [];
for (let i = 0; i < runs; i++) {
  baselineMs.push(await timeTo(["-e", ""], null));
  consoleMs.push(await timeTo([bin, "--api", url], TITLE));
}
api.close();

const round = (x) => Math.round(x * 10) / 10;
const result = {
  runs,
  firstFrameMs: { p50: round(pct(consoleMs, 50)), p95: round(pct(consoleMs, 95)), min: round(Math.min(...consoleMs)) },
  baselineMs: { p50: round(pct(baselineMs, 50)), p95: round(pct(baselineMs, 95)) },
  ratioP50: round(pct(consoleMs, 50) / pct(baselineMs, 50)),
  budgetMs: 500,
  withinBudget: pct(consoleMs, 95) < 500,
  node: process.version,
};
console.log(
  `Bảng điều khiển cchc: khung hình đầu tiên sau p50 ${result.firstFrameMs.p50} ms, p95 ${result.firstFrameMs.p95} ms (${runs} lần)`,
);
console.log(`node -e "": p50 ${result.baselineMs.p50} ms, p95 ${result.baselineMs.p95} ms; tỷ lệ p50 ${result.ratioP50}×`);
console.log(JSON.stringify(result));
