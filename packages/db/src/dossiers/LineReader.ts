/**
 * The lines of an import file or request body, read a batch at a time as Effects: one promise per
 * batch, not per line. A refusal the lines themselves raise (`DossierBatchInvalid`, e.g. a body
 * line that is not UTF-8, `ByteLines`) is a typed failure; any other error of the reader
 * is a defect.
 */
import { DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";
import { Effect } from "effect";

/** Reads lines in batches. */
export interface LineReader {
  /** The next lines, at most `max`; fewer only at the end, none after it. */
  readonly next: (max: number) => Effect.Effect<ReadonlyArray<string>, DossierBatchInvalid>;
  /**
   * Some of the next lines, at most `max`, as the source gave them (a whole array when it fits,
   * no copy); none only at the end. For a reader that takes each line as it comes: nothing holds
   * a batch's worth of lines.
   */
  readonly take: (max: number) => Effect.Effect<ReadonlyArray<string>, DossierBatchInvalid>;
  /** Lets the source go (closes a file reader) when the lines are left unread; nothing after the end. */
  readonly close: Effect.Effect<void>;
}

/**
 * Where lines come from: one at a time (a line reader, a test) or an array at a time (`byteLines`,
 * an array per chunk read, which spares an async turn per line).
 */
export type LineSource = AsyncIterable<string | ReadonlyArray<string>>;

/**
 * A reader of `lines`. It takes the iterator at once: a line reader (node:readline) that starts
 * before anyone iterates drops the lines it emits meanwhile.
 */
export const lineReader = (lines: LineSource): LineReader => {
  const iterator = lines[Symbol.asyncIterator]();
  let done = false;
  // lines of an array already taken from the iterator and not yet handed out
  let held: ReadonlyArray<string> = [];
  let at = 0;
  const take = async (max: number): Promise<ReadonlyArray<string>> => {
    try {
      for (;;) {
        if (at < held.length) {
          const n = Math.min(max, held.length - at);
          const out = at === 0 && n === held.length ? held : held.slice(at, at + n);
          at += n;
          return out;
        }
        if (done) return [];
        const r = await iterator.next();
        if (r.done === true) done = true;
        else if (typeof r.value === "string") return [r.value];
        else {
          held = r.value;
          at = 0;
        }
      }
    } catch (e) {
      // an iterator that threw is finished
      done = true;
      throw e;
    }
  };
  const read = async (max: number): Promise<string[]> => {
    const out: string[] = [];
    while (out.length < max) {
      const some = await take(max - out.length);
      if (some.length === 0) break;
      for (const line of some) out.push(line);
    }
    return out;
  };
  const asEffect = (run: () => Promise<ReadonlyArray<string>>): Effect.Effect<ReadonlyArray<string>, DossierBatchInvalid> =>
    Effect.tryPromise({ try: run, catch: (e) => e }).pipe(
      Effect.catchAll((e) => (e instanceof DossierBatchInvalid ? Effect.fail(e) : Effect.die(e))),
    );
  return {
    next: (max) => asEffect(() => read(max)),
    take: (max) => asEffect(() => take(max)),
    close: Effect.suspend(() => {
      if (done) return Effect.void;
      done = true;
      return Effect.promise(async () => {
        await iterator.return?.();
      });
    }),
  };
};
