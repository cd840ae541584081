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
  maxListedIssues,
} from "@cchc/domain/dossiers/DossierBatch";
import { type DossierRow, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { parseTimestamp } from "@cchc/domain/dossiers/DossierRecord";
import { Context, Effect, Either, Layer } from "effect";
import { Database, type RawDriver } from "../Database.js";
import { type BulkTransaction, withBulkTransaction } from "./BulkTransaction.js";
import { type CounterFacts, CounterDelta } from "./DossierCounters.js";
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

const copyLine = (i: number, r: DossierRow): string =>
  `${i},${quote(r.source)},${quote(r.dossierId)},${quote(r.procedureCode)},${r.procedureLevel},${r.unitCode},${r.channel},${r.receivedAt},${r.receivedDay},${r.appointmentDate},${r.extensionDate ?? ""},${r.dueDay},${r.resolvedAt ?? ""},${r.finishedDay ?? ""},${r.outcome ?? ""},${bool(r.dossierDigitised)},${bool(r.resultDigitised)},${bool(r.paidOnline)},${r.updatedAt}\n`;

/**
 * The row index of the version that wins for each key of the batch: the latest `updatedAt`,
 * then the later line. Timestamps are read only for keys that repeat.
 */
const latestPerKey = (rows: ReadonlyArray<DossierRow>): number[] => {
  const slot = new Map<string, number>();
  const winners: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as DossierRow;
    const key = `${r.source}\u0000${r.dossierId}`;
    const at = slot.get(key);
    if (at === undefined) {
      slot.set(key, winners.length);
      winners.push(i);
    } else if ((parseTimestamp(r.updatedAt) as number) >= (parseTimestamp((rows[winners[at] as number] as DossierRow).updatedAt) as number))
      winners[at] = i;
  }
  return winners;
};

/** Refuses the batch when a receiving unit is not in `org_unit`, naming each unknown unit's first line. */
const checkUnits = (batch: CheckedBatch, known: ReadonlySet<string>): void => {
  const unknown = new Map<string, number>();
  for (let i = 0; i < batch.rows.length; i++) {
    const unit = (batch.rows[i] as DossierRow).unitCode;
    if (!known.has(unit) && !unknown.has(unit)) unknown.set(unit, batch.lines[i] as number);
  }
  if (unknown.size === 0) return;
  const issues = [...unknown].sort((a, b) => a[1] - b[1]).map(([unit, line]) => issue(line, { field: "unitCode", reason: "unit-unknown", value: unit }));
  throw new Refused(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));
};

/** A stored version found for a staged key, with its counting facts. */
interface StoredVersion extends CounterFacts {
  readonly i: number;
  readonly replaces: boolean;
}

const storedFacts = (r: Record<string, unknown>): StoredVersion => ({
  i: Number(r.i),
  replaces: r.replaces === true,
  unitCode: r.unit_code as string,
  procedureLevel: r.procedure_level as string,
  channel: r.channel as string,
  receivedDay: r.received_day as string,
  dueDay: r.due_day as string,
  extensionDate: (r.extension_date as string | null) ?? null,
  finishedDay: (r.finished_day as string | null) ?? null,
  outcome: (r.outcome as string | null) ?? null,
  dossierDigitised: r.dossier_digitised === true,
  resultDigitised: r.result_digitised === true,
  paidOnline: r.paid_online === true,
});

/**
 * Merges one checked batch inside an open bulk transaction: the winning version of each key is
 * copied to the staging table; stored keys are marked (and their facts returned); new keys are
 * inserted, strictly newer versions replace the stored ones; the counter deltas — computed here,
 * not in SQL — are copied and added to the daily and monthly counters. Exported for the profile.
 */
export const merge = async (tx: BulkTransaction, batch: CheckedBatch): Promise<IngestSummary> => {
  await tx.query(Sql.lockIngest);
  await tx.query(Sql.relaxCommit);
  await tx.query(Sql.workMem);
  checkUnits(batch, new Set((await tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code)));
  const rows = batch.rows;
  const winners = latestPerKey(rows);
  const delta = new CounterDelta();
  const chunks: string[] = [];
  let parts: string[] = [];
  for (let i = 0; i < winners.length; i++) {
    const r = rows[winners[i] as number] as DossierRow;
    delta.add(r, 1);
    parts.push(copyLine(i, r));
    if (parts.length === 4096) {
      chunks.push(parts.join(""));
      parts = [];
    }
  }
  if (parts.length > 0) chunks.push(parts.join(""));
  await tx.query(Sql.truncateStaging);
  await tx.copyCsv(Sql.copyStaging, Sql.copyStagingPglite, chunks);
  chunks.length = 0;
  for (const s of Sql.probeByIndex) await tx.query(s);
  const stored = (await tx.query(Sql.markStored)).map(storedFacts);
  let updated = 0;
  for (const s of stored) {
    if (s.replaces) {
      updated++;
      delta.add(s, -1);
    } else delta.add(rows[winners[s.i] as number] as DossierRow, -1);
  }
  const inserted = winners.length - stored.length;
  if (inserted > 0) await tx.query(Sql.insertNew);
  if (updated > 0) await tx.query(Sql.updateReplaced);
  const deltaChunks = delta.copyChunks();
  if (deltaChunks.length > 0) {
    await tx.copyCsv(Sql.copyDelta, Sql.copyDeltaPglite, deltaChunks);
    await tx.query(Sql.applyDaily);
    await tx.query(Sql.applyMonthly);
  }
  return { lines: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, batches: 1 };
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
