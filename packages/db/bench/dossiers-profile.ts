/**
 * Profile of the dossier merge (not a test): `node --import tsx packages/db/bench/dossiers-profile.ts
 * --rows 400000 --batch 200000 [--explain]`. Imports the synthetic province batch by batch on the
 * server of DATABASE_URL (own database, dropped at the end) and prints the time of every statement
 * of every batch; `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the merge statements of the last batch.
 */
import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import { checkCsvLines } from "@cchc/domain/dossiers/DossierBatch";
import { readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Context, Effect, Either, Layer } from "effect";
import postgres from "postgres";
import { Database } from "../src/Database.js";
import { type BulkParam, type BulkTransaction, withBulkTransaction } from "../src/dossiers/BulkTransaction.js";
import { merge, prepare } from "../src/dossiers/DossierMerge.js";
import { csvHeader, csvLines, provinceOptions, units } from "../src/dossiers/SyntheticDossiers.js";
import { arg, log, runScript } from "./BenchScript.js";

const rows = Number(arg("rows", "400000"));
const batchLines = Number(arg("batch", "200000"));
const explain = process.argv.includes("--explain");
const noDelay = process.argv.includes("--nodelay");
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const timed = (tx: BulkTransaction, times: Array<[string, number]>, plans: boolean): BulkTransaction => ({
  query: <R extends object>(text: string, params?: ReadonlyArray<BulkParam>) =>
    Effect.suspend(() => {
      const t = performance.now();
      const name = text.replace(/\s+/g, " ").slice(0, 70);
      if (plans && /^\s*(insert|create temp table \w+ on commit drop as|update|delete|with)/i.test(text) && !/returning/i.test(text))
        return Effect.map(tx.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${text}`, params), (plan): ReadonlyArray<R> => {
          log(`--- ${name}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
          times.push([name, performance.now() - t]);
          return [];
        });
      return Effect.tap(tx.query<R>(text, params), () => {
        times.push([name, performance.now() - t]);
      });
    }),
  copy: (a, b, chunks) =>
    Effect.suspend(() => {
      const t = performance.now();
      return Effect.tap(tx.copy(a, b, chunks), () => {
        times.push(["COPY", performance.now() - t]);
      });
    }),
});

const main = async (): Promise<number> => {
  const dbName = `cchc_prof_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  try {
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const { kysely, raw: shared } = Context.get(
            yield* Layer.build(Database.layer({ kind: "postgres", url: url.toString() })),
            Database,
          );
          yield* Effect.promise(() =>
            kysely
              .insertInto("org_unit")
              .values(units(provinceOptions).map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent_code: u.parent_code })))
              .execute(),
          );
          // --nodelay: the merge on its own client whose sockets disable Nagle's algorithm
          const raw = noDelay
            ? {
                kind: "postgres" as const,
                // `socket` is a documented postgres.js option missing from its types
                sql: postgres(url.toString(), {
                  onnotice: () => {},
                  socket: () =>
                    new Promise<Socket>((resolve, reject) => {
                      const s = connect(Number(url.port || 5432), url.hostname);
                      s.setNoDelay(true);
                      s.once("connect", () => resolve(s));
                      s.once("error", reject);
                    }),
                } as postgres.Options<{}>),
              }
            : shared;
          const index = Either.getOrThrow(readHeader(csvHeader));
          let pending: string[] = [];
          let first = 2;
          let n = 0;
          const total = Math.ceil(rows / batchLines);
          const flush = async () => {
            n++;
            let t = performance.now();
            const checked = Either.getOrThrow(checkCsvLines(pending, index, first));
            const check = performance.now() - t;
            first += pending.length;
            pending = [];
            const times: Array<[string, number]> = [];
            t = performance.now();
            const s = await Effect.runPromise(
              withBulkTransaction(raw, (tx) => merge(timed(tx, times, explain && n === total), prepare(checked))),
            );
            const all = performance.now() - t;
            log(
              `batch ${n}: check ${check.toFixed(0)} ms, store ${all.toFixed(0)} ms (${Math.round(checked.rows.length / (all / 1000))} rows/s) ${JSON.stringify(s)}`,
            );
            for (const [name, ms] of times) log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
          };
          for (const line of csvLines(provinceOptions, rows)) {
            pending.push(line);
            if (pending.length >= batchLines) yield* Effect.promise(flush);
          }
          if (pending.length > 0) yield* Effect.promise(flush);
        }),
      ),
    );
    return 0;
  } finally {
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
};

runScript(main);
