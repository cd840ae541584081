/**
 * Ingest of dossier records: each batch is checked line by line, copied into a temporary staging
 * table and merged with set-based SQL in one transaction — records upserted by (source,
 * dossier_id) where the incoming `updatedAt` is later, daily and monthly counters adjusted by the
 * replaced version's contribution taken off and the new one's added. A batch is stored whole or
 * not at all; importing it again changes nothing.
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
import { type DossierRow, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { Context, Effect, Either, Layer } from "effect";
import { Database, type RawDriver } from "../Database.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import * as Sql from "./DossierSql.js";

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
  }
>() {
  /** The service over the Database. */
  static readonly layer = Layer.effect(
    DossierIngest,
    Effect.map(Database, ({ raw }) => {
      const store = (batch: CheckedBatch) => storeBatch(raw, batch);
      const ingestChecked = (batch: CheckedBatch) => fromPromise(() => store(batch));
      const checkedThen = <E>(checked: Either.Either<CheckedBatch, E>) =>
        Either.isLeft(checked) ? Effect.fail(checked.left) : ingestChecked(checked.right);
      return {
        ingestChecked,
        ingestCsv: (text) => checkedThen(checkCsv(text)),
        ingestJsonLines: (text) => checkedThen(checkJsonLines(text)),
        ingestRecords: (inputs) => checkedThen(checkRecords(inputs)),
        ingestCsvStream: (lines, options = {}) => fromPromise(() => streamCsv(store, lines, options)),
      };
    }),
  );
}

/** Carries a batch refusal through promise code to the Effect edge. */
class Refused {
  constructor(readonly error: DossierBatchInvalid) {}
}

const fromPromise = <A>(run: () => Promise<A>): Effect.Effect<A, DossierBatchInvalid> =>
  Effect.tryPromise({ try: run, catch: (e) => e }).pipe(
    Effect.catchAll((e) => (e instanceof Refused ? Effect.fail(e.error) : Effect.die(e))),
  );

const empty: IngestSummary = { lines: 0, inserted: 0, updated: 0, unchanged: 0, batches: 0 };
const add = (a: IngestSummary, b: IngestSummary): IngestSummary => ({
  lines: a.lines + b.lines,
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  batches: a.batches + b.batches,
});

const quote = (s: string): string => (/[",\r\n]/.test(s) || s === "" ? `"${s.replaceAll('"', '""')}"` : s);
const bool = (b: boolean): string => (b ? "t" : "f");

const copyLine = (line: number, r: DossierRow): string =>
  `${line},${quote(r.source)},${quote(r.dossierId)},${quote(r.procedureCode)},${r.procedureLevel},${r.unitCode},${r.channel},${r.receivedAt},${r.receivedDay},${r.appointmentDate},${r.extensionDate ?? ""},${r.dueDay},${r.resolvedAt ?? ""},${r.finishedDay ?? ""},${r.outcome ?? ""},${bool(r.dossierDigitised)},${bool(r.resultDigitised)},${bool(r.paidOnline)},${r.updatedAt}\n`;

/** The COPY text of a batch in chunks of a few thousand lines. */
const copyChunks = (batch: CheckedBatch): string[] => {
  const chunks: string[] = [];
  let parts: string[] = [];
  for (let i = 0; i < batch.rows.length; i++) {
    parts.push(copyLine(batch.lines[i] as number, batch.rows[i] as DossierRow));
    if (parts.length === 4096) {
      chunks.push(parts.join(""));
      parts = [];
    }
  }
  if (parts.length > 0) chunks.push(parts.join(""));
  return chunks;
};

/** Merges one checked batch inside an open bulk transaction (exported for the benchmark's profile). */
export const merge = async (tx: BulkTransaction, batch: CheckedBatch): Promise<IngestSummary> => {
  await tx.query(Sql.lockIngest);
  await tx.query(Sql.relaxCommit);
  await tx.query(Sql.createStaging);
  await tx.copyCsv(Sql.copyStaging, Sql.copyStagingPglite, copyChunks(batch));
  const unknown = await tx.query<{ unit_code: string; line_no: number }>(Sql.unknownUnits);
  if (unknown.length > 0)
    throw new Refused(
      new DossierBatchInvalid({
        issues: unknown.map((u) => issue(Number(u.line_no), { field: "unitCode", reason: "unit-unknown", value: u.unit_code })),
        total: unknown.length,
      }),
    );
  await tx.query(Sql.createChanges);
  const counts = await tx.query<{ inserted: number; updated: number }>(Sql.changeCounts);
  const inserted = Number(counts[0]?.inserted ?? 0);
  const updated = Number(counts[0]?.updated ?? 0);
  if (inserted + updated > 0) {
    await tx.query(Sql.createDelta);
    await tx.query(Sql.applyDaily);
    await tx.query(Sql.applyMonthly);
    await tx.query(Sql.upsertRecords);
  }
  return { lines: batch.rows.length, inserted, updated, unchanged: batch.rows.length - inserted - updated, batches: 1 };
};

const storeBatch = (raw: RawDriver, batch: CheckedBatch): Promise<IngestSummary> =>
  batch.rows.length === 0 ? Promise.resolve({ ...empty, batches: 1 }) : withBulkTransaction(raw, (tx) => merge(tx, batch));

const streamCsv = async (
  store: (batch: CheckedBatch) => Promise<IngestSummary>,
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
    // the previous batch must commit (or fail) before this one starts
    await inFlight;
    if (Either.isLeft(checked)) throw new Refused(checked.left);
    inFlight = store(checked.right).then((s) => {
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
