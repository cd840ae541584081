/**
 * The bulk first load of dossier records (`cchc import dossiers --bulk`, `POST /dossiers/bulk`):
 * for sources that have no records yet — the first import of a one-stop system's history. The
 * whole file is one transaction, read once, batch by batch (ADR 0025):
 *
 * - every line is checked as in a normal import (line-numbered refusals); receiving units are
 *   checked against `org_unit` and the caller's grant, and each source, when first named, against
 *   the records already stored — all in the import process, before the batch is COPYed;
 * - the first line of each key goes straight into `dossier` by COPY and its counter contributions
 *   are summed here. The primary key stays: the server maintains it while this process checks the
 *   next batch (measured no slower than dropping it and building it after, and no lock on the table);
 * - later lines of keys already seen go to a keyless scratch table, and one statement after the
 *   batch's COPYs gives those keys the latest of them when it is at least as late as the stored
 *   version (later `updatedAt`, then the later line — the rule of the normal import), answering
 *   the facts of the version replaced and of the new one, whose contributions are subtracted and
 *   added;
 * - at the end the summed counters are added by one statement.
 *
 * The statistics afterwards are those of a normal import of the same file (tested). A source that
 * already has records is refused: the deltas of a normal import are what keep an existing
 * source's counters right. A refusal fails the load's transaction (`BulkTransaction`) with
 * `DossierBatchInvalid`, which rolls it back.
 */
import {
  type CheckedBatch,
  DossierBatchInvalid,
  issue,
  type LineIssue,
  maxBatchLines,
  maxListedIssues,
} from "@cchc/domain/dossiers/DossierBatch";
import { type DossierRow, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Effect, Either, Exit, Fiber } from "effect";
import type { RawDriver } from "../Database.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import { checkLinesInTurns } from "./CheckInTurns.js";
import { arrayElement, CounterDelta, factsOfRow } from "./DossierCounters.js";
import { chunked, rowLine } from "./DossierMerge.js";
import * as Sql from "./DossierSql.js";
import { type LineReader, type LineSource, lineReader } from "./LineReader.js";

/** What a bulk load did. */
export interface BulkSummary {
  /** Valid lines read. */
  readonly lines: number;
  /** Keys stored (the latest version of each). */
  readonly inserted: number;
  /** Lines superseded by a later version of the same key within the file. */
  readonly superseded: number;
  /**
   * Always false: the record key is no longer dropped during a load (it was when the table was
   * empty); kept because the API's published answer has it.
   */
  readonly keyBuiltAfter: false;
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

const refuse = (issues: ReadonlyArray<LineIssue>): Effect.Effect<never, DossierBatchInvalid> =>
  Effect.fail(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));

/** What the whole file has shown so far: its keys, sources and units, and what is refused. */
interface LoadState {
  readonly keys: Set<string>;
  readonly sources: Set<string>;
  readonly units: Set<string>;
  readonly issues: LineIssue[];
  readonly delta: CounterDelta;
}

/** One batch split for its two COPYs, with the sources it names first. */
interface SplitBatch {
  /** COPY lines of the first line of each key (record columns). */
  readonly first: ReadonlyArray<string>;
  /** COPY lines of later lines of keys already seen (record columns and the file line). */
  readonly later: ReadonlyArray<string>;
  /** Sources named for the first time, with their first line. */
  readonly newSources: ReadonlyArray<readonly [string, number]>;
}

/**
 * Splits a checked batch: first lines of keys (counted now), later lines (they replace stored
 * versions after the batch's COPYs); refuses unknown and forbidden units by the first line naming each.
 */
const split = (state: LoadState, batch: CheckedBatch, known: ReadonlySet<string>, allowed: ReadonlySet<string> | "*"): SplitBatch => {
  const first: string[] = [];
  const later: string[] = [];
  const newSources: Array<readonly [string, number]> = [];
  for (let i = 0; i < batch.rows.length; i++) {
    const r = batch.rows[i] as DossierRow;
    const line = batch.lines[i] as number;
    if (!state.units.has(r.unitCode)) {
      state.units.add(r.unitCode);
      if (!known.has(r.unitCode) || (allowed !== "*" && !allowed.has(r.unitCode)))
        state.issues.push(
          issue(line, { field: "unitCode", reason: known.has(r.unitCode) ? "unit-not-allowed" : "unit-unknown", value: r.unitCode }),
        );
    }
    if (!state.sources.has(r.source)) {
      state.sources.add(r.source);
      newSources.push([r.source, line]);
    }
    if (state.issues.length > 0) continue;
    const key = `${r.source}\u0000${r.dossierId}`;
    if (state.keys.has(key)) {
      const text = rowLine(r);
      later.push(`${text.slice(0, -1)},${line}\n`);
    } else {
      state.keys.add(key);
      first.push(rowLine(r));
      state.delta.add(r, 1);
    }
  }
  return { first, later, newSources };
};

