/**
 * Both ingest paths check the next batch of lines while the previous one is still being stored;
 * the storing (COPY chunks, statements and their answers) needs the event loop, so a batch checked
 * in one synchronous stretch would stall it for the whole check instead of running beside it. The
 * checks therefore let the event loop run every `sliceLines` lines.
 */
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
