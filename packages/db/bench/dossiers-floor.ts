/**
 * The server's share of a dossier import at its least (not a test): `npm run bench:dossiers-floor --
 * --rows 1000000`. How fast can any import of the file be on this machine, whatever the import
 * process does? It measures, on the server of DATABASE_URL (own database, dropped at the end),
 * only the statements an import cannot do without, each fed ready-made input:
 *
 * 1. Writes the synthetic province's file, bulk-loads it once with the product
 *    (`bulkLoadCsvStream`) and keeps its outcome as files: the stored records (the 18 columns of
 *    `dossier`, derived days included) and the daily counter cells.
 * 2. Rounds (`--rounds`, default 3) alternating the baseline — the bare COPY of the file into an
 *    unindexed table of its columns — with: the records COPYed into `dossier` with its key; the
 *    records COPYed with the key dropped and the key built after (in one transaction); both again
 *    with the records in COPY's binary format (which the product sends since ADR 0030: it spares the
 *    server the parsing of times and dates); the counters computed from the stored records by one
 *    GROUP BY and written; the ready counter cells COPYed and added (what remains for the server
 *    when the import process counts). The GROUP BY's counters must equal the product's, cell by cell.
 * 3. Prints each step's wall time, the CPU of the server's sessions (`ServerCpu`), and the
 *    ceilings: the bare COPY's time over the least time of the server's statements of a bulk load
 *    (records, key, counters) and of an incremental import (keyed records and counter cells, without
 *    the probe of stored versions), assuming an import process that costs nothing — with the
 *    records as CSV text and in binary, as the product sends them.
 *
 * The last line is one JSON object; the exit code is 1 when the GROUP BY's counters differ.
 */

import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Effect, Layer, ManagedRuntime } from "effect";
import postgres from "postgres";
import { Database } from "../src/Database.js";
import { byteLines } from "../src/dossiers/ByteLines.js";
import { counterColumns } from "../src/dossiers/DossierCounters.js";
import { DossierIngest } from "../src/dossiers/DossierIngest.js";
import * as Sql from "../src/dossiers/DossierSql.js";
import { provinceOptions, units } from "../src/dossiers/SyntheticDossiers.js";
import { arg, log, median, runScript } from "./BenchScript.js";
import { cpuMeter, type RunCpu } from "./ServerCpu.js";
import { fileColumns, writeSyntheticCsv } from "./SyntheticCsv.js";

const rows = Number(arg("rows", "1000000"));
const rounds = Math.max(1, Number(arg("rounds", "3")));
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * `DossierCounters.counters` in SQL: what a record adds on its receipt day (r), its finish day (f)
 * and its effective appointment day when it was not finished by then (d). Held against the
 * product's counters by each run.
 */
const counterSql: Record<string, string> = {
  received: "a = 'r'",
  received_digitised: "a = 'r' and dossier_digitised",
  received_paid_online: "a = 'r' and paid_online",
  finished: "a = 'f'",
  resolved_early: "a = 'f' and outcome = 'resolved' and finished_day < due_day",
  resolved_on_time: "a = 'f' and outcome = 'resolved' and finished_day = due_day",
  resolved_late: "a = 'f' and outcome = 'resolved' and finished_day > due_day",
  resolved_extended: "a = 'f' and outcome = 'resolved' and extension_date is not null",
  resolved_result_digitised: "a = 'f' and outcome = 'resolved' and result_digitised",
  returned: "a = 'f' and outcome = 'returned'",
  withdrawn: "a = 'f' and outcome = 'withdrawn'",
  rejected: "a = 'f' and outcome = 'rejected'",
  finished_after_due: "a = 'f' and finished_day > due_day",
  due_open: "a = 'd'",
};
const counterList = counterColumns.join(", ");
const sums = counterColumns.map((c) => `sum(${c})`).join(", ");

/** The counters of the stored records by one GROUP BY, written to the daily and monthly tables. */
const countersByGroupBy = `with x as materialized (
    select unit_code, day, procedure_level, channel,
      ${counterColumns.map((c) => `(count(*) filter (where ${counterSql[c]}))::integer as ${c}`).join(", ")}
    from dossier cross join lateral (values ('r', received_day), ('f', finished_day),
      ('d', case when finished_day is null or finished_day > due_day then due_day end)) v(a, day)
    where day is not null
    group by 1, 2, 3, 4
  ), daily as (
    insert into dossier_daily (unit_code, day, procedure_level, channel, ${counterList})
    select unit_code, day, procedure_level, channel, ${counterList} from x
  )
  insert into dossier_monthly (unit_code, month, procedure_level, channel, ${counterList})
  select unit_code, date_trunc('month', day)::date, procedure_level, channel, ${sums} from x group by 1, 2, 3, 4`;

