/**
 * PGlite settings against memory and speed (ADR 0020): opens an embedded database in a temp
 * folder with one variant of settings, migrates it, then runs 2.000 single-row inserts and 2.000
 * key lookups one after the other, and prints one JSON line: RSS before opening, after migrating
 * and at the end, and the two timings. Variants (joined by "-"): `default`, `sb16` (shared_buffers
 * 16 MB instead of PGlite's 128 MB), `relaxed` (`relaxedDurability`: queries do not wait for the
 * file system sync), `mem64` (64 MB of initial WASM memory). One variant per process, so each
 * starts from a clean heap: `node --import tsx packages/db/bench/pglite-memory.bench.ts sb16-relaxed`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { migrateToLatest } from "../src/Migrations.js";

// PGlite 0.4.6's own start parameters, to which a variant adds its settings.
const DEFAULT_START = [
  "--single",
  "-F",
  "-O",
  "-j",
  "-c",
  "search_path=public",
  "-c",
  "exit_on_error=false",
  "-c",
  "log_checkpoints=false",
  "-c",
  "max_worker_processes=0",
  "-c",
  "max_parallel_workers=0",
  "-c",
  "max_parallel_workers_per_gather=0",
];

const variant = process.argv[2] ?? "default";
const dataDir = mkdtempSync(join(tmpdir(), "cchc-pglite-memory-"));
const options: PGliteOptions = { dataDir };
if (variant.includes("sb16")) Object.assign(options, { startParams: [...DEFAULT_START, "-c", "shared_buffers=16MB"] });
if (variant.includes("relaxed")) Object.assign(options, { relaxedDurability: true });
if (variant.includes("mem64")) Object.assign(options, { initialMemory: 64 * 1024 * 1024 });
const rss = () => Math.round(process.memoryUsage().rss / 1048576);

const rssBeforeMb = rss();
const pg = await PGlite.create(options);
await migrateToLatest(new Kysely<object>({ dialect: new PGliteDialect(pg) }));
const rssOpenMb = rss();
await pg.exec("create table bench_t (id serial primary key, v text)");
const t0 = performance.now();
for (let i = 0; i < 2000; i++) await pg.query("insert into bench_t (v) values ($1)", ["x".repeat(200)]);
const insertsMs = performance.now() - t0;
const t1 = performance.now();
for (let i = 0; i < 2000; i++) await pg.query("select * from bench_t where id = $1", [i]);
const selectsMs = performance.now() - t1;
console.log(
  JSON.stringify({
    variant,
    rssBeforeMb,
    rssOpenMb,
    rssAfterMb: rss(),
    insertsMs: Math.round(insertsMs),
    selectsMs: Math.round(selectsMs),
  }),
);
await pg.close();
rmSync(dataDir, { recursive: true, force: true });
