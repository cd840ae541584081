/**
 * The lock an approval puts on a unit's figures for a period. Value writes ask it first: while the
 * report is approved nothing may change; after a partial reopening only the reopened indicators
 * and sections may. The answer names who approved and when, so the refusal can say why.
 */
import * as W from "@cchc/domain/workflow/ReportWorkflow";
import { Context, Data, Effect, Layer } from "effect";
import { Database } from "../Database.js";

/** Writes to these figures are refused because the report is approved (and not reopened for them). */
export class PeriodLocked extends Data.TaggedError("PeriodLocked")<{
  readonly unit: string;
  readonly period: string;
  readonly state: W.ReportState;
  /** Figures or sections refused ("tthc.hoso.tiepnhan", "section:procedure"); empty = the whole report. */
  readonly refused: ReadonlyArray<string>;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
}> {}

/** A figure or a section a write touches. */
export type Touched = { readonly indicator: string; readonly disaggregation?: string } | { readonly section: string };

/** The period-lock check. */
export class PeriodLock extends Context.Tag("@cchc/db/PeriodLock")<
  PeriodLock,
  {
    /**
     * Fails with `PeriodLocked` unless every touched figure or section may be written; with no
     * `touched` list, fails when any part of the report is locked (the write's scope is unknown).
     */
    readonly assertWritable: (unit: string, period: string, touched?: ReadonlyArray<Touched>) => Effect.Effect<void, PeriodLocked>;
  }
>() {
  /** The check over the workflow tables. */
  static readonly layer = Layer.effect(
    PeriodLock,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      return {
        assertWritable: (unit, period, touched) =>
          Effect.gen(function* () {
            const row = yield* Effect.promise(() =>
              kysely
                .selectFrom("workflow_report")
                .select(["state", "locked", "open_items"])
                .where("unit_code", "=", unit)
                .where("period", "=", period)
                .executeTakeFirst(),
            );
            if (!row?.locked) return;
            const status = {
              state: row.state as W.ReportState,
              locked: row.locked,
              open: (row.open_items ?? []) as ReadonlyArray<W.ReportItem>,
            };
            const refused =
              touched === undefined
                ? ["*"]
                : touched
                    .filter((t) =>
                      "section" in t
                        ? status.state === "approved" || !status.open.some((i) => W.coversSection(i, t.section))
                        : !W.figureWritable(status, t),
                    )
                    .map((t) =>
                      "section" in t ? `section:${t.section}` : t.disaggregation ? `${t.indicator}[${t.disaggregation}]` : t.indicator,
                    );
            if (refused.length === 0) return;
            const approval = yield* Effect.promise(() =>
              kysely
                .selectFrom("workflow_step")
                .select(["actor_name", "at"])
                .where("unit_code", "=", unit)
                .where("period", "=", period)
                .where("command", "=", "approve")
                .orderBy("id", "desc")
                .executeTakeFirst(),
            );
            return yield* Effect.fail(
              new PeriodLocked({
                unit,
                period,
                state: status.state,
                refused: refused.includes("*") ? [] : refused,
                approvedBy: approval?.actor_name ?? null,
                approvedAt: approval?.at ?? null,
              }),
            );
          }),
      };
    }),
  );
}
