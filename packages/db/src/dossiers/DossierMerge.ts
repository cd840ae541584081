/**
 * How one checked batch reaches storage, in two halves. Preparing runs in the import process
 * outside any transaction (so a stream prepares the next batch while the database merges the
 * previous one): `BatchBuilder` takes each line as it is checked — in place when it has the common
 * form (`PlainLine`, ADR 0031) — keeps the latest version per key as a binary COPY tuple
 * (`RecordTuples`), and sums the counter contributions of every version kept. `merge` runs in the
 * batch's transaction: it probes the primary key once per key (the keys sent as array parameters;
 * in a streamed import only the keys that may be stored, `ImportKeys`); new keys — nearly all of a
 * first import — are COPYed straight into `dossier`, and their sources noted in `dossier_source`
 * (the sources that have records, ADR 0033); the few stored keys with a strictly newer
 * incoming version are replaced by one UPDATE; the counter deltas (incoming added, replaced
 * subtracted, refused ones cancelled) are added to the daily and monthly counters by one
 * statement. No staging table, no temporary table, one COPY per batch. A batch naming an unknown
 * receiving unit fails the merge (and so its transaction) with `DossierBatchInvalid`.
 */
import { BatchCollector, type CheckedBatch, DossierBatchInvalid, issue, maxListedIssues } from "@cchc/domain/dossiers/DossierBatch";
import { type ColumnIndex, type DossierRow, decodeLine } from "@cchc/domain/dossiers/DossierCsv";
import { PlainLine } from "@cchc/domain/dossiers/PlainLine";
import { Effect, Either } from "effect";
import type { BulkTransaction } from "./BulkTransaction.js";
import { sliceLines, turn } from "./CheckInTurns.js";
import { CounterDelta } from "./CounterDelta.js";
import { arrayElement, type CounterFacts, csvCell, factsOfRow } from "./DossierCounters.js";
import * as Sql from "./DossierSql.js";
import { type ImportKeys, isKeyTaken, KeyTaken } from "./ImportKeys.js";
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
  /**
   * A binary COPY tuple of each version that was the latest of its key when it came, in order of
   * arrival; those a later version of the same key superseded within the batch are not `live`.
   */
  readonly records: RecordTuples;
  readonly live: ReadonlyArray<boolean>;
  /** Per tuple: its source, dossier id and `updatedAt` as given. */
  readonly sourceOf: ReadonlyArray<string>;
  readonly idOf: ReadonlyArray<string>;
  readonly updatedOf: ReadonlyArray<string>;
  /** Each receiving unit with the first line naming it. */
  readonly units: ReadonlyMap<string, number>;
  /** Contributions of every live tuple (remembered under its index), before the stored versions are known. */
  readonly delta: CounterDelta;
}

/**
 * Builds a batch for its transaction one checked line at a time, so that no row outlives its
 * line: each version that is the latest of its key so far is encoded at once as a COPY tuple, its
 * counter contributions added (remembered under the tuple's index) and its key noted; a version a
 * later one supersedes (later `updatedAt`, then the later line) is marked not live and its
 * contributions cancelled.
 */
export class BatchBuilder {
  /** Per source, per dossier id: the tuple of the latest version so far. */
  private readonly slot = new Map<string, Map<string, number>>();
  private readonly updatedMs: number[] = [];
  private readonly live: boolean[] = [];
  private readonly sourceOf: string[] = [];
  private readonly idOf: string[] = [];
  private readonly updatedOf: string[] = [];
  private readonly records = new RecordTuples();
  private readonly delta = new CounterDelta();
  private readonly units = new Map<string, number>();
  private lines = 0;

  /** Adds a row decoded by the domain's check (file line `line`). */
  addRow(r: DossierRow, line: number): void {
    this.noteUnit(r.unitCode, line);
    if (!this.claim(r.source, r.dossierId, r.updatedMs)) return;
    this.records.push(r);
    this.delta.addRemembered(r);
    this.noteKey(r.source, r.dossierId, r.updatedAt);
  }

