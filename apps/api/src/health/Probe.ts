/**
 * The database side of `/health`, probed in the background: a poller hitting the health route
 * many times a second costs at most one `select 1` and one account lookup every `PROBE_MS`,
 * and never waits for them once a first answer exists (the answer is at most that old).
 */
import { Effect } from "effect";

/** Longest age of a probe answer before a new probe is started. */
export const PROBE_MS = 2_000;

interface State<A> {
  at: number;
  value: A | undefined;
  running: Promise<A> | undefined;
}

const states = new WeakMap<object, State<unknown>>();

/**
 * The last answer of `probe` for `owner` (one state per database), refreshed in the background
 * when older than `PROBE_MS`; the first call waits for it.
 */
export const probed = <A>(owner: object, probe: () => Promise<A>): Effect.Effect<A> =>
  Effect.promise(() => {
    let state = states.get(owner) as State<A> | undefined;
    if (state === undefined) {
      state = { at: 0, value: undefined, running: undefined };
      states.set(owner, state);
    }
    const s = state;
    const now = Date.now();
    if (s.value !== undefined && now - s.at < PROBE_MS) return Promise.resolve(s.value);
    if (s.running === undefined)
      s.running = probe()
        .then((v) => {
          s.value = v;
          s.at = Date.now();
          return v;
        })
        .finally(() => {
          s.running = undefined;
        });
    return s.value !== undefined ? Promise.resolve(s.value) : s.running;
  });
