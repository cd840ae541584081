/**
 * How one checked batch reaches storage, in two halves. `prepare` runs in the import process
 * outside any transaction (so a stream prepares the next batch while the database merges the
 * previous one): it keeps the latest version per key, encodes it as a binary COPY tuple
 * (`RecordTuples`), and sums the counter contributions of every incoming version. `merge` runs in
 * the batch's transaction: it probes the primary key once per key (the keys sent as array
 * parameters); new keys — nearly all of a first import — are COPYed straight into `dossier`; the
 * few stored keys with a strictly newer incoming version are replaced by one UPDATE; the counter
 * deltas (incoming added, replaced subtracted, refused ones cancelled) are added to the daily and
 * monthly counters by one statement. No staging table, no temporary table, one COPY per batch. A batch
 * naming an unknown receiving unit fails the merge (and so its transaction) with
 * `DossierBatchInvalid`.
 */
import { type CheckedBatch, DossierBatchInvalid, issue, maxListedIssues } from "@cchc/domain/dossiers/DossierBatch";
import type { DossierRow } from "@cchc/domain/dossiers/DossierCsv";
import { Effect } from "effect";
import type { BulkTransaction } from "./BulkTransaction.js";
import { sliceLines, turn } from "./CheckInTurns.js";
import { arrayElement, CounterDelta, type CounterFacts, csvCell, factsOfRow } from "./DossierCounters.js";
import * as Sql from "./DossierSql.js";
import { RecordTuples } from "./RecordTuples.js";

/** What a merge did (the ingest summary without the batch count). */
export interface MergeResult {
  readonly lines: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** A batch made ready for its transaction. */
export interface PreparedBatch {
  readonly lines: number;
  /** The winning version of each key as a binary COPY tuple, in order of first appearance. */
  readonly records: RecordTuples;
  /** The keys as the parameters of `DossierSql.storedVersions` (sources, ids, updated_at). */
  readonly keys: ReadonlyArray<string>;
  /** Each receiving unit with the first line naming it. */
  readonly units: ReadonlyMap<string, number>;
  /** Contributions of every winning row (remembered under its index), before the stored versions are known. */
  readonly delta: CounterDelta;
}

const bool = (b: boolean): string => (b ? "t" : "f");

// Built with join, not a template: a template's result is a tree of string pieces until it is
// read, and a batch keeps tens of thousands of these lines alive until its merge.
export const rowLine = (r: DossierRow): string =>
  [
    csvCell(r.source),
    csvCell(r.dossierId),
    csvCell(r.procedureCode),
    r.procedureLevel,
    csvCell(r.unitCode),
    r.channel,
    r.receivedAt,
    r.receivedDay,
    r.appointmentDate,
    r.extensionDate ?? "",
    r.dueDay,
    r.resolvedAt ?? "",
    r.finishedDay ?? "",
    r.outcome ?? "",
    bool(r.dossierDigitised),
    bool(r.resultDigitised),
    bool(r.paidOnline),
    `${r.updatedAt}\n`,
  ].join(",");

/** COPY lines joined into chunks of a few thousand lines as they come, so that the lines themselves die young. */
export class CopyChunks {
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  constructor(private readonly per = 4096) {}

  /** Adds one COPY line. */
  push(line: string): void {
    this.parts.push(line);
    if (this.parts.length === this.per) this.flush();
  }

  /** The chunks, the last one partial. */
  done(): string[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(""));
    this.parts = [];
  }
}

/** Joins lines into COPY chunks of a few thousand lines. */
export const chunked = (lines: Iterable<string>, per = 4096): string[] => {
  const chunks = new CopyChunks(per);
  for (const line of lines) chunks.push(line);
  return chunks.done();
};

/**
 * Prepares a checked batch (pure work of the import process; no database), running `pause` every
 * `sliceLines` rows: `turn` when a batch is prepared beside the storing of the previous one, whose
 * statements need the event loop (see `CheckInTurns`).
 */
