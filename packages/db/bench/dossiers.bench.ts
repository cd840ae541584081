/**
 * Benchmark of dossier ingest and statistics (not a test): `npm run bench:dossiers -- --rows 1000000`.
 *
 * 1. Writes a synthetic province (≈100 units, two years) as a CSV file, streamed, in a temp folder.
 * 2. On the server of DATABASE_URL creates its own database `cchc_bench_<random>` (dropped at the end).
 * 3. Rounds (`--rounds`, default 3) alternating baseline and product on the same machine load:
 *    bare COPY of the file into an unindexed table of the same columns (the speed limit), the
 *    incremental import (the file's lines, read by `byteLines` as the bulk route reads a body →
 *    `DossierIngest.ingestCsvStream`, batches of 50.000) into empty tables, bare COPY again, then
 *    the bulk first load (`bulkLoadCsvStream`, same reading) into empty tables. Each
 *    product run's ratio is against the bare COPY just before it; the JSON gives the medians. The
 *    bulk load's counters must equal the incremental import's, cell by cell.
 * 4. Peak RSS of this process during the first incremental import, and for every timed run the CPU
 *    time of this process and — when the server runs on this machine — of the server's sessions on
 *    the bench database (`/proc/<pid>/stat`). A session of PostgreSQL runs on one core, so no run can
 *    be faster than max(import CPU, server CPU, their sum ÷ cores): the JSON gives that ceiling's
 *    ratio beside the ratio measured (`cpu`).
 * 5. 200 random unit × period queries from the counters and by a plain scan; every pair must be equal.
 * The last line is one JSON object with the figures; the exit code is 1 when any result differs.
 * `--pglite` runs steps 3–5 on an embedded PGlite in a temp folder instead (the ≥ 100.000 check).
 * `BENCH_GC=1 node --expose-gc --import tsx …` collects garbage before each progress line, so the
 * heap it prints is what a batch really keeps alive. Per-statement times: `dossiers-profile.ts`.
 */

import { randomBytes } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { StatsWindow } from "@cchc/domain/dossiers/DossierStats";
import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { Effect, Layer, ManagedRuntime } from "effect";
import postgres from "postgres";
import { Database, type DatabaseConfig } from "../src/Database.js";
import { byteLines } from "../src/dossiers/ByteLines.js";
import { DossierIngest } from "../src/dossiers/DossierIngest.js";
import { DossierStatistics } from "../src/dossiers/DossierStatistics.js";
import { provinceOptions, random, units } from "../src/dossiers/SyntheticDossiers.js";
import { arg, log, median, runScript } from "./BenchScript.js";
import { cpuFloor, cpuMeter, type RunCpu } from "./ServerCpu.js";
import { fileColumns, writeSyntheticCsv } from "./SyntheticCsv.js";

const rows = Number(arg("rows", "1000000"));
const queries = Number(arg("queries", "200"));
const batchLines = Number(arg("batch", "50000"));
const rounds = Math.max(1, Number(arg("rounds", "3")));
const usePglite = process.argv.includes("--pglite");
const keep = process.argv.includes("--keep");
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const mb = (bytes: number) => Math.round(bytes / 1048576);

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};

/** Random windows: report periods (month, quarter, half-year, year on the 15→14 rule) and free ones. */
const randomQueries = (count: number): Array<{ unit: UnitCode; window: StatsWindow }> => {
  const rnd = random(4242);
  const all = units(provinceOptions).map((u) => u.code);
  const o = provinceOptions;
  return Array.from({ length: count }, (_, i) => {
    const unit = UnitCode.make(i % 10 === 0 ? o.root : (all[Math.floor(rnd() * all.length)] as string));
    const kind = Math.floor(rnd() * 5);
    const year = 2022 + Math.floor(rnd() * 2);
    const month = 1 + Math.floor(rnd() * 12);
    const cut = (y: number, m: number) => LocalDate.make(m < 1 ? y - 1 : y, m < 1 ? m + 12 : m, 15);
    let window: StatsWindow;
    if (kind === 0) window = { start: cut(year, month - 1), end: LocalDate.make(year, month, 14) };
    else if (kind === 1) window = { start: cut(year, month - 3), end: LocalDate.make(year, month, 14) };
    else if (kind === 2) window = { start: cut(year, 0), end: LocalDate.make(year, 6, 14) };
    else if (kind === 3) window = { start: cut(year, 0), end: LocalDate.make(year, 12, 14) };
    else {
      const start = LocalDate.addDays(o.from, Math.floor(rnd() * 700));
      window = { start, end: LocalDate.addDays(start, Math.floor(rnd() * 200)) };
    }
    return { unit, window };
  });
};

