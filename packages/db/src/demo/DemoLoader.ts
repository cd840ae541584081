/**
 * The demo's units and the rule that decides whether the demo belongs in a database at all. Each
 * demo step is idempotent (it adds only the part that is missing), so the demo is completed on a
 * database that holds only part of it — for instance units loaded by an older version — and
 * `cchc demo load` can run any number of times.
 */
import { Effect } from "effect";
import { Database } from "../Database.js";
import { OrgUnitRepo } from "../org-units/OrgUnitRepo.js";
import { demoUnits } from "./DemoUnits.js";

/** Units whose presence marks a database the demo was loaded into (the seed's province and office). */
export const DEMO_CORE_UNITS: ReadonlyArray<string> = ["DT", "DT.VPUBND"];

/** Inserts the demo units that are missing, through the repository's rules; returns how many were inserted. */
export const loadDemoUnits = Effect.gen(function* () {
  const { kysely } = yield* Database;
  const repo = yield* OrgUnitRepo;
  const existing = new Set((yield* Effect.promise(() => kysely.selectFrom("org_unit").select("code").execute())).map((r) => r.code));
  const missing = demoUnits.filter((u) => !existing.has(u.code));
  // The demo's units are written to meet the rules; one that does not is a bug in the demo data.
  for (const u of missing) yield* Effect.orDie(repo.insert(u));
  return missing.length;
}).pipe(Effect.provide(OrgUnitRepo.layer));

/**
 * Whether the demo belongs here: a database with no unit at all (a fresh one), or one that holds
 * the demo's core units (a demo database, possibly loaded only in part). A database with units of
 * its own never gets the demo at start-up.
 */
export const demoBelongs = Effect.gen(function* () {
  const { kysely } = yield* Database;
  const any = yield* Effect.promise(() => kysely.selectFrom("org_unit").select("code").limit(1).execute());
  if (any.length === 0) return true;
  const core = yield* Effect.promise(() => kysely.selectFrom("org_unit").select("code").where("code", "in", DEMO_CORE_UNITS).execute());
  return core.length === DEMO_CORE_UNITS.length;
});
