/**
 * Writes dossier statistics into the indicator value store: the `tthc.hoso.*` values of a unit
 * subtree and window, stored for (unit, period) with source "computed" and no version check
 * (a recomputation replaces the previous computation; every change is kept in the value history).
 */
import type { StatsWindow } from "@cchc/domain/dossiers/DossierStats";
import type { ValueConflict } from "@cchc/domain/indicators/Value";
import { Effect } from "effect";
import { ValueRepo, type WriteResult } from "../values/ValueRepo.js";
import { DossierStatistics, type StatsError } from "./DossierStatistics.js";

/**
 * Computes the statistics of `unitCode` for `window` and writes them as the values of
 * (`unitCode`, `periodCode`); `dryRun` reports what would change and stores nothing.
 */
export const writeComputedValues = (
  unitCode: string,
  periodCode: string,
  window: StatsWindow,
  actor: string,
  options: { readonly dryRun?: boolean } = {},
): Effect.Effect<ReadonlyArray<WriteResult>, StatsError | ValueConflict, DossierStatistics | ValueRepo> =>
  Effect.gen(function* () {
    const values = yield* (yield* DossierStatistics).indicatorValues(unitCode, window);
    const repo = yield* ValueRepo;
    return yield* repo.write(
      unitCode,
      periodCode,
      values.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: v.value, source: "computed" as const })),
      actor,
      options,
    );
  });
