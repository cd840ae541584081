/**
 * The bulk first load of dossier records (`cchc import dossiers --bulk`, `POST /dossiers/bulk`):
 * for sources that have no records yet — the first import of a one-stop system's history. The
 * whole file is one transaction: every line is checked as in a normal import (line-numbered
 * refusals), COPYed into a keyless scratch table, then the latest version of each key is moved
 * into `dossier` — with its primary key dropped and built once after when the table was empty —
 * and the counters of the rows inserted are made by one GROUP BY in the same statement
 * (`DossierSql.insertLatestWithCounters`) instead of deltas per batch. The statistics afterwards are those of a normal import of the same file (tested).
 * A source that already has records is refused: the deltas of a normal import are what keep an
 * existing source's counters right. A refusal fails the load's transaction (`BulkTransaction`)
 * with `DossierBatchInvalid`, which rolls it back.
 */
import { type CheckedBatch, DossierBatchInvalid, issue, maxBatchLines, maxListedIssues } from "@cchc/domain/dossiers/DossierBatch";
import { readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Effect, Either, Exit, Fiber } from "effect";
import type { RawDriver } from "../Database.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import { checkLinesInTurns } from "./CheckInTurns.js";
import { chunked, rowLine } from "./DossierMerge.js";
import * as Sql from "./DossierSql.js";
import { type LineReader, lineReader } from "./LineReader.js";

/** What a bulk load did. */
export interface BulkSummary {
  /** Valid lines read. */
  readonly lines: number;
  /** Keys stored (the latest version of each). */
  readonly inserted: number;
  /** Lines superseded by a later version of the same key within the file. */
  readonly superseded: number;
  /** Whether the record key was dropped and built once after (the record table was empty). */
  readonly keyBuiltAfter: boolean;
}

/** Options of a bulk load. */
export interface BulkOptions {
  /** Data lines checked and COPYed at a time (default `maxBatchLines`). */
  readonly batchLines?: number;
  /** Units the caller may write dossiers for ("*": all). Default all. */
  readonly allowedUnits?: ReadonlySet<string> | "*";
  /** Called after each batch is checked and handed to COPY, with the lines read so far. */
  readonly onLines?: (lines: number) => void;
}

const refuse = (issues: ReturnType<typeof issue>[]): Effect.Effect<never, DossierBatchInvalid> =>
  Effect.fail(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));

const bulkLine = (batch: CheckedBatch, i: number): string => {
  const line = rowLine(batch.rows[i] as CheckedBatch["rows"][number]);
  return `${line.slice(0, -1)},${batch.lines[i] as number}\n`;
};

/**
 * Checks the file's lines and COPYs them into the scratch table; answers the number of data lines.
 * Pipelined: while the server COPYs one batch, the next is read and checked here (two cores at
 * work instead of one after the other); a batch's COPY starts when the previous one has ended.
 */
const copyChecked = (tx: BulkTransaction, reader: LineReader, options: BulkOptions): Effect.Effect<number, DossierBatchInvalid> =>
  Effect.gen(function* () {
    const size = options.batchLines ?? maxBatchLines;
    const [header] = yield* reader.next(1);
    if (header === undefined) return yield* refuse([issue(1, { field: "header", reason: "missing", value: "" })]);
    const head = readHeader(header);
    if (Either.isLeft(head)) return yield* refuse([issue(1, head.left)]);
    let inFlight: Fiber.RuntimeFiber<void> | undefined;
    // the COPY in flight ends before anything else runs on the transaction's connection
    const settle = Effect.suspend(() => (inFlight === undefined ? Effect.void : Fiber.join(inFlight)));
    const loop = Effect.gen(function* () {
      let firstLine = 2;
      let read = 0;
      for (;;) {
        const pending = yield* reader.next(size);
        if (pending.length === 0) return read;
        const batch = yield* checkLinesInTurns(pending, head.right, firstLine);
        firstLine += pending.length;
        const chunks = chunked(Array.from(batch.rows, (_, i) => bulkLine(batch, i)));
        yield* settle;
        inFlight = yield* Effect.fork(tx.copyCsv(Sql.copyBulk, Sql.copyBulkPglite, chunks));
        read += batch.rows.length;
        options.onLines?.(read);
      }
    });
    return yield* Effect.ensuring(loop, settle);
  });

/** Refuses unknown or forbidden receiving units and sources that already have records, by their first line. */
const checkLoad = (tx: BulkTransaction, allowed: ReadonlySet<string> | "*"): Effect.Effect<void, DossierBatchInvalid> =>
  Effect.gen(function* () {
    const known = new Set((yield* tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code));
    const units = yield* tx.query<{ unit_code: string; line: number }>(Sql.bulkUnits);
    const unitIssues = units
      .filter((u) => !known.has(u.unit_code) || (allowed !== "*" && !allowed.has(u.unit_code)))
      .sort((a, b) => Number(a.line) - Number(b.line))
      .map((u) =>
        issue(Number(u.line), {
          field: "unitCode",
          reason: known.has(u.unit_code) ? "unit-not-allowed" : "unit-unknown",
          value: u.unit_code,
        }),
      );
    if (unitIssues.length > 0) return yield* refuse(unitIssues);
    const taken = yield* tx.query<{ source: string; line: number }>(Sql.bulkSourcesTaken);
    if (taken.length > 0)
      return yield* refuse(taken.map((t) => issue(Number(t.line), { field: "source", reason: "source-not-empty", value: t.source })));
  });

/** Loads a CSV file given as lines (header first) in one transaction; see the module comment. */
export const bulkLoadCsv = (
  raw: RawDriver,
  lines: AsyncIterable<string>,
  options: BulkOptions = {},
): Effect.Effect<BulkSummary, DossierBatchInvalid> =>
  Effect.suspend(() => {
    // Read at once: the transaction's first statements take a while (see `lineReader`).
    const reader = lineReader(lines);
    const load = withBulkTransaction(raw, (tx) =>
      Effect.gen(function* () {
        yield* tx.query(Sql.lockIngest);
        yield* tx.query(Sql.relaxCommit);
        yield* tx.query(Sql.bulkWorkMem);
        yield* tx.query(Sql.maintenanceMem);
        yield* tx.query(Sql.createBulkScratch);
        const read = yield* copyChecked(tx, reader, options);
        if (read === 0) return { lines: 0, inserted: 0, superseded: 0, keyBuiltAfter: false };
        yield* checkLoad(tx, options.allowedUnits ?? "*");
        const [state] = yield* tx.query<{ empty: boolean }>(Sql.recordsEmpty);
        const keyBuiltAfter = state?.empty === true;
        if (keyBuiltAfter) yield* tx.query(Sql.dropRecordKey);
        const [inserted] = yield* tx.query<{ keys: number }>(Sql.insertLatestWithCounters);
        if (keyBuiltAfter) yield* tx.query(Sql.addRecordKey);
        const keys = Number(inserted?.keys ?? 0);
        return { lines: read, inserted: keys, superseded: read - keys, keyBuiltAfter };
      }),
    );
    return Effect.onExit(load, (exit) => (Exit.isSuccess(exit) ? Effect.void : reader.close));
  });
