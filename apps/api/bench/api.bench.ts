/**
 * `npm run bench:api` — the request path against its physical baseline (docs/benchmarks.md).
 *
 * Starts the real server as `npm start` runs it (the bundle `dist/server.js`, built first; `--source`
 * runs `src/server.ts` through tsx instead, whose loader adds ≈ 120 MB to the RSS), with demo data,
 * embedded PGlite in a new temp folder, or
 * `--postgres`: a new database on the server of DATABASE_URL / TEST_DATABASE_URL, dropped at the
 * end) and a bare `node:http` process that serves the very bytes the server answered, then loads
 * each with the same in-process generator (64 keep-alive connections by default), alternating
 * bare / server / bare / server …, and prints medians and ratios:
 * - values: `GET /api/v1/units/DT/periods/2022-H1/values`, signed in (session cookie);
 * - health: `GET /api/v1/health` (liveness);
 * - docx: `GET /api/v1/reports/DT.VPUBND/2022-H1?format=docx`, the same unchanged report again and again;
 * plus the time of the first .docx render after start, and the server's RSS idle and at peak.
 * The last line is one JSON object. Options: --postgres, --source, --seconds N (per round, default
 * 3), --rounds N (default 3), --connections N (default 64).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@cchc/vitest-config/ports";
import postgres from "postgres";
import { type LoadResult, load, type Target } from "./LoadGenerator.js";

const here = dirname(fileURLToPath(import.meta.url));
const apiRoot = resolve(here, "..");
const repoRoot = resolve(apiRoot, "../..");
/** The environment `npm start` gives the server (`VAR=value` before `node` in its script), so the bench runs it alike. */
const startEnv = (): Record<string, string> => {
  const script: string = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts.start;
  const launch = script.slice(script.lastIndexOf("&&") + 2);
  return Object.fromEntries([...launch.matchAll(/(\w+)=(\S+)\s/g)].map((m) => [m[1] as string, m[2] as string]));
};
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const usePostgres = process.argv.includes("--postgres");
const fromSource = process.argv.includes("--source");
const seconds = arg("seconds", 3);
const rounds = arg("rounds", 3);
const connections = arg("connections", 64);
const ADMIN_PASSWORD = "bench-admin-password";

const rssMb = (pid: number): number => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
};

