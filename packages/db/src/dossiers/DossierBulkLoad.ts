/**
 * The bulk first load of dossier records (`cchc import dossiers --bulk`, `POST /dossiers/bulk`):
 * for sources that have no records yet — the first import of a one-stop system's history. The
 * whole file is one transaction, read once, batch by batch (ADR 0025):
 *
 * - every line is checked as in a normal import (line-numbered refusals); receiving units are
 *   checked against `org_unit` and the caller's grant in the import process, before the batch is
 *   COPYed; each source, when first named, against the sources that have records
 *   (`dossier_source`, where the load then notes it), just before the batch is stored;
 * - the first line of each key goes straight into `dossier` by a binary COPY (`RecordTuples`, ADR
 *   0030) and its counter contributions are summed here. When the record table is empty (the
 *   first load of all) its primary key (dossier id first, ADR 0033) is dropped for the load and
 *   built once after the last batch, before the later lines are applied (ADR 0034): the table is
 *   then locked until the load ends. Otherwise the key stays and the server maintains it while
 *   this process checks the next batches;
 * - a later line of a key first met in the same batch takes the place of the key's row before the
 *   COPY when it is at least as late (later `updatedAt`, then the later line — the rule of the
 *   normal import), and the row's counter contributions are taken back (`BatchKeys`, ADR 0032);
 * - other later lines of keys already seen are COPYed into a keyless scratch table, and after the
 *   last batch one statement gives those keys the latest of them when it is at least as late as the
 *   stored version, answering the facts of the version replaced and of the new one, whose
 *   contributions are subtracted and added (`BulkStore.applyLater`). Once a line of a key went
 *   there, the key's later lines in the batch follow it. The keys met are kept in a Bloom filter
 *   (`KeyFilter`, 8 MB, instead of a set of every key): the rare first line it takes for a later
 *   one goes to the scratch table too, and a statement before that one inserts the keys of the
 *   scratch table not stored yet;
 * - the summed counter changes are added whenever they reach `flushCells` cells, beside the check
 *   of the next batch, and the rest at the end (sums of changes: the same cell may be added to more
 *   than once). Daily cells of units that had no counters, not written yet by the load, are COPYed
 *   straight into the daily counters, day by day; the others and the monthly sums are COPYed into
 *   a scratch table and added by one statement (`CounterCopy`, `FreshCells`);
 * - the batches are stored one after the other by fibers that run beside the check: the check
 *   goes on while up to two checked batches wait for the store, and the first batch is a tenth of
 *   the others, as the store has nothing to do until it is checked (ADR 0033).
 *
 * The statistics afterwards are those of a normal import of the same file (tested). A source that
 * already has records is refused: the deltas of a normal import are what keep an existing
 * source's counters right. A refusal fails the load's transaction (`BulkTransaction`) with
 * `DossierBatchInvalid`, which rolls it back.
 */
import {
  BatchCollector,
  DossierBatchInvalid,
  issue,
  type LineIssue,
  maxBatchLines,
  maxListedIssues,
} from "@cchc/domain/dossiers/DossierBatch";
import { type ColumnIndex, type DossierRow, decodeLine, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { PlainLine } from "@cchc/domain/dossiers/PlainLine";
import { Effect, Either, Exit, Fiber } from "effect";
import type { RawDriver } from "../Database.js";
import { BatchKeys } from "./BatchKeys.js";
import { ChunkPool } from "./BinaryTuples.js";
import { addCounters, applyLater, checkSources, type StoreState, storeBatch } from "./BulkStore.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import { sliceLines, turn } from "./CheckInTurns.js";
import { type CounterCopy, counterCopy } from "./CounterCopy.js";
import { CounterDelta } from "./CounterDelta.js";
import { CopyChunks, rowLine } from "./DossierMerge.js";
import * as Sql from "./DossierSql.js";
import { FreshCells } from "./FreshCells.js";
import { KeyFilter } from "./KeyFilter.js";
import { type LineReader, type LineSource, lineReader } from "./LineReader.js";
import { RecordTuples } from "./RecordTuples.js";

/** What a bulk load did. */
export interface BulkSummary {
  /** Valid lines read. */
  readonly lines: number;
  /** Keys stored (the latest version of each). */
  readonly inserted: number;
  /** Lines superseded by a later version of the same key within the file. */
  readonly superseded: number;
  /** Whether the record key was dropped during the load and built once after (the record table was empty). */
  readonly keyBuiltAfter: boolean;
}

/** Options of a bulk load. */
export interface BulkOptions {
  /** Data lines checked and COPYed at a time (default `maxBatchLines`). */
  readonly batchLines?: number;
  /** Units the caller may write dossiers for ("*": all). Default all. */
  readonly allowedUnits?: ReadonlySet<string> | "*";
  /** Counter cells summed before they are added to the counters (default `flushCells`). */
  readonly counterCells?: number;
  /** Called after each batch is checked and handed to COPY, with the lines read so far. */
  readonly onLines?: (lines: number) => void;
  /** Size of the filter of keys met, in bits (default `keyFilterBits`; tests make it small to take the rare path). */
  readonly keyFilterBits?: number;
}

const refuse = (issues: ReadonlyArray<LineIssue>): Effect.Effect<never, DossierBatchInvalid> =>
  Effect.fail(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));

