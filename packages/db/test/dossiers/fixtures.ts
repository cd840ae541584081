/**
 * Named fixtures of the dossier tests: a small synthetic province per test (its own root code, so
 * tests sharing a database do not see each other's records) and random windows over its range.
 */

import type { StatsWindow } from "@cchc/domain/dossiers/DossierStats";
import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { Effect, Layer } from "effect";
import { Database } from "../../src/Database.js";
import { DossierIngest } from "../../src/dossiers/DossierIngest.js";
import { DossierStatistics } from "../../src/dossiers/DossierStatistics.js";
import { csvHeader, csvLines, random, type SyntheticOptions, units } from "../../src/dossiers/SyntheticDossiers.js";

/** A small province over five months, with updates sent twice. */
export const smallProvince = (root: string, seed = 7): SyntheticOptions => ({
  seed,
  root,
  departments: 3,
  districts: 3,
  communesPerDistrict: 3,
  from: LocalDate.make(2022, 1, 1),
  to: LocalDate.make(2022, 5, 31),
  asOf: LocalDate.make(2022, 6, 10),
  updateShare: 0.15,
});

/** Inserts the synthetic units of a province. */
export const insertUnits = (o: SyntheticOptions) =>
  Effect.flatMap(Database, ({ kysely }) =>
    Effect.promise(() =>
      kysely
        .insertInto("org_unit")
        .values(units(o).map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent_code: u.parent_code })))
        .execute(),
    ),
  );

/** The data lines of a province. */
export const lines = (o: SyntheticOptions, count: number): string[] => [...csvLines(o, count)];

/** A CSV text with header. */
export const csv = (dataLines: ReadonlyArray<string>): string => [csvHeader, ...dataLines].join("\n");

/** Async lines of a CSV text (what a file reader yields). */
export async function* asyncLines(text: string): AsyncGenerator<string> {
  for (const line of text.split("\n")) yield line;
}

/** `count` random (unit, window) pairs over the province's units and range (plus a margin). */
export const randomQueries = (o: SyntheticOptions, count: number, seed = 1): Array<{ unit: UnitCode; window: StatsWindow }> => {
  const rnd = random(seed);
  const codes = units(o).map((u) => u.code);
  const span = LocalDate.daysBetween(o.from, o.asOf) + 20;
  return Array.from({ length: count }, () => {
    const start = LocalDate.addDays(o.from, Math.floor(rnd() * span) - 10);
    return {
      unit: UnitCode.make(codes[Math.floor(rnd() * Math.min(codes.length, 6))] as string),
      window: { start, end: LocalDate.addDays(start, Math.floor(rnd() * 120)) },
    };
  });
};

/** The ingest and the statistics over a test database, the services the ingest tests use. */
export const ingestServices = (database: Layer.Layer<Database>) =>
  Layer.mergeAll(DossierIngest.layer, DossierStatistics.layer).pipe(Layer.provideMerge(database));

/** Inserts the units of a province and answers the CSV of `count` of its lines. */
export const provinceCsv = (o: SyntheticOptions, count: number) => Effect.as(insertUnits(o), csv(lines(o, count)));
