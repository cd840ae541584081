/**
 * Dossier statistics for any unit subtree and window, answered from the daily and monthly
 * counters (a few thousand rows whatever the number of records), and the same by a plain scan
 * of the records for checks and benchmarks. Both give the domain's `DossierStats`, identical
 * on PGlite and PostgreSQL.
 */

import { DossierWindowInvalid } from "@cchc/domain/dossiers/DossierErrors";
import { type IndicatorValue, type ServiceIndicator, serviceIndicators, toIndicatorValues } from "@cchc/domain/dossiers/DossierIndicators";
import type { Channel, ProcedureLevel } from "@cchc/domain/dossiers/DossierRecord";
import { type Cell, type DossierStats, fromCells, type StatsWindow } from "@cchc/domain/dossiers/DossierStats";
import * as LocalDate from "@cchc/domain/LocalDate";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import { Context, Effect, Layer } from "effect";
import { CompiledQuery, type Kysely } from "kysely";
import { Database } from "../Database.js";
import { OrgUnitNotFound } from "../org-units/OrgUnitRepo.js";
import type { Schema } from "../Schema.js";
import * as Sql from "./DossierSql.js";

export { DossierWindowInvalid } from "@cchc/domain/dossiers/DossierErrors";

/** Errors of a statistics request. */
export type StatsError = OrgUnitNotFound | DossierWindowInvalid;

/** The statistics service (the API's statistics route and the report builder call it). */
export class DossierStatistics extends Context.Tag("@cchc/db/DossierStatistics")<
  DossierStatistics,
  {
    /** The dossier block of the unit and all units under it for the window, from the counters. */
    readonly stats: (unitCode: UnitCode, window: StatsWindow) => Effect.Effect<DossierStats, StatsError>;
    /** The same by scanning the records (slow; the reference for tests and benchmarks). */
    readonly scanStats: (unitCode: UnitCode, window: StatsWindow) => Effect.Effect<DossierStats, StatsError>;
    /** `stats` as indicator values `{ indicator, disaggregation, value }` (source "computed"). */
    readonly indicatorValues: (unitCode: UnitCode, window: StatsWindow) => Effect.Effect<ReadonlyArray<IndicatorValue>, StatsError>;
    /** The QĐ 766 rates of the total block, with their formulas. */
    readonly serviceIndicators: (unitCode: UnitCode, window: StatsWindow) => Effect.Effect<ReadonlyArray<ServiceIndicator>, StatsError>;
  }
>() {
  /** The service over the Database. */
  static readonly layer = Layer.effect(
    DossierStatistics,
    Effect.map(Database, ({ kysely }) => {
      const stats = (unitCode: string, window: StatsWindow) => run(kysely, unitCode, window, "aggregates");
      return {
        stats,
        scanStats: (unitCode, window) => run(kysely, unitCode, window, "scan"),
        indicatorValues: (unitCode, window) => Effect.map(stats(unitCode, window), toIndicatorValues),
        serviceIndicators: (unitCode, window) => Effect.map(stats(unitCode, window), (s) => serviceIndicators(s.total)),
      };
    }),
  );
}

interface CellRow {
  readonly procedure_level: ProcedureLevel;
  readonly channel: Channel;
  readonly [count: string]: unknown;
}

const n = (v: unknown): number => Number(v ?? 0);

const toCell = (r: CellRow): Cell => {
  const pending = n(r.pending);
  const overdue = n(r.pending_overdue);
  return {
    level: r.procedure_level,
    channel: r.channel,
    counts: {
      carriedOver: n(r.carried_over),
      newReceived: n(r.new_received),
      early: n(r.early),
      onTime: n(r.on_time),
      late: n(r.late),
      resolvedExtended: n(r.resolved_extended),
      returned: n(r.returned),
      withdrawn: n(r.withdrawn),
      rejected: n(r.rejected),
      pendingWithin: pending - overdue,
      pendingOverdue: overdue,
      newDigitised: n(r.new_digitised),
      newPaidOnline: n(r.new_paid_online),
      resolvedResultDigitised: n(r.resolved_result_digitised),
    },
  };
};

const monthStart = (d: LocalDate.LocalDate): string => `${d.slice(0, 7)}-01`;

const run = (kysely: Kysely<Schema>, unitCode: string, window: StatsWindow, method: "aggregates" | "scan") =>
  Effect.gen(function* () {
    const { start, end } = window;
    if (!LocalDate.isLocalDate(start) || !LocalDate.isLocalDate(end) || start > end)
      return yield* Effect.fail(new DossierWindowInvalid({ start, end }));
    const exists = yield* Effect.promise(() =>
      kysely.selectFrom("org_unit").select("code").where("code", "=", unitCode).executeTakeFirst(),
    );
    if (!exists) return yield* Effect.fail(new OrgUnitNotFound({ code: unitCode }));
    const afterEnd = LocalDate.addDays(end, 1);
    const query =
      method === "aggregates"
        ? CompiledQuery.raw(Sql.statsFromAggregates, [
            unitCode,
            start,
            end,
            monthStart(start),
            monthStart(end),
            afterEnd,
            monthStart(afterEnd),
          ])
        : CompiledQuery.raw(Sql.statsFromScan, [unitCode, start, end]);
    const result = yield* Effect.promise(() => kysely.executeQuery<CellRow>(query));
    return fromCells(unitCode, window, result.rows.map(toCell));
  });
