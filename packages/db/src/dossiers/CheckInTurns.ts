/**
 * Checks a batch of CSV lines as `checkCsvLines` does — every bad line counted, the first ones
 * listed — a few thousand lines at a time, letting the event loop run between slices. Both
 * ingest paths check the next batch while the previous one is still being stored; the storing
 * (COPY chunks, statements and their answers) needs the event loop, so a batch checked in one
 * synchronous stretch would stall it for the whole check instead of running beside it.
 */
import { BatchCollector, type CheckedBatch, type DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";
import { type ColumnIndex, decodeLine } from "@cchc/domain/dossiers/DossierCsv";
import { Effect } from "effect";

/**
 * Lines checked between two turns of the event loop (≈ 1–2 ms of work). The batch being stored
 * meanwhile sends its next statement only when the answer to the last one has been read, at a
 * turn: with 5.000 lines (≈ 10–20 ms) a 1 M-line incremental import took 14,3–14,9 s, with 500
 * 11,7–12,1 s (alternated runs, docs/benchmarks.md); 100 was no better.
 */
export const sliceLines = 500;

/** Lets pending I/O run. */
export const turn = Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** Checks data lines of a CSV file whose header is already read; `firstLine` numbers the first. */
export const checkLinesInTurns = (
  pending: ReadonlyArray<string>,
  index: ColumnIndex,
  firstLine: number,
): Effect.Effect<CheckedBatch, DossierBatchInvalid> =>
  Effect.gen(function* () {
    const c = new BatchCollector();
    for (const [i, line] of pending.entries()) {
      if (i > 0 && i % sliceLines === 0) yield* turn;
      if (line.trim() !== "") c.add(firstLine + i, decodeLine(line, index));
    }
    return yield* c.result();
  });