  /** Adds a line read in place (`PlainLine`). */
  addPlain(p: PlainLine, line: number): void {
    const unit = p.unitCode;
    this.noteUnit(unit, line);
    const source = p.source;
    const id = p.dossierId;
    if (!this.claim(source, id, p.updatedMs)) return;
    this.records.pushPlain(p);
    this.delta.addRememberedPlain(unit, p);
    this.noteKey(source, id, p.updatedAt);
  }

  /** The batch, ready for `merge`. */
  done(): PreparedBatch {
    const { lines, records, live, sourceOf, idOf, updatedOf, units, delta } = this;
    return { lines, records, live, sourceOf, idOf, updatedOf, units, delta };
  }

  private noteUnit(unit: string, line: number): void {
    this.lines++;
    if (!this.units.has(unit)) this.units.set(unit, line);
  }

  /** True when the version is the latest of its key so far (the next tuple is then its); marks the one it supersedes. */
  private claim(source: string, id: string, updatedMs: number): boolean {
    let ids = this.slot.get(source);
    if (ids === undefined) {
      ids = new Map();
      this.slot.set(source, ids);
    }
    const at = ids.get(id);
    if (at !== undefined) {
      if (updatedMs < (this.updatedMs[at] as number)) return false;
      this.live[at] = false;
      this.delta.cancel(at);
    }
    ids.set(id, this.live.length);
    this.updatedMs.push(updatedMs);
    this.live.push(true);
    return true;
  }