/** Ready counter cells (a scratch table filled by COPY) added to the daily and monthly tables. */
const cellsAdded = `with daily as (
    insert into dossier_daily (unit_code, day, procedure_level, channel, ${counterList})
    select unit_code, day, procedure_level, channel, ${counterList} from floor_cells
  )
  insert into dossier_monthly (unit_code, month, procedure_level, channel, ${counterList})
  select unit_code, date_trunc('month', day)::date, procedure_level, channel, ${sums} from floor_cells group by 1, 2, 3, 4`;

/**
 * Writes the output of a `COPY … TO STDOUT` to a file. Read by its data events: with postgres.js
 * 3.4, a binary COPY read through `pipeline` (or `for await`) never ends.
 */
const copyOut = async (sql: postgres.Sql, query: string, path: string): Promise<void> => {
  const out = createWriteStream(path);
  const source = await sql.unsafe(query).readable();
  await new Promise<void>((resolve, reject) => {
    source.on("data", (chunk: Buffer) => out.write(chunk));
    source.on("end", resolve);
    source.on("error", reject);
  });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
};

// counter rows a normal import leaves at zero (a version counted, then replaced) count nothing
const nonZero = `not (${["received", "finished", "due_open"].map((c) => `${c} = 0`).join(" and ")})`;

