/**
 * Loads the demo data into an empty database. Each feature contributes a step; steps run in
 * order inside one transaction-free sequence and are idempotent (they skip rows already there),
 * so `cchc demo load` can run on a database that already holds part of it.
 */
import { Effect } from "effect";
import { Database } from "../Database.js";
import { demoUnits } from "./DemoUnits.js";

/** Inserts the demo units that are missing; returns how many were inserted. */
export const loadDemoUnits = Effect.gen(function* () {
  const { kysely } = yield* Database;
  const existing = new Set((yield* Effect.promise(() => kysely.selectFrom("org_unit").select("code").execute())).map((r) => r.code));
  const missing = demoUnits.filter((u) => !existing.has(u.code));
  for (const u of missing) {
    yield* Effect.promise(() =>
      kysely
        .insertInto("org_unit")
        .values({
          code: u.code,
          name: u.name,
          short_name: u.shortName,
          kind: u.kind,
          parent_code: u.parentCode,
          valid_from: u.validFrom,
          valid_to: u.validTo,
          successor_code: u.successorCode,
        })
        .execute(),
    );
  }
  return missing.length;
});

/** Whether the database holds no unit at all (a fresh database). */
export const isEmpty = Effect.gen(function* () {
  const { kysely } = yield* Database;
  const row = yield* Effect.promise(() =>
    kysely.selectFrom("org_unit").select(kysely.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  );
  return Number(row.n) === 0;
});
