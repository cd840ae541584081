/**
 * A clock that reads a chosen instant when the server starts and then advances in real time: the
 * server's `Clock` when `CCHC_CLOCK_START` is set (demonstrations and browser tests that play the
 * reporting cycle of a past period in its season). Everything that asks the time through Effect's
 * `Clock` — deadlines, timeliness, audit records, sessions — sees the shifted time.
 */
import { Clock, type Duration, Effect, Layer } from "effect";

/** A clock `start - now` ahead of (or behind) the real one. */
export const shiftedClock = (start: Date, realNow: number = Date.now()): Clock.Clock => {
  const base = Clock.make();
  const offset = start.getTime() - realNow;
  const millis = () => base.unsafeCurrentTimeMillis() + offset;
  const nanos = () => base.unsafeCurrentTimeNanos() + BigInt(offset) * 1_000_000n;
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: millis,
    unsafeCurrentTimeNanos: nanos,
    currentTimeMillis: Effect.sync(millis),
    currentTimeNanos: Effect.sync(nanos),
    sleep: (d: Duration.Duration) => base.sleep(d),
  };
};

/** The layer that sets the shifted clock for every effect of the runtime. */
export const shiftedClockLayer = (start: Date): Layer.Layer<never> => Layer.setClock(shiftedClock(start));
