/**
 * The store side of the bulk load (`DossierBulkLoad`, ADR 0025, 0032, 0033): what runs on the
 * load's transaction while the import process checks the next batches — the sources a batch names
 * first checked and noted, a batch's records, later lines and counter changes COPYed, and, after the
 * last batch, the later lines applied.
 */
import { issue, type LineIssue } from "@cchc/domain/dossiers/DossierBatch";
import { Effect } from "effect";
import type { BulkTransaction } from "./BulkTransaction.js";
import type { CounterCopy } from "./CounterCopy.js";
import type { CounterDelta } from "./CounterDelta.js";
import { arrayElement, factsOfRow } from "./DossierCounters.js";
import { chunked } from "./DossierMerge.js";
import * as Sql from "./DossierSql.js";

/** What the store reads and changes of a load's state. */
export interface StoreState {
  /** Keys stored. */
  inserted: number;
  /** Refusals so far (a store does nothing once there is one). */
  readonly issues: LineIssue[];
  /** Counter changes not yet added to the counters. */
  delta: CounterDelta;
  /** Whether later lines wait in the scratch table (`applyLater`). */
  laterWaiting: boolean;
}

/**
 * Refuses sources of the batch that already have records, by the line naming each first; notes
 * the others as having records (the load stores them all or nothing).
 */
export const checkSources = (
  tx: BulkTransaction,
  state: StoreState,
  newSources: ReadonlyArray<readonly [string, number]>,
): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (newSources.length === 0) return;
    const sources = `{${newSources.map(([s]) => arrayElement(s)).join(",")}}`;
    const taken = new Set((yield* tx.query<{ source: string }>(Sql.sourcesTaken, [sources])).map((t) => t.source));
    for (const [source, line] of newSources)
      if (taken.has(source)) state.issues.push(issue(line, { field: "source", reason: "source-not-empty", value: source }));
    if (state.issues.length === 0) yield* tx.query(Sql.registerSources, [sources]);
  });

/**
 * Stores one batch (in a fiber that runs beside the check of the next ones): the first lines of
 * keys, then the later lines into the scratch table (`applyLater` applies them after the last
 * batch), then the counter changes summed when the batch was handed over, if they had reached
 * `counterCells` cells (their COPY data made then, while an earlier batch may still be stored).
 */
export const storeBatch = (
  tx: BulkTransaction,
  state: StoreState,
  records: ReadonlyArray<Uint8Array>,
  later: ReadonlyArray<string>,
  flush: CounterCopy | undefined,
): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (records.length > 0) yield* tx.copy(Sql.copyRecords, Sql.copyRecordsPglite, records);
    if (later.length > 0) {
      yield* tx.copy(Sql.copyBulk, Sql.copyBulkPglite, later);
      state.laterWaiting = true;
    }
    if (flush !== undefined) yield* addCounters(tx, flush);
  });

/**
 * Gives the keys of the later lines in the scratch table the latest of them when it is at least as
 * late as the stored version (inserting first the keys not stored: the key filter's rare false
 * "maybe"), and notes the counter changes. Once, after the last batch: applied batch by batch they
 * end the same (`DossierSql.replaceByLatest`), at the cost of three statements a batch.
 */
export const applyLater = (tx: BulkTransaction, state: StoreState): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (!state.laterWaiting) return;
    state.laterWaiting = false;
    for (const r of yield* tx.query(Sql.insertUnseen)) {
      state.delta.add(factsOfRow(r), 1);
      state.inserted++;
    }
    for (const r of yield* tx.query(Sql.replaceByLatest)) {
      state.delta.add(factsOfRow(r, "o_"), -1);
      state.delta.add(factsOfRow(r), 1);
    }
  });

/** Adds a sum of counter changes to the counters. */
export const addCounters = (tx: BulkTransaction, copy: CounterCopy): Effect.Effect<void> =>
  Effect.gen(function* () {
    if (copy.freshDaily.length > 0) yield* tx.copy(Sql.copyFreshDaily, Sql.copyFreshDailyPglite, copy.freshDaily);
    if (copy.scratch.length === 0) return;
    yield* tx.copy(Sql.copyDelta, Sql.copyDeltaPglite, chunked(copy.scratch));
    yield* tx.query(Sql.addDelta);
  });