const main = async (): Promise<number> => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-floor-"));
  const file = join(dir, "dossiers.csv");
  const recordsFile = join(dir, "records.csv");
  const binaryFile = join(dir, "records.bin");
  const cellsFile = join(dir, "cells.csv");
  const dbName = `cchc_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  try {
    await writeSyntheticCsv(file, rows);
    await admin.unsafe(`create database ${dbName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    const runtime = ManagedRuntime.make(
      DossierIngest.layer.pipe(Layer.provideMerge(Database.layer({ kind: "postgres", url: url.toString() }))),
    );
    try {
      const { kysely, raw } = await runtime.runPromise(Database);
      if (raw.kind !== "postgres") throw new Error("a PostgreSQL server is needed");
      const sql = raw.sql;
      await kysely
        .insertInto("org_unit")
        .values(units(provinceOptions).map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent_code: u.parent_code })))
        .execute();
      await runtime.runPromise(Effect.flatMap(DossierIngest, (i) => i.bulkLoadCsvStream(byteLines(createReadStream(file)))));
      await sql.unsafe(`create table floor_expected as select * from dossier_daily where ${nonZero}`);
      await copyOut(sql, "copy dossier to stdout with (format csv)", recordsFile);
      await copyOut(sql, "copy dossier to stdout with (format binary)", binaryFile);
      await copyOut(
        sql,
        `copy (select unit_code, day, procedure_level, channel, ${counterList} from dossier_daily) to stdout with (format csv)`,
        cellsFile,
      );
      const [{ n: cells } = { n: 0 }] = await sql<Array<{ n: number }>>`select count(*)::integer as n from dossier_daily`;
      log(`${rows} lines loaded by the product; ${cells} daily counter cells`);

      const meter = cpuMeter(admin, dbName, serverUrl);
      const timed = async (work: () => Promise<void>): Promise<number> => {
        const started = performance.now();
        await work();
        return (performance.now() - started) / 1000;
      };
      const copyFrom = async (target: string, path: string, connection: Pick<postgres.Sql, "unsafe"> = sql): Promise<void> => {
        const format = path.endsWith(".bin") ? "binary" : "csv";
        await pipeline(createReadStream(path), await connection.unsafe(`copy ${target} from stdin with (format ${format})`).writable());
      };
      const keyed = (path: string) => async () => {
        await sql.unsafe("truncate dossier, dossier_source");
        return timed(() => copyFrom("dossier", path));
      };
      const keyAfter = (path: string) => async () => {
        await sql.unsafe("truncate dossier, dossier_source");
        return timed(() =>
          sql.begin(async (tx) => {
            await tx.unsafe(Sql.dropRecordKey);
            await copyFrom("dossier", path, tx);
            await tx.unsafe(Sql.addRecordKey);
          }),
        );
      };
      const steps = {
        bare: () =>
          timed(async () => {
            await sql.unsafe(`create table floor_bare (${fileColumns})`);
            await pipeline(
              createReadStream(file),
              await sql.unsafe("copy floor_bare from stdin with (format csv, header true)").writable(),
            );
          }).finally(() => sql.unsafe("drop table if exists floor_bare")),
        keyed: keyed(recordsFile),
        keyAfter: keyAfter(recordsFile),
        keyedBinary: keyed(binaryFile),
        keyAfterBinary: keyAfter(binaryFile),
        groupBy: async () => {
          await sql.unsafe("truncate dossier_daily, dossier_monthly");
          return timed(() =>
            sql.begin(async (tx) => {
              await tx.unsafe("set local work_mem = '64MB'");
              await tx.unsafe(countersByGroupBy);
            }),
          );
        },
        cells: async () => {
          await sql.unsafe("truncate dossier_daily, dossier_monthly");
          return timed(() =>
            sql.begin(async (tx) => {
              await tx.unsafe("set local work_mem = '64MB'");
              await tx.unsafe(`create temp table floor_cells (like dossier_daily) on commit drop`);
              await copyFrom(`floor_cells (unit_code, day, procedure_level, channel, ${counterList})`, cellsFile, tx);
              await tx.unsafe(cellsAdded);
            }),
          );
        },
      } as const;
      type Step = keyof typeof steps;
      const order: ReadonlyArray<Step> = Object.keys(steps)
        .filter((s) => s !== "bare")
        .flatMap((s) => ["bare", s as Step]);
      const seconds = Object.fromEntries(Object.keys(steps).map((s) => [s, [] as number[]])) as Record<Step, number[]>;
      const server = Object.fromEntries(Object.keys(steps).map((s) => [s, [] as number[]])) as Record<Step, number[]>;
      let sameCounters = true;
      for (let round = 1; round <= rounds; round++) {
        const line: string[] = [];
        for (const step of order) {
          const [s, cpu]: [number, RunCpu] = await meter(steps[step]);
          seconds[step].push(s);
          if (cpu.server !== undefined) server[step].push(cpu.server);
          line.push(`${step} ${s.toFixed(2)} s${cpu.server === undefined ? "" : ` (server ${cpu.server.toFixed(1)})`}`);
          if (step === "groupBy") {
            const [{ n } = { n: -1 }] = await sql.unsafe<Array<{ n: number }>>(`select
              (select count(*) from (select * from floor_expected except select * from dossier_daily) a)::integer
              + (select count(*) from (select * from dossier_daily where ${nonZero} except select * from floor_expected) b)::integer as n`);
            if (n !== 0) {
              sameCounters = false;
              log(`MISMATCH: ${n} daily counter rows of the GROUP BY differ from the product's`);
            }
          }
        }
        log(`round ${round}: ${line.join(" · ")}`);
      }
      const m = (step: Step) => Number(median(seconds[step]).toFixed(2));
      const cpu = (step: Step) => (server[step].length === seconds[step].length ? Number(median(server[step]).toFixed(1)) : null);
      const bare = median(seconds.bare);
      const counting = Math.min(m("groupBy"), m("cells"));
      const ceilingOf = (least: number) => Number((bare / least).toFixed(2));
      const result = {
        rows,
        rounds,
        counterCells: cells,
        seconds: Object.fromEntries(Object.keys(steps).map((s) => [s, m(s as Step)])),
        serverCpu: Object.fromEntries(Object.keys(steps).map((s) => [s, cpu(s as Step)])),
        ceiling: {
          bulk: ceilingOf(m("keyAfter") + counting),
          incremental: ceilingOf(m("keyed") + m("cells")),
          bulkBinary: ceilingOf(m("keyAfterBinary") + counting),
          incrementalBinary: ceilingOf(m("keyedBinary") + m("cells")),
        },
        sameCountersAsProduct: sameCounters,
      };
      log(
        `ceilings with an import process that costs nothing: bulk ${result.ceiling.bulk}× (records, key built after, ` +
          `cheaper counters), incremental ${result.ceiling.incremental}× (keyed records, counter cells, no probe); ` +
          `records in binary: bulk ${result.ceiling.bulkBinary}×, incremental ${result.ceiling.incrementalBinary}×`,
      );
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return sameCounters ? 0 : 1;
    } finally {
      await runtime.dispose();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
};

runScript(main);
