/**
 * Sends a planned CSV file batch after batch and gathers what happened: the counts of the stored
 * batches and, for each refused batch, its line range and its refusals renumbered with the file's
 * lines. A batch refused for its lines does not stop the others (each is stored whole or not at
 * all); a refusal that is not about lines (no right, network) stops the import.
 */
import type { DossierBatchResult } from "../api/Answers";
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
  readonly refused: ReadonlyArray<RefusedBatch>;
  /** A failure that stopped the import (not a batch's bad lines). */
  readonly stopped: unknown;
}

/** Lines per batch sent to the API. */
export const BATCH_LINES = 500;

/** Runs the import, reporting the state after each batch; resolves to the final state. */
export const runImport = async (
  send: (csv: string) => Promise<DossierBatchResult>,
  plan: CsvPlan,
  onProgress: (s: ImportState) => void,
  size = BATCH_LINES,
): Promise<ImportState> => {
  const batches: ReadonlyArray<Batch> = batchesOf(plan, size);
  let state: ImportState = {
    batches: batches.length,
    sent: 0,
    linesSent: 0,
    stored: { lines: 0, inserted: 0, updated: 0, unchanged: 0 },
    refused: [],
    stopped: null,
  };
  onProgress(state);
  for (const batch of batches) {
    const next = { sent: state.sent + 1, linesSent: state.linesSent + batch.lines.length };
    try {
      const r = await send(batch.csv);
      const s = state.stored;
      state = {
        ...state,
        ...next,
        stored: {
          lines: s.lines + r.lines,
          inserted: s.inserted + r.inserted,
          updated: s.updated + r.updated,
          unchanged: s.unchanged + r.unchanged,
        },
      };
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
