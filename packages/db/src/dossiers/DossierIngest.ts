/**
 * Ingest of dossier records: each batch is checked line by line in the import process, reduced to
 * the latest version per key, copied into an unlogged staging table and merged in one
 * transaction — new keys inserted, stored versions replaced where the incoming `updatedAt` is
 * strictly later, daily and monthly counters adjusted by deltas computed here (the new version's
 * contribution added, the replaced one's taken off). A batch is stored whole or not at all;
 * importing it again changes nothing. Every step is an Effect: a refused batch fails its
 * transaction (`BulkTransaction`) with `DossierBatchInvalid`, which rolls it back.
 */
import {
  type CheckedBatch,
  checkCsv,
  checkJsonLines,
  checkRecords,
  DossierBatchInvalid,
  type DossierBatchTooLarge,
  issue,
  maxBatchLines,
} from "@cchc/domain/dossiers/DossierBatch";
import { readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Context, Effect, Either, Exit, Fiber, Layer } from "effect";
import { Database, type RawDriver } from "../Database.js";
import { withBulkTransaction } from "./BulkTransaction.js";
import { type BulkOptions, type BulkSummary, bulkLoadCsv } from "./DossierBulkLoad.js";
import { merge, type PreparedBatch, prepare, prepareLinesInTurns } from "./DossierMerge.js";
import { ImportKeys } from "./ImportKeys.js";
import { type LineReader, type LineSource, lineReader } from "./LineReader.js";

/** What an ingest did. */
export interface IngestSummary {
  /** Valid lines read. */
  readonly lines: number;
  /** Keys stored for the first time. */
  readonly inserted: number;
  /** Keys whose stored version was replaced by a later one. */
  readonly updated: number;
  /** Lines that changed nothing (same or older `updatedAt`, or superseded within the batch). */
  readonly unchanged: number;
  readonly batches: number;
}

/** Options of a streamed import. */
export interface StreamOptions {
  /** Data lines per transaction (default `maxBatchLines`). */
  readonly batchLines?: number;
  /** Called after each committed batch with the running summary. */
  readonly onBatch?: (summary: IngestSummary) => void;
}

/** The ingest service (the API's POST of a batch and `cchc import dossiers` call it). */
export class DossierIngest extends Context.Tag("@cchc/db/DossierIngest")<
  DossierIngest,
  {
    /** Stores rows already checked (`@cchc/domain/dossiers/DossierBatch`) in one transaction. */
    readonly ingestChecked: (batch: CheckedBatch) => Effect.Effect<IngestSummary, DossierBatchInvalid>;
    /** Checks and stores a CSV text (header first), at most `maxBatchLines` data lines. */
    readonly ingestCsv: (text: string) => Effect.Effect<IngestSummary, DossierBatchInvalid | DossierBatchTooLarge>;
    /** Checks and stores JSON lines, at most `maxBatchLines` lines. */
    readonly ingestJsonLines: (text: string) => Effect.Effect<IngestSummary, DossierBatchInvalid | DossierBatchTooLarge>;
    /** Checks and stores parsed JSON records (an array body), at most `maxBatchLines`. */
    readonly ingestRecords: (inputs: ReadonlyArray<unknown>) => Effect.Effect<IngestSummary, DossierBatchInvalid | DossierBatchTooLarge>;
    /**
     * Imports a CSV file given as lines (header first) in batches of `batchLines`, each its own
     * transaction; the next batch is checked while the previous one is stored. Stops at the first
     * bad batch: the batches before it stay stored, the error names lines of the whole file.
     */
    readonly ingestCsvStream: (lines: LineSource, options?: StreamOptions) => Effect.Effect<IngestSummary, DossierBatchInvalid>;
    /**
     * The bulk first load of a CSV file for sources without records (`DossierBulkLoad`): one
     * transaction, stored whole or refused whole.
     */
    readonly bulkLoadCsvStream: (lines: LineSource, options?: BulkOptions) => Effect.Effect<BulkSummary, DossierBatchInvalid>;
  }
