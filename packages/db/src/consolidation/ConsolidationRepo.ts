/**
 * Consolidation runs in storage: when a parent's figures were consolidated, by whom, from which
 * children, which children were missing, and the figures produced — so a consolidated report can
 * say which units it covers.
 */

import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect } from "effect";
import { jsonb } from "../JsonColumn.js";
import { overDatabase } from "../OverDatabase.js";
import { fromRow } from "./ConsolidationRows.js";

/** One consolidation run. */
export interface ConsolidationRun {
  readonly id: number;
  readonly unit: string;
  readonly period: string;
  readonly at: Date;
  readonly actorName: string | null;
  readonly included: ReadonlyArray<string>;
  readonly missing: ReadonlyArray<string>;
  readonly figures: ReadonlyArray<{ readonly indicator: string; readonly disaggregation: string; readonly value: number }>;
}

/** Repository of consolidation runs. */
export class ConsolidationRepo extends Context.Tag("@cchc/db/ConsolidationRepo")<
  ConsolidationRepo,
  {
    readonly record: (run: Omit<ConsolidationRun, "id">) => Effect.Effect<ConsolidationRun>;
    /** The latest run for a unit and period. */
    readonly last: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ConsolidationRun | undefined>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(ConsolidationRepo, (kysely) => ({
    record: (run) =>
      Effect.promise(() =>
        kysely
          .insertInto("consolidation_run")
          .values({
            unit_code: run.unit,
            period: run.period,
            at: run.at,
            actor_name: run.actorName,
            included: jsonb(run.included),
            missing: jsonb(run.missing),
            figures: jsonb(run.figures),
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      ).pipe(Effect.map((r) => ({ ...run, id: Number(r.id) }))),
    last: (unit, period) =>
      Effect.promise(() =>
        kysely
          .selectFrom("consolidation_run")
          .selectAll()
          .where("unit_code", "=", unit)
          .where("period", "=", period)
          .orderBy("id", "desc")
          .executeTakeFirst(),
      ).pipe(Effect.map((r) => (r ? fromRow(r) : undefined))),
  }));
}
