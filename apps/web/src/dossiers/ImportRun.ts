/**
 * Sends a planned CSV file batch after batch and gathers what happened: the counts of the stored
 * batches and, for each refused batch, its line range and its refusals renumbered with the file's
 * lines. A batch refused for its lines does not stop the others (each is stored whole or not at
 * all); a refusal that is not about lines (no right, network) stops the import. The first load
 * of a source sends the whole file as one batch.
 */
import type { DossierBatchResult, DossierBulkResult } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import { type Batch, batchesOf, type CsvPlan, type LineRefusal, refusalsOf } from "./CsvImport";

/** A refused batch: the file's first and last line in it and its refusals (the API's message counts lines within the batch, so it is not shown). */
export interface RefusedBatch {
  readonly from: number;
  readonly to: number;
  readonly refusals: ReadonlyArray<LineRefusal>;
}

/** Where an import stands. */
export interface ImportState {
  readonly batches: number;
  readonly sent: number;
  readonly linesSent: number;
  readonly stored: DossierBatchResult;
  /** A first load's lines that a later version of the same dossier in the file replaced (null for batches). */
  readonly superseded: number | null;
  readonly refused: ReadonlyArray<RefusedBatch>;
  /** A failure that stopped the import (not a batch's bad lines). */
  readonly stopped: unknown;
}

/** Lines per batch sent to the API. */
export const BATCH_LINES = 500;

const nothingStored: DossierBatchResult = { lines: 0, inserted: 0, updated: 0, unchanged: 0 };

/**
 * Sends `batches` one after the other, reporting the state after each: `absorb` adds what a
 * stored batch answered; a batch refused for its lines is listed with the file's line numbers;
 * any other failure stops.
 */
const sendBatches = async <R>(
  batches: ReadonlyArray<Batch>,
  send: (csv: string) => Promise<R>,
  absorb: (state: ImportState, answer: R) => ImportState,
  onProgress: (s: ImportState) => void,
): Promise<ImportState> => {
  let state: ImportState = {
    batches: batches.length,
    sent: 0,
    linesSent: 0,
    stored: nothingStored,
    superseded: null,
    refused: [],
    stopped: null,
  };
  onProgress(state);
  for (const batch of batches) {
    const next = { sent: state.sent + 1, linesSent: state.linesSent + batch.lines.length };
    try {
      state = absorb({ ...state, ...next }, await send(batch.csv));
    } catch (e) {
      if (!(e instanceof ApiFailure && e.code === "DOSSIER_BATCH_INVALID")) {
        state = { ...state, stopped: e };
        onProgress(state);
        return state;
      }
      const refused: RefusedBatch = {
        from: batch.lines[0] ?? 0,
        to: batch.lines[batch.lines.length - 1] ?? 0,
        refusals: refusalsOf(batch, e.details),
      };
      state = { ...state, ...next, refused: [...state.refused, refused] };
    }
    onProgress(state);
  }
  return state;
};

/** Runs the import in batches (`POST /dossiers/batch`), reporting the state after each batch; resolves to the final state. */
export const runImport = (
  send: (csv: string) => Promise<DossierBatchResult>,
  plan: CsvPlan,
  onProgress: (s: ImportState) => void,
  size = BATCH_LINES,
): Promise<ImportState> =>
  sendBatches(
    batchesOf(plan, size),
    send,
    (state, r) => ({
      ...state,
      stored: {
        lines: state.stored.lines + r.lines,
        inserted: state.stored.inserted + r.inserted,
        updated: state.stored.updated + r.updated,
        unchanged: state.stored.unchanged + r.unchanged,
      },
    }),
    onProgress,
  );

/**
 * The first load of a file (`POST /dossiers/bulk`): the whole file in one request and one
 * transaction — for sources that have no records yet — so a bad line refuses all of it.
 */
export const runBulkLoad = (
  send: (csv: string) => Promise<DossierBulkResult>,
  plan: CsvPlan,
  onProgress: (s: ImportState) => void,
): Promise<ImportState> =>
  sendBatches(
    batchesOf(plan, plan.lines.length),
    send,
    (state, r) => ({ ...state, stored: { ...nothingStored, lines: r.lines, inserted: r.inserted }, superseded: r.superseded }),
    onProgress,
  );