/** What the whole file has shown so far: its keys, sources and units, and what is refused. */
interface LoadState extends StoreState {
  /** The keys met (a Bloom filter: a key it may hold goes to the later lines, `storeBatch`). */
  readonly keys: KeyFilter;
  readonly sources: Set<string>;
  readonly units: Set<string>;
  /** The daily counter cells not stored yet. */
  readonly fresh: FreshCells;
  /** The chunks of the records' COPY data, used again batch after batch. */
  readonly chunks: ChunkPool;
}

/**
 * Cells of counter changes added at a time during a load. Records come roughly in time order, so
 * a sum this size is mostly cells no later sum touches again; adding it while the next batch is
 * checked leaves a short tail after the last batch instead of all ≈ 220.000 cells of 1 M records.
 */
const flushCells = 50_000;

/** The first batch of a load is this share of the others (the store waits for it; ADR 0033). */
const firstBatchShare = 10;

/**
 * One batch as its lines are read: the COPY data of its two kinds, the sources it names first and
 * its bad lines. Each line goes through at once (checked, counted, written as COPY data), so no
 * record of the batch outlives its own line.
 */
interface BatchParts {
  /** The first line of each key as a binary COPY tuple (record columns), replaced in place by a later line of the batch. */
  readonly first: RecordTuples;
  /** The keys first met in the batch, to find their rows in `first`. */
  readonly keys: BatchKeys;
  /** COPY lines of later lines of keys already seen (record columns and the file line). */
  readonly later: CopyChunks;
  /** Sources named for the first time, with their first line. */
  readonly newSources: Array<readonly [string, number]>;
  /** The lines refused by their own checks. */
  readonly bad: BatchCollector;
  /** Lines read (blank ones included) and valid lines. */
  lines: number;
  valid: number;
}

const newParts = (chunks: ChunkPool): BatchParts => ({
  first: new RecordTuples(chunks),
  keys: new BatchKeys(),
  later: new CopyChunks(),
  newSources: [],
  bad: new BatchCollector(),
  lines: 0,
  valid: 0,
});

/**
 * What a batch's lines are checked against: the file's columns, the units known and those the
 * caller may write; and the reader of lines in the common form.
 */
interface LineRules {
  readonly index: ColumnIndex;
  readonly known: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string> | "*";
  readonly plain: PlainLine;
}

/** Refuses an unknown or forbidden unit by the first line naming it; notes a source named for the first time. */
const noteUnitAndSource = (state: LoadState, parts: BatchParts, rules: LineRules, unit: string, source: string, line: number): void => {
  if (!state.units.has(unit)) {
    state.units.add(unit);
    const known = rules.known.has(unit);
    if (!known || (rules.allowed !== "*" && !rules.allowed.has(unit)))
      state.issues.push(issue(line, { field: "unitCode", reason: known ? "unit-not-allowed" : "unit-unknown", value: unit }));
  }
  if (!state.sources.has(source)) {
    state.sources.add(source);
    parts.newSources.push([source, line]);
  }
};

