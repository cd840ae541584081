// `npm run bench:tui`: how fast the console shows its first USEFUL screen, and how fast a
// scripted command answers. Under a pseudo-terminal (util-linux `script`, 80×24), spawns `cchc`
// (no command: the Ink console) N times against a fake API that answers at once, and measures the
// time from spawn to the first output that shows the unit list (a unit's name — not the title or
// a loading line); the baseline is `node -e ""` spawned through the same pseudo-terminal (to exit).
// Then times `cchc period 2022-H1 --json` from the bin (piped, no terminal: scripts have none)
// against `node -e ""` spawned the same way. Alternated runs; p50/p95; the last line is JSON.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = `${root}apps/tui/bin/cchc.js`;
// The first useful frame: the unit list, whose rows show unit names.
const USEFUL = "Văn phòng Ủy ban nhân dân tỉnh";
const runs = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync(`${root}apps/tui/dist/cchc.js`) || process.env.BENCH_BUILD !== "0") {
  const r = spawnSync(process.execPath, ["../../tooling/scripts/bundle.mjs", "src/main.tsx", "dist/cchc.js"], {
    cwd: `${root}apps/tui`,
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (spawnSync("script", ["--version"]).status !== 0) {
  console.error("bench:tui cần lệnh `script` (util-linux) để chạy bảng điều khiển trong một pseudo-terminal");
  process.exit(2);
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

const quote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;
/** The command run inside a pseudo-terminal of 80×24. */
const inPty = (args) => ["-qfec", `stty cols 80 rows 24; exec ${[process.execPath, ...args].map(quote).join(" ")}`, "/dev/null"];

/** Milliseconds from spawn until the output contains `marker`, or until the process ends (marker null). */
const timeTo = (command, args, marker) =>
  new Promise((ok, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      ok(Number(process.hrtime.bigint() - start) / 1e6);
      child.kill("SIGKILL");
    };
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.stdout.on("data", (d) => {
      out += d;
      if (marker && out.includes(marker)) finish();
    });
    child.on("exit", (code) => {
      if (!marker) {
        if (code === 0) finish();
        else fail(new Error(`${args.join(" ")} ended with ${code}:\n${out}`));
      } else if (!done) fail(new Error(`cchc ended (${code}) before showing the unit list:\n${out}`));
    });
    setTimeout(() => !done && fail(new Error(`no unit list after 60 s:\n${out}\n${err}`)), 60_000);
  });

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

await timeTo("script", inPty([bin, "--api", url]), USEFUL); // warm the file cache
const consoleMs = [];
const baselineMs = [];
const cliMs = [];
const cliBaselineMs = [];
for (let i = 0; i < runs; i++) {
  baselineMs.push(await timeTo("script", inPty(["-e", ""]), null));
  consoleMs.push(await timeTo("script", inPty([bin, "--api", url]), USEFUL));
  cliBaselineMs.push(await timeTo(process.execPath, ["-e", ""], null));
  cliMs.push(await timeTo(process.execPath, [bin, "period", "2022-H1", "--json"], null));
}
api.close();

const round = (x) => Math.round(x * 10) / 10;
const result = {
  runs,
  firstUsefulFrameMs: { p50: round(pct(consoleMs, 50)), p95: round(pct(consoleMs, 95)), min: round(Math.min(...consoleMs)) },
  baselineMs: { p50: round(pct(baselineMs, 50)), p95: round(pct(baselineMs, 95)) },
  ratioP50: round(pct(consoleMs, 50) / pct(baselineMs, 50)),
  cliPeriodJsonMs: { p50: round(pct(cliMs, 50)), p95: round(pct(cliMs, 95)) },
  cliBaselineMs: { p50: round(pct(cliBaselineMs, 50)), p95: round(pct(cliBaselineMs, 95)) },
  cliOverBaselineMs: round(pct(cliMs, 50) - pct(cliBaselineMs, 50)),
  goals: {
    firstUsefulP50: pct(consoleMs, 50) < 500,
    firstUsefulP95: pct(consoleMs, 95) < 800,
    cliWithin200msOfNode: pct(cliMs, 50) - pct(cliBaselineMs, 50) <= 200,
  },
  node: process.version,
};
console.log(
  `Bảng điều khiển cchc (pseudo-terminal 80×24): danh sách đơn vị hiện sau p50 ${result.firstUsefulFrameMs.p50} ms, p95 ${result.firstUsefulFrameMs.p95} ms (${runs} lần)`,
);
console.log(`node -e "" qua cùng pseudo-terminal: p50 ${result.baselineMs.p50} ms; tỷ lệ p50 ${result.ratioP50}×`);
console.log(
  `cchc period 2022-H1 --json: p50 ${result.cliPeriodJsonMs.p50} ms, p95 ${result.cliPeriodJsonMs.p95} ms; node -e "": p50 ${result.cliBaselineMs.p50} ms (+${result.cliOverBaselineMs} ms)`,
);
console.log(JSON.stringify(result));
