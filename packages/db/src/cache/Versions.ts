/**
 * What an API process needs to trust its caches (ADR 0013): the three counters of `cache_epoch`
 * and the version of a (unit, period), read from the database that every process shares.
 *
 * `sync` is called once at the start of every request. It answers from a read of the counters
 * that STARTED after the call — so any change committed before the request arrived is seen, in
 * this process or another one — but concurrent requests share that read: under load one small
 * query serves every request that arrived while the previous one ran. The (unit, period) versions
 * are kept in memory and forgotten whenever the `data` counter moves.
 *
 * On the embedded database no other process can write, so `sync` reads again only when a write
 * has been issued since the last read began (`LocalWrites.ts`); a warm read then costs no query.
 */

import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect, Layer } from "effect";
import { Database } from "../Database.js";

/** The counters of `cache_epoch`. */
export interface Epochs {
  readonly auth: number;
  readonly reference: number;
  readonly data: number;
}

/** Kinds of counters. */
export type EpochKind = keyof Epochs;

/** The cache-version service. */
export class Versions extends Context.Tag("@cchc/db/Versions")<
  Versions,
  {
    /** The counters as of a read that started after this call (shared with concurrent callers). */
    readonly sync: Effect.Effect<Epochs>;
    /** `sync` outside Effect: the counters at once when nothing can have moved, else the shared read. */
    readonly syncNow: () => Epochs | Promise<Epochs>;
    /** The counters of the last completed read (no query). */
    readonly current: () => Epochs;
    /** The version of a (unit, period): 0 until its data first changes. */
    readonly dataVersion: (unit: UnitCode, period: PeriodCode) => Effect.Effect<number>;
    /** Moves a counter now (for a change the triggers do not see); the next `sync` of every process sees it. */
    readonly bump: (kind: EpochKind) => Effect.Effect<void>;
    /** Called with the kinds that moved, after each read that saw a change. */
    readonly onChange: (listener: (moved: ReadonlyArray<EpochKind>) => void) => void;
  }
>() {
  /** The service over the Database. */
  static readonly layer = Layer.effect(
    Versions,
    Effect.gen(function* () {
      const { kysely, raw } = yield* Database;
      // embedded: the writes of this process are all the writes there are
      const writes = raw.kind === "pglite" ? raw.writes : null;
      let writesAtRead = -1;
      let seen: Epochs = { auth: -1, reference: -1, data: -1 };
      const listeners: Array<(moved: ReadonlyArray<EpochKind>) => void> = [];
      const dataVersions = new Map<string, number>();

      // compiled once: the read runs for nearly every request on a server database
      const counters = kysely.selectFrom("cache_epoch").select(["auth", "reference", "data"]).where("id", "=", 1).compile();
      const read = async (): Promise<Epochs> => {
        const writesBefore = writes?.count() ?? -1;
        const [row] = (await kysely.executeQuery(counters)).rows;
        const next: Epochs = { auth: Number(row?.auth ?? 0), reference: Number(row?.reference ?? 0), data: Number(row?.data ?? 0) };
        const moved = (["auth", "reference", "data"] as const).filter((k) => next[k] !== seen[k]);
        if (moved.length > 0) {
          if (moved.includes("data")) dataVersions.clear();
          seen = next;
          for (const l of listeners) l(moved);
        }
        writesAtRead = writesBefore;
        return seen;
      };

      // One read at a time; a caller arriving during a read waits for the next one, which it shares.
      let running: Promise<Epochs> | null = null;
      let queued: Promise<Epochs> | null = null;
      const start = (): Promise<Epochs> => {
        const p = read().finally(() => {
          if (running === p) running = null;
        });
        running = p;
        return p;
      };
      const syncPromise = (): Promise<Epochs> => {
        if (running === null) return start();
        if (queued === null) {
          const q = running.then(
            () => {
              queued = null;
              return start();
            },
            () => {
              queued = null;
              return start();
            },
          );
          queued = q;
        }
        return queued;
      };

      const unchanged = (): boolean => writes !== null && writesAtRead >= 0 && writes.count() === writesAtRead;

      const syncNow = (): Epochs | Promise<Epochs> => (unchanged() ? seen : syncPromise());

      return {
        sync: Effect.suspend(() => {
          const now = syncNow();
          return now instanceof Promise ? Effect.promise(() => now) : Effect.succeed(now);
        }),
        syncNow,
        current: () => seen,
        dataVersion: (unit, period) =>
          Effect.suspend(() => {
            const key = `${unit}\u0000${period}`;
            const known = dataVersions.get(key);
            if (known !== undefined) return Effect.succeed(known);
            const epoch = seen.data;
            return Effect.map(
              Effect.promise(() =>
                kysely
                  .selectFrom("data_version")
                  .select("version")
                  .where("unit_code", "=", unit)
                  .where("period_code", "=", period)
                  .executeTakeFirst(),
              ),
              (row) => {
                const v = Number(row?.version ?? 0);
                // remember it only if no change was seen meanwhile
                if (seen.data === epoch) dataVersions.set(key, v);
                return v;
              },
            );
          }),
        bump: (kind) =>
          Effect.promise(() =>
            kysely
              .updateTable("cache_epoch")
              .set((eb) => ({ [kind]: eb(kind, "+", 1) }))
              .where("id", "=", 1)
              .execute(),
          ).pipe(Effect.asVoid),
        onChange: (listener) => {
          listeners.push(listener);
        },
      };
    }),
  );
}