  private noteKey(source: string, id: string, updatedAt: string): void {
    this.sourceOf.push(source);
    this.idOf.push(id);
    this.updatedOf.push(updatedAt);
  }
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

/** Prepares a checked batch (rows of the domain's check). */
export const prepare = (batch: CheckedBatch): PreparedBatch => {
  const builder = new BatchBuilder();
  for (let i = 0; i < batch.rows.length; i++) builder.addRow(batch.rows[i] as DossierRow, batch.lines[i] as number);
  return builder.done();
};

/**
 * Checks and prepares data lines of a CSV file whose header is already read (`firstLine` numbers
 * the first): each line read in place when it has the common form (`PlainLine`), else checked by
 * `decodeLine`, which names a fault; every bad line counted, the first ones listed. The event loop
 * runs every `sliceLines` lines: the batch before is being stored meanwhile (see `CheckInTurns`).
 */
export const prepareLinesInTurns = (
  pending: ReadonlyArray<string>,
  index: ColumnIndex,
  firstLine: number,
): Effect.Effect<PreparedBatch, DossierBatchInvalid> =>
  Effect.gen(function* () {
    const builder = new BatchBuilder();
    const plain = new PlainLine(index);
    const bad = new BatchCollector();
    for (let i = 0; i < pending.length; i++) {
      if (i > 0 && i % sliceLines === 0) yield* turn;
      const text = pending[i] as string;
      if (plain.read(text)) {
        builder.addPlain(plain, firstLine + i);
        continue;
      }
      if (text.trim() === "") continue;
      const decoded = decodeLine(text, index);
      if (Either.isLeft(decoded)) bad.fail(issue(firstLine + i, decoded.left));
      else builder.addRow(decoded.right, firstLine + i);
    }
    if (bad.size > 0) yield* bad.result();
    return builder.done();
  });

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

/**
 * The live tuples whose keys are probed, with the parameters of `DossierSql.storedVersions`: all
 * of them, or with `importKeys` only those that may be stored (`ImportKeys`).
 */
const probeList = (batch: PreparedBatch, importKeys: ImportKeys | undefined): { tupleOf: number[]; keys: string[] } => {
  const tupleOf: number[] = [];
  const sources: string[] = [];
  const ids: string[] = [];
  const updated: string[] = [];
  const { live, sourceOf, idOf, updatedOf } = batch;
  for (let t = 0; t < live.length; t++) {
    if (!live[t]) continue;
    const source = sourceOf[t] as string;
    const id = idOf[t] as string;
    if (importKeys !== undefined && !importKeys.mayBeStored(source, id)) continue;
    tupleOf.push(t);
    sources.push(arrayElement(source));
    ids.push(arrayElement(id));
    updated.push(updatedOf[t] as string);
  }
  return { tupleOf, keys: [sources, ids, updated].map((a) => `{${a.join(",")}}`) };
};

/** The sources of the tuples not skipped, as an array literal (a batch names few, mostly one after the other). */
const sourcesOf = (sourceOf: ReadonlyArray<string>, skip: Uint8Array): string => {
  const sources = new Set<string>();
  let previous: string | undefined;
  for (let t = 0; t < skip.length; t++) {
    const s = sourceOf[t] as string;
    if (skip[t] !== 0 || s === previous) continue;
    previous = s;
    sources.add(s);
  }
  return `{${[...sources].map(arrayElement).join(",")}}`;
};

/** Notes, for the sources of the batch an import has not named before, whether they have records. */
const noteSources = (tx: BulkTransaction, batch: PreparedBatch, importKeys: ImportKeys): Effect.Effect<void> =>
  Effect.gen(function* () {
    const unknown = importKeys.unknownSources(batch.sourceOf);
    if (unknown.length === 0) return;
    const taken = new Set(
      (yield* tx.query<{ source: string }>(Sql.sourcesTaken, [`{${unknown.map(arrayElement).join(",")}}`])).map((t) => t.source),
    );
    for (const source of unknown) importKeys.noteSource(source, taken.has(source));
  });

/**
 * Merges a prepared batch inside an open bulk transaction (see the module comment). With the
 * `importKeys` of a streamed import, only keys that may be stored are probed; if the records COPY
 * then meets a stored key, the merge fails with `KeyTaken` before changing the batch's counter
 * deltas, and its transaction is to be rolled back and the batch merged again.
 */
export const merge = (
  tx: BulkTransaction,
  batch: PreparedBatch,
  importKeys?: ImportKeys,
): Effect.Effect<MergeResult, DossierBatchInvalid | KeyTaken> =>
  Effect.gen(function* () {
    yield* tx.query(Sql.lockIngest);
    yield* tx.query(Sql.relaxCommit);
    yield* tx.query(Sql.workMem);
    yield* checkUnits(batch.units, new Set((yield* tx.query<{ code: string }>(Sql.unitCodes)).map((u) => u.code)));
    if (importKeys !== undefined) yield* noteSources(tx, batch, importKeys);
    for (const s of Sql.probeByIndex) yield* tx.query(s);
    const probe = probeList(batch, importKeys);
    const stored = probe.tupleOf.length === 0 ? [] : (yield* tx.query(Sql.storedVersions, probe.keys)).map(storedVersion);
    // tuples not to COPY: superseded within the batch, or found stored
    const skip = new Uint8Array(batch.live.length);
    let live = 0;
    for (let t = 0; t < skip.length; t++)
      if (batch.live[t]) live++;
      else skip[t] = 1;
    for (const s of stored) skip[probe.tupleOf[s.i] as number] = 1;
    const inserted = live - stored.length;
    if (inserted > 0) {
      const fresh = inserted === batch.records.size ? batch.records.chunks() : batch.records.chunksOf((i) => skip[i] === 0);
      yield* Effect.catchAllDefect(tx.copy(Sql.copyRecords, Sql.copyRecordsPglite, fresh), (defect) =>
        isKeyTaken(defect) ? Effect.fail(new KeyTaken()) : Effect.die(defect),
      );
      yield* tx.query(Sql.registerSources, [sourcesOf(batch.sourceOf, skip)]);
      if (importKeys !== undefined)
        for (let t = 0; t < skip.length; t++) if (skip[t] === 0) importKeys.add(batch.sourceOf[t] as string, batch.idOf[t] as string);
    }
    // the records are in: now the stored versions' counter changes
    const replacing: Array<Record<string, string | null>> = [];
    const delta = batch.delta;
    for (const s of stored) {
      const tuple = probe.tupleOf[s.i] as number;
      if (s.replaces) {
        replacing.push(batch.records.record(tuple));
        delta.add(s, -1);
      } else delta.cancel(tuple);
    }
    if (replacing.length > 0) yield* tx.query(Sql.updateReplaced, [JSON.stringify(replacing)]);
    const counters = delta.arrays();
    if (counters !== undefined) yield* tx.query(Sql.applyCounters, counters);
    const updated = replacing.length;
    return { lines: batch.lines, inserted, updated, unchanged: batch.lines - inserted - updated };
  });