const main = async (): Promise<number> => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  const file = join(dir, "dossiers.csv");
  const dbName = `cchc_bench_${randomBytes(4).toString("hex")}`;
  const admin = usePglite ? undefined : postgres(serverUrl, { onnotice: () => {}, max: 1 });
  try {
    const t = performance.now();
    await writeSyntheticCsv(file, rows);
    log(`CSV: ${rows} lines, ${mb(statSync(file).size)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s (${file})`);

    let config: DatabaseConfig;
    if (admin) {
      await admin.unsafe(`create database ${dbName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      config = { kind: "postgres", url: url.toString() };
    } else config = { kind: "pglite", dataDir: join(dir, "pglite") };
    const runtime = ManagedRuntime.make(
      Layer.mergeAll(DossierIngest.layer, DossierStatistics.layer).pipe(Layer.provideMerge(Database.layer(config))),
    );
    try {
      const { kysely, raw } = await runtime.runPromise(Database);
      await kysely
        .insertInto("org_unit")
        .values(units(provinceOptions).map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent_code: u.parent_code })))
        .execute();

      // COPY of the same file into a table of the same columns: bare (no index — the speed limit),
      // then with a btree on the dossier key (not unique: the file holds several versions of some
      // dossiers) — the ceiling of any ingest that must find a dossier by its key
      const copyInto = async (table: string, index: string | null): Promise<number> => {
        const started = performance.now();
        if (raw.kind === "postgres") {
          await raw.sql.unsafe(`create table ${table} (${fileColumns})`);
          if (index) await raw.sql.unsafe(index);
          const w = await raw.sql.unsafe(`copy ${table} from stdin with (format csv, header true)`).writable();
          await pipeline(createReadStream(file), w);
        } else {
          await raw.pglite.exec(`create table ${table} (${fileColumns})`);
          if (index) await raw.pglite.exec(index);
          await raw.pglite.query(`copy ${table} from '/dev/blob' with (format csv, header true)`, [], {
            blob: new Blob([await readFile(file)]),
          });
        }
        const seconds = (performance.now() - started) / 1000;
        await kysely.schema.dropTable(table).execute();
        return seconds;
      };
      const withCpu = cpuMeter(admin, dbName, serverUrl);
      const exec = async (text: string): Promise<ReadonlyArray<Record<string, unknown>>> =>
        raw.kind === "postgres" ? await raw.sql.unsafe(text) : (await raw.pglite.query<Record<string, unknown>>(text)).rows;
      const emptyTables = () => exec("truncate dossier, dossier_source, dossier_daily, dossier_monthly");
      // the file read as the bulk route reads a request body: split on line feeds, decoded, NFC
      const fileLines = () => byteLines(createReadStream(file));
      // counter rows a normal import leaves at zero (a version counted, then replaced) count nothing
      const nonZero = `not (${["received", "finished", "due_open"].map((c) => `${c} = 0`).join(" and ")})`;

      const keyedSeconds = await copyInto("bench_keyed", "create index bench_keyed_key on bench_keyed (dossier_id, source)");
      log(`COPY with a key index: ${keyedSeconds.toFixed(1)} s, ${Math.round(rows / keyedSeconds)} rows/s (the ceiling of a keyed ingest)`);

      /** The incremental import into empty tables; the first one is watched for memory. */
      let peakRss = 0;
      let rssBefore = 0;
      let lastSummary: unknown;
      const incremental = async (watch: boolean): Promise<number> => {
        await emptyTables();
        if (process.env.BENCH_GC) (globalThis as { gc?: () => void }).gc?.();
        rssBefore = watch ? process.memoryUsage.rss() : rssBefore;
        let peak = process.memoryUsage.rss();
        const sampler = setInterval(() => {
          peak = Math.max(peak, process.memoryUsage.rss());
        }, 50);
        const started = performance.now();
        lastSummary = await runtime.runPromise(
          Effect.flatMap(DossierIngest, (ingest) =>
            ingest.ingestCsvStream(fileLines(), {
              batchLines,
              onBatch: (s) => {
                if (s.batches % 4 === 0 && process.env.BENCH_GC) (globalThis as { gc?: () => void }).gc?.();
                if (s.batches % 4 === 0 && watch)
                  log(`  … ${s.lines} lines, RSS ${mb(process.memoryUsage.rss())} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`);
              },
            }),
          ),
        );
        const seconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        if (watch) peakRss = Math.max(peak, process.memoryUsage.rss());
        return seconds;
      };
      const bulk = async (): Promise<number> => {
        await emptyTables();
        const started = performance.now();
        await runtime.runPromise(Effect.flatMap(DossierIngest, (ingest) => ingest.bulkLoadCsvStream(fileLines(), { batchLines })));
        return (performance.now() - started) / 1000;
      };

      // A/B/A/B: each product run right after the baseline it is compared with
      const bare: number[] = [];
      const ingestRuns: number[] = [];
      const bulkRuns: number[] = [];
      const ingestRatios: number[] = [];
      const bulkRatios: number[] = [];
      const cores = availableParallelism();
      const cpuRuns = { bare: [] as RunCpu[], incremental: [] as RunCpu[], bulk: [] as RunCpu[] };
      const ceilings = { incremental: [] as number[], bulk: [] as number[] };
      /** The ceiling ratio of a product run against its baseline (logged), when the server's CPU is known. */
      const ceiling = (kind: "incremental" | "bulk", bareSeconds: number, cpu: RunCpu): string => {
        const floor = cpuFloor(cpu, cores);
        if (floor === undefined) return "";
        ceilings[kind].push(bareSeconds / floor);
        return `, CPU ${cpu.import.toFixed(1)} + server ${cpu.server?.toFixed(1)} s → ceiling ${(bareSeconds / floor).toFixed(2)}×`;
      };
      let sameCounters = true;
      for (let round = 1; round <= rounds; round++) {
        const [bareA, bareACpu] = await withCpu(() => copyInto("bench_bare", null));
        const [ingestSeconds, ingestCpu] = await withCpu(() => incremental(round === 1));
        await exec("drop table if exists bench_expected_daily");
        await exec(`create table bench_expected_daily as select * from dossier_daily where ${nonZero}`);
        const [bareB, bareBCpu] = await withCpu(() => copyInto("bench_bare", null));
        const [bulkSeconds, bulkCpu] = await withCpu(bulk);
        const [diff] = await exec(
          `select (select count(*) from (select * from bench_expected_daily except select * from dossier_daily where ${nonZero}) a)
            + (select count(*) from (select * from dossier_daily where ${nonZero} except select * from bench_expected_daily) b) as n`,
        );
        if (Number(diff?.n) !== 0) {
          sameCounters = false;
          log(`MISMATCH: ${diff?.n} daily counter rows differ between the incremental import and the bulk load`);
        }
        bare.push(bareA, bareB);
        ingestRuns.push(ingestSeconds);
        bulkRuns.push(bulkSeconds);
        ingestRatios.push(bareA / ingestSeconds);
        bulkRatios.push(bareB / bulkSeconds);
        cpuRuns.bare.push(bareACpu, bareBCpu);
        cpuRuns.incremental.push(ingestCpu);
        cpuRuns.bulk.push(bulkCpu);
        log(
          `round ${round}: bare ${bareA.toFixed(1)} s → incremental ${ingestSeconds.toFixed(1)} s (${(bareA / ingestSeconds).toFixed(2)}×${ceiling("incremental", bareA, ingestCpu)}); ` +
            `bare ${bareB.toFixed(1)} s → bulk ${bulkSeconds.toFixed(1)} s (${(bareB / bulkSeconds).toFixed(2)}×${ceiling("bulk", bareB, bulkCpu)})`,
        );
      }
      /** Median CPU seconds of a kind of run (server null when not measurable). */
      const cpuOf = (runs: ReadonlyArray<RunCpu>) => {
        const server = runs.map((r) => r.server);
        return {
          import: Number(median(runs.map((r) => r.import)).toFixed(1)),
          server: server.every((x) => x !== undefined) ? Number(median(server as number[]).toFixed(1)) : null,
        };
      };
      const ceilingOf = (xs: ReadonlyArray<number>) => (xs.length === rounds ? Number(median(xs).toFixed(2)) : null);
      await exec("drop table if exists bench_expected_daily");
      const copySeconds = median(bare);
      const ingestSeconds = median(ingestRuns);
      const bulkSeconds = median(bulkRuns);
      log(`incremental summary: ${JSON.stringify(lastSummary)}`);
      log(`import process CPU during the first incremental import: ${cpuRuns.incremental[0]?.import.toFixed(1)} s`);
      log(`RSS before import ${mb(rssBefore)} MB, peak during import ${mb(peakRss)} MB`);
      if (raw.kind === "postgres") await raw.sql.unsafe("vacuum analyze dossier, dossier_daily, dossier_monthly");
      else for (const table of ["dossier", "dossier_daily", "dossier_monthly"]) await raw.pglite.query(`vacuum analyze ${table}`);

      const statistics = await runtime.runPromise(DossierStatistics);
      const timed: number[] = [];
      const scanned: number[] = [];
      let mismatches = 0;
      for (const q of randomQueries(queries)) {
        let t0 = performance.now();
        const a = await Effect.runPromise(statistics.stats(q.unit, q.window));
        timed.push(performance.now() - t0);
        t0 = performance.now();
        const b = await Effect.runPromise(statistics.scanStats(q.unit, q.window));
        scanned.push(performance.now() - t0);
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          mismatches++;
          log(`MISMATCH ${q.unit} ${q.window.start}…${q.window.end}`);
        }
      }
      const counts = await kysely
        .selectFrom("dossier_daily")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      log(`daily counter rows: ${counts.n}`);
      const result = {
        rows,
        driver: raw.kind,
        rounds,
        ingest: {
          rowsPerSec: Math.round(rows / ingestSeconds),
          copyRowsPerSec: Math.round(rows / copySeconds),
          ratio: Number(median(ingestRatios).toFixed(2)),
          keyedCopyRowsPerSec: Math.round(rows / keyedSeconds),
          keyedCopyRatio: Number((copySeconds / keyedSeconds).toFixed(2)),
        },
        bulk: {
          rowsPerSec: Math.round(rows / bulkSeconds),
          ratio: Number(median(bulkRatios).toFixed(2)),
          sameCountersAsIncremental: sameCounters,
        },
        stats: {
          p50Ms: Number(percentile(timed, 50).toFixed(1)),
          p95Ms: Number(percentile(timed, 95).toFixed(1)),
          scanP50Ms: Number(percentile(scanned, 50).toFixed(1)),
          scanP95Ms: Number(percentile(scanned, 95).toFixed(1)),
          speedup: Number((percentile(scanned, 95) / percentile(timed, 95)).toFixed(1)),
        },
        cpu: {
          cores,
          bare: cpuOf(cpuRuns.bare),
          incremental: { ...cpuOf(cpuRuns.incremental), ceilingRatio: ceilingOf(ceilings.incremental) },
          bulk: { ...cpuOf(cpuRuns.bulk), ceilingRatio: ceilingOf(ceilings.bulk) },
        },
        peakRssMb: mb(peakRss),
        correct: mismatches === 0 && sameCounters,
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return result.correct ? 0 : 1;
    } finally {
      await runtime.dispose();
    }
  } finally {
    if (admin) {
      if (keep) log(`kept database ${dbName}`);
      else await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
};

runScript(main);