>() {
  /** The service over the Database. */
  static readonly layer = Layer.effect(
    DossierIngest,
    Effect.map(Database, ({ raw }) => {
      const store = (batch: PreparedBatch, importKeys?: ImportKeys) => storePrepared(raw, batch, importKeys);
      const ingestChecked = (batch: CheckedBatch) => Effect.suspend(() => store(prepare(batch)));
      const checkedThen = <E>(checked: Either.Either<CheckedBatch, E>) =>
        Either.isLeft(checked) ? Effect.fail(checked.left) : ingestChecked(checked.right);
      return {
        ingestChecked,
        ingestCsv: (text) => checkedThen(checkCsv(text)),
        ingestJsonLines: (text) => checkedThen(checkJsonLines(text)),
        ingestRecords: (inputs) => checkedThen(checkRecords(inputs)),
        ingestCsvStream: (lines, options = {}) => streamCsv(store, lines, options),
        bulkLoadCsvStream: (lines, options = {}) => bulkLoadCsv(raw, lines, options),
      };
    }),
  );
}

const empty: IngestSummary = { lines: 0, inserted: 0, updated: 0, unchanged: 0, batches: 0 };
const add = (a: IngestSummary, b: IngestSummary): IngestSummary => ({
  lines: a.lines + b.lines,
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  batches: a.batches + b.batches,
});

/**
 * Stores a prepared batch in its own transaction. With the `importKeys` of a streamed import, a
 * batch that meets a key another writer stored meanwhile (`KeyTaken`) is rolled back and stored
 * again with every key of its sources probed; under the ingest lock that cannot happen twice.
 */
const storePrepared = (raw: RawDriver, batch: PreparedBatch, importKeys?: ImportKeys): Effect.Effect<IngestSummary, DossierBatchInvalid> =>
  batch.records.size === 0
    ? Effect.succeed({ ...empty, batches: 1 })
    : withBulkTransaction(raw, (tx) => merge(tx, batch, importKeys)).pipe(
        Effect.catchTag("KeyTaken", () => {
          importKeys?.distrust(batch.sourceOf);
          return withBulkTransaction(raw, (tx) => merge(tx, batch, importKeys));
        }),
        Effect.catchTag("KeyTaken", (e) => Effect.die(e)),
        Effect.map((r) => ({ ...r, batches: 1 })),
      );

/** Imports the lines of a file batch by batch (see `ingestCsvStream`); the reader is let go when it stops early. */
const streamCsv = (
  store: (batch: PreparedBatch, importKeys: ImportKeys) => Effect.Effect<IngestSummary, DossierBatchInvalid>,
  lines: LineSource,
  options: StreamOptions,
): Effect.Effect<IngestSummary, DossierBatchInvalid> =>
  Effect.suspend(() => {
    const reader = lineReader(lines);
    return Effect.onExit(streamBatches(store, reader, options), (exit) => (Exit.isSuccess(exit) ? Effect.void : reader.close));
  });

const streamBatches = (
  store: (batch: PreparedBatch, importKeys: ImportKeys) => Effect.Effect<IngestSummary, DossierBatchInvalid>,
  reader: LineReader,
  options: StreamOptions,
): Effect.Effect<IngestSummary, DossierBatchInvalid> =>
  Effect.gen(function* () {
    const size = options.batchLines ?? maxBatchLines;
    const [header] = yield* reader.next(1);
    if (header === undefined) return empty;
    const head = readHeader(header);
    if (Either.isLeft(head)) return yield* Effect.fail(new DossierBatchInvalid({ issues: [issue(1, head.left)], total: 1 }));
    let summary = empty;
    let firstLine = 2;
    const importKeys = new ImportKeys();
    // the batch being stored while the next one is read, checked and prepared
    let inFlight: Fiber.RuntimeFiber<void, DossierBatchInvalid> | undefined;
    // the batch in flight must commit (or fail, ending the import) before the next one starts
    const settled = () => (inFlight === undefined ? Effect.void : Fiber.join(inFlight));
    for (;;) {
      const read = yield* Effect.either(reader.next(size));
      if (Either.isLeft(read)) {
        yield* settled();
        return yield* Effect.fail(read.left);
      }
      const pending = read.right;
      if (pending.length === 0) break;
      const checked = yield* Effect.either(prepareLinesInTurns(pending, head.right, firstLine));
      firstLine += pending.length;
      if (Either.isLeft(checked)) {
        yield* settled();
        return yield* Effect.fail(checked.left);
      }
      const prepared = checked.right;
      yield* settled();
      inFlight = yield* Effect.fork(
        Effect.map(store(prepared, importKeys), (s) => {
          summary = add(summary, s);
          options.onBatch?.(summary);
        }),
      );
    }
    yield* settled();
    return summary;
  });