/** Refuses sources of the batch that already have records, by the line naming each first. */
const checkSources = (tx: BulkTransaction, state: LoadState, newSources: ReadonlyArray<readonly [string, number]>): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (newSources.length === 0) return;
    const taken = new Set(
      (yield* tx.query<{ source: string }>(Sql.sourcesTaken, [`{${newSources.map(([s]) => arrayElement(s)).join(",")}}`])).map(
        (t) => t.source,
      ),
    );
    for (const [source, line] of newSources)
      if (taken.has(source)) state.issues.push(issue(line, { field: "source", reason: "source-not-empty", value: source }));
  });

/**
 * Reads, checks and COPYs the file's lines; answers the number of data lines. Pipelined: while the
 * server COPYs one batch, the next is read and checked here (two cores at work instead of one after
 * the other); a batch's COPY starts when the previous one has ended. Once something is refused the
 * rest of the file is still checked, so that the refusal lists every unknown unit and taken source.
 */
const copyChecked = (
  tx: BulkTransaction,
  reader: LineReader,
  state: LoadState,
  known: ReadonlySet<string>,
  options: BulkOptions,
): Effect.Effect<number, DossierBatchInvalid> =>
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
        read += batch.rows.length;
        const parts = split(state, batch, known, options.allowedUnits ?? "*");
        yield* settle;
        yield* checkSources(tx, state, parts.newSources);
        if (state.issues.length > 0) continue;
        inFlight = yield* Effect.fork(store(tx, state, chunked(parts.first), chunked(parts.later)));
        options.onLines?.(read);
      }
    });
    return yield* Effect.ensuring(loop, settle);
  });

/**
 * Stores one batch (the fiber that runs beside the check of the next): the first lines of keys,
 * then the later lines, which replace the stored versions they are later than; the counter
 * contributions of the versions replaced are taken off and those of the new ones added.
 */
const store = (tx: BulkTransaction, state: LoadState, first: ReadonlyArray<string>, later: ReadonlyArray<string>): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (first.length > 0) yield* tx.copyCsv(Sql.copyRecords, Sql.copyRecordsPglite, first);
    if (later.length === 0) return;
    yield* tx.copyCsv(Sql.copyBulk, Sql.copyBulkPglite, later);
    for (const r of yield* tx.query(Sql.replaceByLatest)) {
      state.delta.add(factsOfRow(r, "o_"), -1);
      state.delta.add(factsOfRow(r), 1);
    }
  });

/** Loads a CSV file given as lines (header first) in one transaction; see the module comment. */
export const bulkLoadCsv = (
  raw: RawDriver,
  lines: LineSource,
  options: BulkOptions = {},
): Effect.Effect<BulkSummary, DossierBatchInvalid> =>
  Effect.suspend(() => {
    // Read at once: the transaction's first statements take a while (see `lineReader`).
    const reader = lineReader(lines);
    const load = withBulkTransaction(raw, (tx) =>
      Effect.gen(function* () {
        yield* tx.query(Sql.lockIngest);
        yield* tx.query(Sql.relaxCommit);
        yield* tx.query(Sql.workMem);
        yield* tx.query(Sql.createBulkScratch);
        // later versions and sources are found by the key: the planner has no statistics of the rows just loaded
        for (const q of Sql.probeByIndex) yield* tx.query(q);
        const known = new Set((yield* tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code));
        const state: LoadState = {
          keys: new Set(),
          sources: new Set(),
          units: new Set(),
          issues: [],
          delta: new CounterDelta(),
        };
        const read = yield* copyChecked(tx, reader, state, known, options);
        if (state.issues.length > 0) return yield* refuse(state.issues.sort((a, b) => a.line - b.line));
        const cells = chunked(state.delta.csvLines());
        if (cells.length > 0) {
          yield* tx.query(Sql.createDeltaScratch);
          yield* tx.copyCsv(Sql.copyDelta, Sql.copyDeltaPglite, cells);
          yield* tx.query(Sql.addDelta);
        }
        return { lines: read, inserted: state.keys.size, superseded: read - state.keys.size, keyBuiltAfter: false as const };
      }),
    );
    return Effect.onExit(load, (exit) => (Exit.isSuccess(exit) ? Effect.void : reader.close));
  });
