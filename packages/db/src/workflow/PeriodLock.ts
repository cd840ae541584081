/**
 * The lock an approval puts on a unit's figures for a period. Value writes ask it first: while the
 * report is approved nothing may change; after a partial reopening only the reopened indicators
 * and sections may. The answer names who approved and when, so the refusal can say why.
 *
 * The value store asks it inside its own write transaction (`lockIn`), reading the report's row
 * `for share`: an approval takes that row `for update`, so a write and an approval racing each
 * other serialize — the write either commits before the approval or sees the lock and is refused.
 * The service below answers the same question outside a transaction, for an early refusal.
 */

import { PeriodLocked } from "@cchc/domain/workflow/PeriodLocked";
import * as W from "@cchc/domain/workflow/ReportWorkflow";
import { Context, Effect } from "effect";
import type { Kysely } from "kysely";
import { overDatabase } from "../OverDatabase.js";
import type { Schema } from "../Schema.js";
import { statusFromRow } from "./WorkflowRows.js";

export { PeriodLocked } from "@cchc/domain/workflow/PeriodLocked";

/** A figure or a section a write touches. */
export type Touched = { readonly indicator: string; readonly disaggregation?: string } | { readonly section: string };

/** What the lock looks at: the report's state, whether it is locked, and what a reopening opened. */
type LockStatus = Pick<W.ReportStatus, "state" | "locked" | "open">;

/** The touched figures and sections the status refuses ("*" = the whole report, when the scope is unknown). */
const refusedBy = (status: LockStatus, touched: ReadonlyArray<Touched> | undefined): ReadonlyArray<string> =>
  touched === undefined
    ? ["*"]
    : touched
        .filter((t) =>
          "section" in t
            ? status.state === "approved" || !status.open.some((i) => W.coversSection(i, t.section))
            : !W.figureWritable(status, t),
        )
        .map((t) => ("section" in t ? `section:${t.section}` : t.disaggregation ? `${t.indicator}[${t.disaggregation}]` : t.indicator));

/**
 * The refusal of a write to `touched` figures of (`unit`, `period`), or undefined when it may go
 * ahead; read through `db`, which may be a transaction. `share` reads the report's row
 * `for share`, so the answer holds until that transaction ends (an approval waits for it).
 */
export const lockIn = async (
  db: Kysely<Schema>,
  unit: string,
  period: string,
  touched: ReadonlyArray<Touched> | undefined,
  options: { readonly share?: boolean } = {},
): Promise<PeriodLocked | undefined> => {
  const query = db
    .selectFrom("workflow_report")
    .select(["state", "submissions", "locked", "open_items"])
    .where("unit_code", "=", unit)
    .where("period", "=", period);
  const row = await (options.share ? query.forShare() : query).executeTakeFirst();
  if (!row?.locked) return undefined;
  const status: LockStatus = statusFromRow(row);
  const refused = refusedBy(status, touched);
  if (refused.length === 0) return undefined;
  const approval = await db
    .selectFrom("workflow_step")
    .select(["actor_name", "at"])
    .where("unit_code", "=", unit)
    .where("period", "=", period)
    .where("command", "=", "approve")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return new PeriodLocked({
    unit,
    period,
    state: status.state,
    refused: refused.includes("*") ? [] : refused,
    approvedBy: approval?.actor_name ?? null,
    approvedAt: approval?.at ?? null,
  });
};

/**
 * Fails with the refusal of a write to `touched` figures of (`unit`, `period`), inside the write's
 * transaction `trx`: the report's row is read `for share`, so the answer holds until it commits.
 */
export const writableIn = (
  trx: Kysely<Schema>,
  unit: string,
  period: string,
  touched: ReadonlyArray<Touched>,
): Effect.Effect<void, PeriodLocked> =>
  Effect.flatMap(
    Effect.promise(() => lockIn(trx, unit, period, touched, { share: true })),
    (locked) => (locked ? Effect.fail(locked) : Effect.void),
  );

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
  static readonly layer = overDatabase(PeriodLock, (kysely) => ({
    assertWritable: (unit, period, touched) =>
      Effect.flatMap(
        Effect.promise(() => lockIn(kysely, unit, period, touched)),
        (locked) => (locked ? Effect.fail(locked) : Effect.void),
      ),
  }));
}