/** The COPY line of a later line of a key already seen: the record's columns and the file line. */
const laterLine = (r: DossierRow, line: number): string => `${rowLine(r).slice(0, -1)},${line}\n`;

/** Makes the line read in place its key's row in the batch, its counter contribution remembered. */
const keepPlain = (state: LoadState, parts: BatchParts, unit: string, plain: PlainLine): void => {
  parts.keys.enter(state.keys.lastHash, parts.first.size, plain.updatedMs, state.delta.addRememberedPlain(unit, plain));
  parts.first.pushPlain(plain);
};

/**
 * Takes one line of the file: checks it — in place when it has the common form (`PlainLine`),
 * else by `decodeLine`, which also names a fault —; refuses an unknown or forbidden unit by the
 * first line naming it; notes a source named for the first time; then writes the first line of a
 * key for the records COPY (its counter contributions summed now) and a later one for the scratch
 * table (it replaces the stored version after the batch's COPYs).
 */
const takeLine = (state: LoadState, parts: BatchParts, rules: LineRules, text: string, line: number): void => {
  const plain = rules.plain;
  if (plain.read(text)) {
    parts.valid++;
    const unit = plain.unitCode;
    const source = plain.source;
    noteUnitAndSource(state, parts, rules, unit, source, line);
    if (state.issues.length > 0 || parts.bad.size > 0) return;
    const keys = parts.keys;
    if (!state.keys.admitPlain(plain)) {
      state.inserted++;
      keepPlain(state, parts, unit, plain);
      return;
    }
    // a later line of a key met in this batch: the later version (a tie: the later line) takes the row's place
    const row = keys.row(state.keys.lastHash);
    if (row >= 0 && parts.first.hasKeyOf(row, plain)) {
      if (plain.updatedMs < keys.updatedMs(row)) return;
      keys.drop(row);
      state.delta.cancel(keys.contributionOf(row));
      keepPlain(state, parts, unit, plain);
      return;
    }
    // rare (≈ 0,3 % of the lines of the bench's file): decoded as a row, as the other lines are
    parts.later.push(laterLine(Either.getOrThrow(decodeLine(text, rules.index)), line));
    return;
  }
  if (text.trim() === "") return;
  const decoded = decodeLine(text, rules.index);
  if (Either.isLeft(decoded)) {
    parts.bad.fail(issue(line, decoded.left));
    return;
  }
  parts.valid++;
  const r = decoded.right;
  noteUnitAndSource(state, parts, rules, r.unitCode, r.source, line);
  if (state.issues.length > 0 || parts.bad.size > 0) return;
  if (state.keys.admit(r.source, r.dossierId)) {
    // the key's lines that follow in this batch go to the scratch table too, after this one
    parts.keys.forget(state.keys.lastHash);
    parts.later.push(laterLine(r, line));
  } else {
    state.inserted++;
    parts.first.push(r);
    state.delta.add(r, 1);
  }
};

