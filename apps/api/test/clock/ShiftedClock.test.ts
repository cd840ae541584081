import { Clock, Effect, ManagedRuntime } from "effect";
import { describe, expect, it } from "vitest";
import { shiftedClockLayer } from "../../src/clock/ShiftedClock.js";
import { readEnv } from "../../src/env.js";

describe("the server clock started at CCHC_CLOCK_START", () => {
  it("reads the chosen instant at start and advances from it", async () => {
    const runtime = ManagedRuntime.make(shiftedClockLayer(new Date("2022-06-15T02:00:00Z")));
    const first = await runtime.runPromise(Clock.currentTimeMillis);
    await new Promise((ok) => setTimeout(ok, 20));
    const second = await runtime.runPromise(Effect.flatMap(Clock.clockWith(Effect.succeed), (c) => c.currentTimeMillis));
    await runtime.dispose();
    expect(new Date(first).toISOString().slice(0, 16)).toBe("2022-06-15T02:00");
    expect(second).toBeGreaterThan(first);
    expect(second - first).toBeLessThan(60_000);
  });

  it("is read from the environment only when it is an ISO instant", () => {
    expect(readEnv({}).clockStart).toBeUndefined();
    expect(readEnv({ CCHC_CLOCK_START: "2022-06-15T09:00:00+07:00" }).clockStart?.toISOString()).toBe("2022-06-15T02:00:00.000Z");
    expect(() => readEnv({ CCHC_CLOCK_START: "15/6/2022" })).toThrow(/CCHC_CLOCK_START/);
  });
});