const prepareWith = (batch: CheckedBatch, pause: Effect.Effect<void>): Effect.Effect<PreparedBatch> =>
  Effect.gen(function* () {
    const rows = batch.rows;
    // the row index of the version that wins for each key: the latest `updatedAt`, then the later line
    const slot = new Map<string, number>();
    const winners: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && i % sliceLines === 0) yield* pause;
      const r = rows[i] as DossierRow;
      const key = `${r.source}\u0000${r.dossierId}`;
      const at = slot.get(key);
      if (at === undefined) {
        slot.set(key, winners.length);
        winners.push(i);
      } else if (r.updatedMs >= (rows[winners[at] as number] as DossierRow).updatedMs) winners[at] = i;
    }
    const records = new RecordTuples();
    const sources: string[] = [];
    const ids: string[] = [];
    const updated: string[] = [];
    const delta = new CounterDelta();
    for (let i = 0; i < winners.length; i++) {
      if (i > 0 && i % sliceLines === 0) yield* pause;
      const r = rows[winners[i] as number] as DossierRow;
      records.push(r);
      sources.push(arrayElement(r.source));
      ids.push(arrayElement(r.dossierId));
      updated.push(r.updatedAt);
      delta.addRemembered(r);
    }
    const units = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const unit = (rows[i] as DossierRow).unitCode;
      if (!units.has(unit)) units.set(unit, batch.lines[i] as number);
    }
    yield* pause;
    const keys = [sources, ids, updated].map((a) => `{${a.join(",")}}`);
    return { lines: rows.length, records, keys, units, delta };
  });

/** Prepares a checked batch at once. */
export const prepare = (batch: CheckedBatch): PreparedBatch => Effect.runSync(prepareWith(batch, Effect.void));

/** Prepares a checked batch letting the event loop run every `sliceLines` rows. */
export const prepareInTurns = (batch: CheckedBatch): Effect.Effect<PreparedBatch> => prepareWith(batch, turn);

/** Refuses the batch when a receiving unit is not in `org_unit`, naming each unknown unit's first line. */
const checkUnits = (units: ReadonlyMap<string, number>, known: ReadonlySet<string>): Effect.Effect<void, DossierBatchInvalid> => {
  const issues = [...units]
    .filter(([unit]) => !known.has(unit))
    .sort((a, b) => a[1] - b[1])
    .map(([unit, line]) => issue(line, { field: "unitCode", reason: "unit-unknown", value: unit }));
  return issues.length === 0
    ? Effect.void
    : Effect.fail(new DossierBatchInvalid({ issues: issues.slice(0, maxListedIssues), total: issues.length }));
};

/** A stored version found for a staged key, with its counting facts. */
interface StoredVersion extends CounterFacts {
  readonly i: number;
  readonly replaces: boolean;
}

const storedVersion = (r: Record<string, unknown>): StoredVersion => ({
  i: Number(r.i),
  replaces: r.replaces === true,
  ...factsOfRow(r),
});

/** Merges a prepared batch inside an open bulk transaction (see the module comment). */
export const merge = (tx: BulkTransaction, batch: PreparedBatch): Effect.Effect<MergeResult, DossierBatchInvalid> =>
  Effect.gen(function* () {
    yield* tx.query(Sql.lockIngest);
    yield* tx.query(Sql.relaxCommit);
    yield* tx.query(Sql.workMem);
    yield* checkUnits(batch.units, new Set((yield* tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code)));
    for (const s of Sql.probeByIndex) yield* tx.query(s);
    const stored = (yield* tx.query(Sql.storedVersions, batch.keys)).map(storedVersion);
    const found = new Uint8Array(batch.records.size);
    const replacing: Array<Record<string, string | null>> = [];
    const delta = batch.delta;
    for (const s of stored) {
      found[s.i] = 1;
      if (s.replaces) {
        replacing.push(batch.records.record(s.i));
        delta.add(s, -1);
      } else delta.cancel(s.i);
    }
    const inserted = batch.records.size - stored.length;
    if (inserted > 0) {
      const fresh = stored.length === 0 ? batch.records.chunks() : batch.records.chunksOf((i) => found[i] === 0);
      yield* tx.copy(Sql.copyRecords, Sql.copyRecordsPglite, fresh);
    }
    if (replacing.length > 0) yield* tx.query(Sql.updateReplaced, [JSON.stringify(replacing)]);
    const counters = delta.arrays();
    if (counters !== undefined) yield* tx.query(Sql.applyCounters, counters);
    const updated = replacing.length;
    return { lines: batch.lines, inserted, updated, unchanged: batch.lines - inserted - updated };
  });