/**
 * Reads, checks and COPYs the file's lines; answers the number of data lines. Pipelined: while the
 * server stores one batch, the next ones are read and checked here (two cores at work instead of
 * one after the other); a batch's store starts when the previous one has ended, and the check waits
 * only when two checked batches are waiting already. A batch with a bad line fails the load,
 * listing its bad lines. Once a unit or source is refused the rest of the file is still checked, so
 * that the refusal lists every unknown unit and taken source.
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
    const rules: LineRules = { index: head.right, known, allowed: options.allowedUnits ?? "*", plain: new PlainLine(head.right) };
    // the last batch handed to the store and the one before it: each store starts when the one
    // before it has ended (they share the transaction's connection)
    let last: Fiber.RuntimeFiber<void> | undefined;
    let beforeLast: Fiber.RuntimeFiber<void> | undefined;
    const settle = Effect.suspend(() => (last === undefined ? Effect.void : Fiber.join(last)));
    const loop = Effect.gen(function* () {
      let line = 2;
      let read = 0;
      for (let batch = 0; ; batch++) {
        const parts = newParts(state.chunks);
        // the first batch is checked while the store has nothing to do: a tenth of the others,
        // unless it has a bad line (a refusal lists the bad lines of a whole batch)
        const share = batch === 0 ? Math.ceil(size / firstBatchShare) : size;
        // the storing of the batches handed over needs the event loop: a turn every `sliceLines` lines
        let sinceTurn = 0;
        for (;;) {
          const lines = parts.bad.size > 0 ? size : share;
          if (parts.lines >= lines) break;
          const texts = yield* reader.take(lines - parts.lines);
          if (texts.length === 0) break;
          for (const text of texts) takeLine(state, parts, rules, text, line++);
          parts.lines += texts.length;
          sinceTurn += texts.length;
          if (sinceTurn >= sliceLines) {
            sinceTurn = 0;
            yield* turn;
          }
        }
        if (parts.lines === 0) return read;
        yield* parts.bad.result();
        read += parts.valid;
        if (state.issues.length > 0) continue;
        // the counter changes summed so far are added once they reach `counterCells` cells; the
        // sum is swapped only here, between batches, so that a batch can take back a contribution.
        // The later lines' changes, noted at the end, go into the sum of that time.
        let flush: CounterCopy | undefined;
        if (state.delta.size >= (options.counterCells ?? flushCells)) {
          flush = counterCopy(state.delta, state.fresh);
          state.delta = new CounterDelta();
        }
        // at most two batches wait for the store: the one before the last must have ended
        if (beforeLast !== undefined) yield* Fiber.join(beforeLast);
        const records =
          parts.first.size === 0 ? [] : parts.keys.droppedRows > 0 ? parts.first.chunksOf(parts.keys.kept) : parts.first.chunks();
        const first = parts.first;
        const later = parts.later.done();
        const previous = last;
        beforeLast = previous;
        last = yield* Effect.fork(
          Effect.gen(function* () {
            if (previous !== undefined) yield* Fiber.join(previous);
            yield* checkSources(tx, state, parts.newSources);
            if (state.issues.length === 0) yield* storeBatch(tx, state, records, later, flush);
          }).pipe(Effect.ensuring(Effect.sync(() => first.release()))),
        );
        options.onLines?.(read);
      }
    });
    return yield* Effect.ensuring(loop, settle);
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
        yield* tx.query(Sql.createDeltaScratch);
        // later versions and sources are found by the key: the planner has no statistics of the rows just loaded
        for (const q of Sql.probeByIndex) yield* tx.query(q);
        const known = new Set((yield* tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code));
        const counted = new Set((yield* tx.query<{ unit_code: string }>(Sql.unitsCounted)).map((u) => u.unit_code));
        const state: LoadState = {
          keys: new KeyFilter(options.keyFilterBits),
          inserted: 0,
          sources: new Set(),
          units: new Set(),
          issues: [],
          delta: new CounterDelta(),
          fresh: new FreshCells(counted),
          chunks: new ChunkPool(),
          laterWaiting: false,
        };
        // imports wait for each other (`lockIngest`): the table stays empty until this load stores
        const [records] = yield* tx.query<{ empty: boolean }>(Sql.recordsEmpty);
        const keyBuiltAfter = records?.empty === true;
        if (keyBuiltAfter) yield* tx.query(Sql.dropRecordKey);
        const read = yield* copyChecked(tx, reader, state, known, options);
        if (state.issues.length > 0) return yield* refuse(state.issues.sort((a, b) => a.line - b.line));
        // every key once (later lines went to the scratch table): the key builds; the later lines need it
        if (keyBuiltAfter) {
          yield* tx.query(Sql.keyBuildMemory);
          yield* tx.query(Sql.addRecordKey);
        }
        yield* applyLater(tx, state);
        yield* addCounters(tx, counterCopy(state.delta, state.fresh));
        return { lines: read, inserted: state.inserted, superseded: read - state.inserted, keyBuiltAfter };
      }),
    );
    return Effect.onExit(load, (exit) => (Exit.isSuccess(exit) ? Effect.void : reader.close));
  });
