/**
 * The bulk first load of dossier records (`cchc import dossiers --bulk`, `POST /dossiers/bulk`):
 * for sources that have no records yet — the first import of a one-stop system's history. The
 * whole file is one transaction: every line is checked as in a normal import (line-numbered
 * refusals), COPYed into a keyless scratch table, then the latest version of each key is moved
 * into `dossier` — with its primary key dropped and built once after when the table was empty —
 * and the counters of the rows inserted are made by one GROUP BY in the same statement
 * (`DossierSql.insertLatestWithCounters`) instead of deltas per batch. The statistics afterwards are those of a normal import of the same file (tested).
 * A source that already has records is refused: the deltas of a normal import are what keep an
 * existing source's counters right.
 */
import {
  type CheckedBatch,
  checkCsvLines,
  DossierBatchInvalid,
  issue,
  maxBatchLines,
  maxListedIssues,
} from "@cchc/domain/dossiers/DossierBatch";
import { type ColumnIndex, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Either } from "effect";
import type { RawDriver } from "../Database.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import { chunked, Refused, rowLine } from "./DossierMerge.js";
import * as Sql from "./DossierSql.js";

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
  /** Called after each COPYed batch with the lines read so far. */
  readonly onLines?: (lines: number) => void;
}

const refuse = (issues: ReturnType<typeof issue>[]): never => {
  throw new Refused(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));
};

const bulkLine = (batch: CheckedBatch, i: number): string => {
  const line = rowLine(batch.rows[i] as CheckedBatch["rows"][number]);
  return `${line.slice(0, -1)},${batch.lines[i] as number}\n`;
};

/** Checks the file's lines and COPYs them into the scratch table; answers the number of data lines. */
const copyChecked = async (tx: BulkTransaction, lines: AsyncIterable<string>, options: BulkOptions): Promise<number> => {
  const size = options.batchLines ?? maxBatchLines;
  let index: ColumnIndex | undefined;
  let lineNo = 0;
  let firstLine = 2;
  let pending: string[] = [];
  let read = 0;
  const flush = async () => {
    const checked = checkCsvLines(pending, index as ColumnIndex, firstLine);
    pending = [];
    firstLine = lineNo + 1;
    if (Either.isLeft(checked)) throw new Refused(checked.left);
    const batch = checked.right;
    await tx.copyCsv(Sql.copyBulk, Sql.copyBulkPglite, chunked(Array.from(batch.rows, (_, i) => bulkLine(batch, i))));
    read += batch.rows.length;
    options.onLines?.(read);
  };
  for await (const line of lines) {
    lineNo++;
    if (index === undefined) {
      const head = readHeader(line);
      if (Either.isLeft(head)) return refuse([issue(1, head.left)]);
      index = head.right;
      continue;
    }
    pending.push(line);
    if (pending.length >= size) await flush();
  }
  if (index === undefined) return refuse([issue(1, { field: "header", reason: "missing", value: "" })]);
  if (pending.length > 0) await flush();
  return read;
};

/** Refuses unknown or forbidden receiving units and sources that already have records, by their first line. */
const checkLoad = async (tx: BulkTransaction, allowed: ReadonlySet<string> | "*"): Promise<void> => {
  const known = new Set((await tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code));
  const units = await tx.query<{ unit_code: string; line: number }>(Sql.bulkUnits);
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
  if (unitIssues.length > 0) refuse(unitIssues);
  const taken = await tx.query<{ source: string; line: number }>(Sql.bulkSourcesTaken);
  if (taken.length > 0) refuse(taken.map((t) => issue(Number(t.line), { field: "source", reason: "source-not-empty", value: t.source })));
};

/** Loads a CSV file given as lines (header first) in one transaction; see the module comment. */
export const bulkLoadCsv = (raw: RawDriver, lines: AsyncIterable<string>, options: BulkOptions = {}): Promise<BulkSummary> => {
  // Iterate at once: a line reader (node:readline) that starts before anyone iterates drops the
  // lines it emits meanwhile, and the transaction's first statements take a while.
  const iterator = lines[Symbol.asyncIterator]();
  const input: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  return withBulkTransaction(raw, async (tx) => {
    await tx.query(Sql.lockIngest);
    await tx.query(Sql.relaxCommit);
    await tx.query(Sql.workMem);
    await tx.query(Sql.maintenanceMem);
    await tx.query(Sql.createBulkScratch);
    const read = await copyChecked(tx, input, options);
    if (read === 0) return { lines: 0, inserted: 0, superseded: 0, keyBuiltAfter: false };
    await checkLoad(tx, options.allowedUnits ?? "*");
    const [counts] = await tx.query<{ lines: number; keys: number }>(Sql.bulkCounts);
    const [state] = await tx.query<{ empty: boolean }>(Sql.recordsEmpty);
    const keyBuiltAfter = state?.empty === true;
    if (keyBuiltAfter) await tx.query(Sql.dropRecordKey);
    await tx.query(Sql.insertLatestWithCounters);
    if (keyBuiltAfter) await tx.query(Sql.addRecordKey);
    const keys = Number(counts?.keys ?? 0);
    return { lines: read, inserted: keys, superseded: read - keys, keyBuiltAfter };
  });
};
