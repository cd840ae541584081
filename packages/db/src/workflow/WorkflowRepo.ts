/**
 * The review workflow in storage: the status of each unit's report for a period, every step with
 * its actor, reason, items and timeliness, and the figures as they were at each submission. A
 * step is applied in one transaction that locks the report's row, so two approvers cannot both
 * act on the same submitted report.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import * as W from "@cchc/domain/workflow/ReportWorkflow";
import type { SnapshotValue } from "@cchc/domain/workflow/Snapshot";
import { Context, Effect } from "effect";
import { jsonb } from "../JsonColumn.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { transaction } from "../Transaction.js";
import type { SubmissionFinding } from "./ReportSources.js";
import { figuresFromRow, statusFromRow, stepFromRow } from "./WorkflowRows.js";

const run = <A>(query: () => Promise<A>) => Effect.promise(query);

/** A recorded workflow step. */
export interface WorkflowStep {
  readonly id: number;
  readonly unit: string;
  readonly period: string;
  readonly command: W.Command["kind"];
  readonly from: W.ReportState;
  readonly to: W.ReportState;
  readonly actor: Actor;
  readonly at: Date;
  readonly reason: string | null;
  readonly comment: string | null;
  readonly items: ReadonlyArray<W.ReportItem>;
  readonly deadline: string | null;
  readonly timeliness: "on-time" | "late" | null;
  readonly findings: ReadonlyArray<SubmissionFinding> | null;
}

/** Details of a step beyond its command. */
export interface StepDetails {
  readonly actor: Actor;
  readonly at: Date;
  readonly comment?: string | null;
  readonly deadline?: string | null;
  readonly timeliness?: "on-time" | "late" | null;
  readonly findings?: ReadonlyArray<SubmissionFinding> | null;
  /** The figures at a submission. */
  readonly snapshot?: ReadonlyArray<SnapshotValue>;
}

/** A report's status with where it belongs. */
export interface ReportRecord extends W.ReportStatus {
  readonly unit: string;
  readonly period: string;
}

/** Repository of the review workflow. */
export class WorkflowRepo extends Context.Tag("@cchc/db/WorkflowRepo")<
  WorkflowRepo,
  {
    readonly status: (unit: UnitCode, period: PeriodCode) => Effect.Effect<W.ReportStatus>;
    /** Statuses of many units for one period (units without a row are drafts). */
    readonly statuses: (units: ReadonlyArray<UnitCode>, period: PeriodCode) => Effect.Effect<ReadonlyArray<ReportRecord>>;
    /** Applies a command; the status before and after and the recorded step. */
    readonly apply: (
      unit: UnitCode,
      period: PeriodCode,
      command: W.Command,
      details: StepDetails,
    ) => Effect.Effect<
      { readonly before: W.ReportStatus; readonly after: W.ReportStatus; readonly step: WorkflowStep },
      W.WorkflowTransitionInvalid | W.WorkflowReasonMissing
    >;
    readonly history: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<WorkflowStep>>;
    /** Steps of many units for one period, oldest first. */
    readonly steps: (units: ReadonlyArray<UnitCode>, period: PeriodCode) => Effect.Effect<ReadonlyArray<WorkflowStep>>;
    /** The figures at each submission (1-based), oldest first. */
    readonly snapshots: (
      unit: UnitCode,
      period: PeriodCode,
    ) => Effect.Effect<
      ReadonlyArray<{ readonly submission: number; readonly takenAt: Date; readonly figures: ReadonlyArray<SnapshotValue> }>
    >;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(WorkflowRepo, (kysely) => ({
    status: (unit, period) =>
      Effect.promise(() =>
        kysely.selectFrom("workflow_report").selectAll().where("unit_code", "=", unit).where("period", "=", period).executeTakeFirst(),
      ).pipe(Effect.map(statusFromRow)),
    statuses: (units, period) =>
      Effect.promise(async () => {
        if (units.length === 0) return [];
        const rows = await kysely
          .selectFrom("workflow_report")
          .selectAll()
          .where("unit_code", "in", [...units])
          .where("period", "=", period)
          .execute();
        const byUnit = new Map(rows.map((r) => [r.unit_code, r]));
        return units.map((unit) => ({ unit, period, ...statusFromRow(byUnit.get(unit)) }));
      }),
    apply: (unit, period, command, d) =>
      transaction(kysely, (trx) =>
        Effect.gen(function* () {
          const row = yield* run(() =>
            trx
              .selectFrom("workflow_report")
              .selectAll()
              .where("unit_code", "=", unit)
              .where("period", "=", period)
              .forUpdate()
              .executeTakeFirst(),
          );
          const before = statusFromRow(row);
          const after = yield* W.transition(before, command);
          const values = {
            state: after.state,
            submissions: after.submissions,
            locked: after.locked,
            open_items: jsonb(after.open),
            updated_at: d.at,
          };
          yield* run(() =>
            trx
              .insertInto("workflow_report")
              .values({ unit_code: unit, period, ...values })
              .onConflict((oc) => oc.columns(["unit_code", "period"]).doUpdateSet(values))
              .execute(),
          );
          const reason = command.kind === "return" || command.kind === "reopen" ? command.reason : null;
          const items = command.kind === "return" || command.kind === "reopen" ? command.items : [];
          const step = yield* run(() =>
            trx
              .insertInto("workflow_step")
              .values({
                unit_code: unit,
                period,
                command: command.kind,
                from_state: before.state,
                to_state: after.state,
                actor_kind: d.actor.kind,
                actor_id: d.actor.id,
                actor_name: d.actor.name,
                at: d.at,
                reason,
                comment: d.comment ?? null,
                items: jsonb(items),
                deadline: d.deadline ?? null,
                timeliness: d.timeliness ?? null,
                findings: d.findings ? jsonb(d.findings) : null,
              })
              .returningAll()
              .executeTakeFirstOrThrow(),
          );
          if (command.kind === "submit")
            yield* run(() =>
              trx
                .insertInto("workflow_snapshot")
                .values({ unit_code: unit, period, submission: after.submissions, taken_at: d.at, figures: jsonb(d.snapshot ?? []) })
                .execute(),
            );
          return { before, after, step: stepFromRow(step) };
        }),
      ),
    history: (unit, period) =>
      rowsOf(
        kysely.selectFrom("workflow_step").selectAll().where("unit_code", "=", unit).where("period", "=", period).orderBy("id"),
        stepFromRow,
      ),
    steps: (units, period) =>
      Effect.promise(async () =>
        units.length === 0
          ? []
          : await kysely
              .selectFrom("workflow_step")
              .selectAll()
              .where("unit_code", "in", [...units])
              .where("period", "=", period)
              .orderBy("id")
              .execute(),
      ).pipe(Effect.map((rows) => rows.map(stepFromRow))),
    snapshots: (unit, period) =>
      rowsOf(
        kysely.selectFrom("workflow_snapshot").selectAll().where("unit_code", "=", unit).where("period", "=", period).orderBy("submission"),
        (r) => ({ submission: r.submission, takenAt: r.taken_at, figures: figuresFromRow(r) }),
      ),
  }));
}