const waitFor = async (url: string, child: ChildProcess, log: string[]) => {
  // up to 10 minutes: on a loaded machine PGlite's start and the demo load are slow
  for (let i = 0; i < 2400; i++) {
    if (child.exitCode !== null) throw new Error(`process exited: ${log.join("")}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}: ${log.join("")}`);
};

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

const cleanups: Array<() => Promise<void> | void> = [];
const cleanup = async () => {
  for (const c of cleanups.reverse()) await c();
};

const main = async () => {
  // --- the database
  let databaseUrl: string | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-bench-api-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  if (usePostgres) {
    const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!server) throw new Error("--postgres cần DATABASE_URL hoặc TEST_DATABASE_URL");
    const name = `cchc_bench_api_${randomBytes(4).toString("hex")}`;
    const admin = postgres(server, { onnotice: () => {}, max: 1 });
    await admin.unsafe(`create database ${name}`);
    cleanups.push(async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }

  // --- the server
  if (!fromSource)
    execFileSync("npx", ["turbo", "run", "build", "--filter=@cchc/api...", "--output-logs=errors-only"], {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  const port = await freePort();
  const log: string[] = [];
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [
      ...(process.env.CCHC_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CCHC_BENCH_PROFILE}`] : []),
      ...(fromSource ? ["--import", "tsx", "src/server.ts"] : ["dist/server.js"]),
    ],
    {
      cwd: apiRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        CCHC_ADMIN_PASSWORD: ADMIN_PASSWORD,
        CCHC_DATA_DIR: dataDir,
        // as `npm start` runs the server (MALLOC_MMAP_THRESHOLD_, ADR 0020)
        ...startEnv(),
        CCHC_WEB_ROOT: join(dataDir, "no-web"),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (d) => log.push(String(d)));
  server.stderr?.on("data", (d) => log.push(String(d)));
  cleanups.push(
    () =>
      new Promise<void>((ok) => {
        if (server.exitCode !== null) return ok();
        server.once("exit", () => ok());
        server.kill("SIGTERM");
      }),
  );
  const base = `http://127.0.0.1:${port}/api/v1`;
  await waitFor(`${base}/health`, server, log);
  const startMs = performance.now() - started;
  const signIn = await fetch(`${base}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const auth = { cookie };
  const valuesPath = "/units/DT/periods/2022-H1/values";
  const docxPath = "/reports/DT.VPUBND/2022-H1?format=docx";

  // the first .docx render after start (nothing cached yet)
  const t0 = performance.now();
  const firstDocx = await fetch(`${base}${docxPath}`, { headers: auth });
  const docxBytes = new Uint8Array(await firstDocx.arrayBuffer());
  const firstDocxMs = performance.now() - t0;
  if (firstDocx.status !== 200) throw new Error(`docx: ${firstDocx.status}`);
  await new Promise((r) => setTimeout(r, 1500));
  const idleRssMb = rssMb(server.pid as number);

  // --- the bare server: the same bytes, from a file, by node:http
  const bodies = {
    values: new Uint8Array(await (await fetch(`${base}${valuesPath}`, { headers: auth })).arrayBuffer()),
    health: new Uint8Array(await (await fetch(`${base}/health`)).arrayBuffer()),
    docx: docxBytes,
  };
  const types = {
    values: "application/json",
    health: "application/json",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  };
  const barePort = await freePort();
  for (const [k, v] of Object.entries(bodies)) writeFileSync(join(dataDir, `${k}.bin`), v);
  const bareScript = `
    const http = require("node:http"); const fs = require("node:fs"); const path = require("node:path");
    const dir = ${JSON.stringify(dataDir)}; const types = ${JSON.stringify(types)};
    const files = Object.fromEntries(Object.keys(types).map((k) => [k, fs.readFileSync(path.join(dir, k + ".bin"))]));
    http.createServer((req, res) => {
      const k = req.url.startsWith("/values") ? "values" : req.url.startsWith("/health") ? "health" : "docx";
      res.writeHead(200, { "content-type": types[k], "content-length": files[k].length });
      res.end(files[k]);
    }).listen(${barePort}, "127.0.0.1");`;
  const bare = spawn(process.execPath, ["-e", bareScript], { stdio: ["ignore", "ignore", "inherit"] });
  cleanups.push(() => {
    bare.kill();
  });
  await waitFor(`http://127.0.0.1:${barePort}/health`, bare, []);

  // --- alternated rounds
  let peakRssMb = idleRssMb;
  const sampler = setInterval(() => {
    const v = rssMb(server.pid as number);
    if (v > peakRssMb) peakRssMb = v;
  }, 100);
  const targets: Record<string, { product: Target; bare: Target }> = {
    values: { product: { url: `${base}${valuesPath}`, headers: auth }, bare: { url: `http://127.0.0.1:${barePort}/values` } },
    health: { product: { url: `${base}/health` }, bare: { url: `http://127.0.0.1:${barePort}/health` } },
    docx: { product: { url: `${base}${docxPath}`, headers: auth }, bare: { url: `http://127.0.0.1:${barePort}/docx` } },
  };
  const results: Record<string, { product: LoadResult[]; bare: LoadResult[] }> = {};
  for (const [name, t] of Object.entries(targets)) {
    const r = { product: [] as LoadResult[], bare: [] as LoadResult[] };
    results[name] = r;
    // a short warm-up of each
    await load(t.bare, connections, 0.5);
    await load(t.product, connections, 0.5);
    for (let i = 0; i < rounds; i++) {
      r.bare.push(await load(t.bare, connections, seconds));
      r.product.push(await load(t.product, connections, seconds));
      const b = r.bare.at(-1) as LoadResult;
      const p = r.product.at(-1) as LoadResult;
      console.log(
        `${name.padEnd(6)} round ${i + 1}: bare ${Math.round(b.rps)} req/s (p99 ${r1(b.p99Ms)} ms) · server ${Math.round(p.rps)} req/s (p50 ${r1(p.p50Ms)} ms, p99 ${r1(p.p99Ms)} ms, errors ${p.errors}) · ratio ${r2(p.rps / b.rps)}`,
      );
    }
  }
  clearInterval(sampler);

  const summary = (name: string) => {
    const r = results[name] as { product: LoadResult[]; bare: LoadResult[] };
    const rps = median(r.product.map((x) => x.rps));
    const bareRps = median(r.bare.map((x) => x.rps));
    return {
      rps: Math.round(rps),
      bareRps: Math.round(bareRps),
      ratio: r2(median(r.product.map((x, i) => x.rps / (r.bare[i] as LoadResult).rps))),
      p50Ms: r1(median(r.product.map((x) => x.p50Ms))),
      p99Ms: r1(median(r.product.map((x) => x.p99Ms))),
      errors: r.product.reduce((n, x) => n + x.errors, 0),
    };
  };
  const values = summary("values");
  const health = summary("health");
  const docx = summary("docx");
  const driver = usePostgres ? "postgres" : "pglite";
  const goals = {
    valuesRatio: values.ratio >= (usePostgres ? 0.3 : 0.1),
    valuesP99: values.p99Ms < 100,
    valuesErrors: values.errors === 0,
    healthRatio: health.ratio >= 0.5,
    docxRps: docx.rps >= 100,
    firstDocx: firstDocxMs < 300,
    ...(usePostgres ? {} : { idleRss: idleRssMb <= 350, peakRss: peakRssMb <= 600 }),
  };
  console.log(
    `start ${Math.round(startMs)} ms · first .docx ${Math.round(firstDocxMs)} ms · RSS idle ${idleRssMb} MB, peak ${peakRssMb} MB · load ${(
      await import("node:os")
    )
      .loadavg()[0]
      ?.toFixed(1)}`,
  );
  console.log(
    JSON.stringify({
      driver,
      server: fromSource ? "source" : "bundle",
      connections,
      seconds,
      rounds,
      values,
      health,
      docx,
      firstDocxMs: Math.round(firstDocxMs),
      memory: { idleRssMb, peakRssMb },
      goals,
    }),
  );
};

main()
  .then(cleanup, async (e) => {
    console.error(e);
    await cleanup();
    process.exitCode = 1;
  })
  .finally(() => process.exit());
