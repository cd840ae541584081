/**
 * The reminder job inside the API process: every few minutes each instance tries to take the
 * `reminders` lease in the database (a conditional upsert, ADR 0010); the one that holds it runs
 * the step for today (Vietnam time) and releases it. A crashed holder's lease expires, so another
 * instance takes over. Started only by the real server (server.ts), never by tests that build the app.
 */

import { randomUUID } from "node:crypto";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Data, Effect, type ManagedRuntime } from "effect";
import type { AppServices } from "../AppLayer.js";
import * as ReminderStep from "./ReminderStep.js";

/** The job's name in `job_lease`. */
export const JOB_NAME = "reminders";

/** How long a run may hold the lease before another instance may take it. */
export const LEASE_MS = 10 * 60_000;

/** Another run holds the lease. */
export class ReminderRunBusy extends Data.TaggedError("ReminderRunBusy")<{}> {}

/** Runs the step under the job lease as `owner`; fails with ReminderRunBusy when another run holds it. */
export const runLeased = (owner: string, options: Omit<ReminderStep.RunOptions, "now">) =>
  Effect.gen(function* () {
    const store = yield* ReminderStore;
    const now = new Date(yield* Clock.currentTimeMillis);
    if (!(yield* store.acquireLease(JOB_NAME, owner, now, new Date(now.getTime() + LEASE_MS))))
      return yield* Effect.fail(new ReminderRunBusy());
    const exit = yield* Effect.exit(ReminderStep.run({ ...options, now }));
    const end = new Date(yield* Clock.currentTimeMillis);
    yield* store.releaseLease(JOB_NAME, owner, end, exit._tag === "Failure" ? "lỗi khi chạy nhắc việc" : null);
    return yield* exit;
  });

/** One scheduled tick: today's run, digests from each user's hour. */
export const tick = (owner: string) =>
  Effect.gen(function* () {
    const now = new Date(yield* Clock.currentTimeMillis);
    return yield* runLeased(owner, { asOf: LocalDate.ofInstantInVietnam(now), dryRun: false, ignoreDigestHour: false });
  });

/** Starts the periodic job on `runtime`; returns a function that stops it. */
export const start = (
  runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown>,
  intervalMs: number,
  log: (line: string) => void = console.log,
): (() => void) => {
  const owner = `api-${randomUUID()}`;
  let running = false;
  const once = async () => {
    if (running) return;
    running = true;
    try {
      const exit = await runtime.runPromiseExit(tick(owner) as Effect.Effect<ReminderStep.RunSummary, unknown, never>);
      if (exit._tag === "Success" && (exit.value.notifications > 0 || exit.value.sent > 0 || exit.value.failed > 0))
        log(
          `CCHC nhắc việc: ${exit.value.notifications} thông báo mới, ${exit.value.sent} thư đã gửi, ${exit.value.failed} thư lỗi (sẽ gửi lại).`,
        );
      else if (exit._tag === "Failure" && !String(exit.cause).includes("ReminderRunBusy")) log(`CCHC nhắc việc: lỗi ${String(exit.cause)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void once(), 15_000);
  const timer = setInterval(() => void once(), intervalMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
};
