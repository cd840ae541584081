/**
 * Writes dossier statistics into the indicator value store: the `tthc.hoso.*` values of a unit
 * subtree and window, stored for (unit, period) with source "computed" and no version check
 * (a recomputation replaces the previous computation; every change is kept in the value history
 * and, with `auditAs`, in the audit trail with before and after, like an entered value).
 */

import type { StatsWindow } from "@cchc/domain/dossiers/DossierStats";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import { ValueRepo, type WriteOptions, type WriteRefused, type WriteResult } from "../values/ValueRepo.js";
import { DossierStatistics, type StatsError } from "./DossierStatistics.js";

/**
 * Computes the statistics of `unitCode` for `window` and writes them as the values of
 * (`unitCode`, `periodCode`); `dryRun` reports what would change and stores nothing; `auditAs`
 * records each changed value in the audit trail.
 */
export const writeComputedValues = (
  unitCode: UnitCode,
  periodCode: PeriodCode,
  window: StatsWindow,
  actor: string,
  options: WriteOptions = {},
): Effect.Effect<ReadonlyArray<WriteResult>, StatsError | WriteRefused, DossierStatistics | ValueRepo> =>
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
