/**
 * Ingest of dossier records: each batch is checked line by line in the import process, reduced to
 * the latest version per key, copied into an unlogged staging table and merged in one
 * transaction — new keys inserted, stored versions replaced where the incoming `updatedAt` is
 * strictly later, daily and monthly counters adjusted by deltas computed here (the new version's
 * contribution added, the replaced one's taken off). A batch is stored whole or not at all;
 * importing it again changes nothing.
 */
import {
  type CheckedBatch,
  checkCsv,
  checkCsvLines,
  checkJsonLines,
  checkRecords,
  DossierBatchInvalid,
  type DossierBatchTooLarge,
  issue,
  maxBatchLines,
} from "@cchc/domain/dossiers/DossierBatch";
import { readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Context, Effect, Either, Layer } from "effect";
import { Database, type RawDriver } from "../Database.js";
import { withBulkTransaction } from "./BulkTransaction.js";
import { type BulkOptions, type BulkSummary, bulkLoadCsv } from "./DossierBulkLoad.js";
import { merge, type PreparedBatch, prepare, Refused } from "./DossierMerge.js";

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
    readonly ingestCsvStream: (lines: AsyncIterable<string>, options?: StreamOptions) => Effect.Effect<IngestSummary, DossierBatchInvalid>;
    /**
     * The bulk first load of a CSV file for sources without records (`DossierBulkLoad`): one
     * transaction, stored whole or refused whole.
     */
    readonly bulkLoadCsvStream: (lines: AsyncIterable<string>, options?: BulkOptions) => Effect.Effect<BulkSummary, DossierBatchInvalid>;
  }
>() {
  /** The service over the Database. */
  static readonly layer = Layer.effect(
    DossierIngest,
    Effect.map(Database, ({ raw }) => {
      const store = (batch: PreparedBatch) => storePrepared(raw, batch);
      const ingestChecked = (batch: CheckedBatch) => fromPromise(() => store(prepare(batch)));
      const checkedThen = <E>(checked: Either.Either<CheckedBatch, E>) =>
        Either.isLeft(checked) ? Effect.fail(checked.left) : ingestChecked(checked.right);
      return {
        ingestChecked,
        ingestCsv: (text) => checkedThen(checkCsv(text)),
        ingestJsonLines: (text) => checkedThen(checkJsonLines(text)),
        ingestRecords: (inputs) => checkedThen(checkRecords(inputs)),
        ingestCsvStream: (lines, options = {}) => fromPromise(() => streamCsv(store, lines, options)),
        bulkLoadCsvStream: (lines, options = {}) => fromPromise(() => bulkLoadCsv(raw, lines, options)),
      };
    }),
  );
}

const fromPromise = <A>(run: () => Promise<A>): Effect.Effect<A, DossierBatchInvalid> =>
  Effect.tryPromise({ try: run, catch: (e) => e }).pipe(
    // a refusal carried through promise code, or one thrown by the lines being read (a bulk load's body)
    Effect.catchAll((e) =>
      e instanceof Refused ? Effect.fail(e.error) : e instanceof DossierBatchInvalid ? Effect.fail(e) : Effect.die(e),
    ),
  );

const empty: IngestSummary = { lines: 0, inserted: 0, updated: 0, unchanged: 0, batches: 0 };
const add = (a: IngestSummary, b: IngestSummary): IngestSummary => ({
  lines: a.lines + b.lines,
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  batches: a.batches + b.batches,
});

const storePrepared = (raw: RawDriver, batch: PreparedBatch): Promise<IngestSummary> =>
  batch.rowLines.length === 0
    ? Promise.resolve({ ...empty, batches: 1 })
    : withBulkTransaction(raw, (tx) => merge(tx, batch)).then((r) => ({ ...r, batches: 1 }));

const streamCsv = async (
  store: (batch: PreparedBatch) => Promise<IngestSummary>,
  lines: AsyncIterable<string>,
  options: StreamOptions,
): Promise<IngestSummary> => {
  const size = options.batchLines ?? maxBatchLines;
  let summary = empty;
  let index: Parameters<typeof checkCsvLines>[1] | undefined;
  let lineNo = 0;
  let pending: string[] = [];
  let firstLine = 2;
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const checked = checkCsvLines(pending, index as NonNullable<typeof index>, firstLine);
    pending = [];
    firstLine = lineNo + 1;
    // prepared while the previous batch is merged; that one must commit (or fail) before this one starts
    const prepared = Either.isRight(checked) ? prepare(checked.right) : undefined;
    await inFlight;
    if (Either.isLeft(checked)) throw new Refused(checked.left);
    inFlight = store(prepared as PreparedBatch).then((s) => {
      summary = add(summary, s);
      options.onBatch?.(summary);
    });
    // a failure is awaited at the next flush or at the end; mark it handled until then
    inFlight.catch(() => undefined);
  };
  for await (const line of lines) {
    lineNo++;
    if (index === undefined) {
      const head = readHeader(line);
      if (Either.isLeft(head)) throw new Refused(new DossierBatchInvalid({ issues: [issue(1, head.left)], total: 1 }));
      index = head.right;
      continue;
    }
    pending.push(line);
    if (pending.length >= size) await flush();
  }
  if (index !== undefined && pending.length > 0) await flush();
  await inFlight;
  return summary;
};
