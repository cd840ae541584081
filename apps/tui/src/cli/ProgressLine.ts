/**
 * A progress bar on stderr for long commands, redrawn in place at most ten times a second; shown
 * only on a terminal so that piped output and `--json` stay clean.
 */
import { bar, describe, type ProgressState } from "../ops/Progress.js";

/** Draws progress updates; `done()` ends the line. */
export interface ProgressLine {
  readonly update: (done: number, total: number | null) => void;
  readonly done: () => void;
}

/** A progress line on `stream` (nothing when it is not a terminal). */
export const progressLine = (
  label: string,
  unit: string,
  stream: NodeJS.WriteStream = process.stderr,
  format?: (n: number) => string,
): ProgressLine => {
  const startedAt = Date.now();
  let last = 0;
  let drawn = false;
  const draw = (s: ProgressState) => {
    stream.write(`\r${label} [${bar(s, 24)}] ${describe(s, unit, format)}\u001b[K`);
    drawn = true;
  };
  return {
    update: (done, total) => {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      draw({ done, total, startedAt, now });
    },
    done: () => {
      if (drawn) stream.write("\n");
    },
  };
};
