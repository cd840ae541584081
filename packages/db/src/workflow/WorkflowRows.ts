/**
 * The workflow tables' rows and the domain, in one place: `workflow_report` rows as statuses (and
 * the part the approval lock reads), `workflow_step` rows as steps and `workflow_snapshot` figures,
 * decoded with the domain's `ReportState` and `ReportItem` and the `Actor` of audit rows, so a row
 * the domain does not allow is a defect naming the table. Statuses are read on every write, so
 * the decoders are compiled once, here.
 */

import * as W from "@cchc/domain/workflow/ReportWorkflow";
import type { SnapshotValue as SnapshotValueType } from "@cchc/domain/workflow/Snapshot";
import { Schema } from "effect";
import { Actor } from "../audit/AuditRows.js";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { SubmissionFinding as SubmissionFindingType } from "./ReportSources.js";
import type { WorkflowStep } from "./WorkflowRepo.js";

const Status: Schema.Schema<W.ReportStatus> = Schema.Struct({
  state: W.ReportState,
  submissions: Schema.Number,
  locked: Schema.Boolean,
  open: Schema.Array(W.ReportItem),
});

const SubmissionFinding: Schema.Schema<SubmissionFindingType> = Schema.Struct({
  rule: Schema.String,
  importance: Schema.Literal("error", "warning"),
  message: Schema.String,
  subject: Schema.optional(Schema.NullOr(Schema.Struct({ type: Schema.String, ref: Schema.String, label: Schema.String }))),
});

const Step: Schema.Schema<WorkflowStep> = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String,
  period: Schema.String,
  command: Schema.Literal("submit", "approve", "return", "reopen"),
  from: W.ReportState,
  to: W.ReportState,
  actor: Actor,
  at: Schema.DateFromSelf,
  reason: Schema.NullOr(Schema.String),
  comment: Schema.NullOr(Schema.String),
  items: Schema.Array(W.ReportItem),
  deadline: Schema.NullOr(Schema.String),
  timeliness: Schema.NullOr(Schema.Literal("on-time", "late")),
  findings: Schema.NullOr(Schema.Array(SubmissionFinding)),
});

const SnapshotValue: Schema.Schema<SnapshotValueType> = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.String,
  value: Schema.NullOr(Schema.Number),
});

const decodeStatus = rowDecoder("workflow_report", Status);
const decodeStep = rowDecoder("workflow_step", Step);
const decodeFigures = rowDecoder("workflow_snapshot", Schema.Array(SnapshotValue));

/** The columns of `workflow_report` a status is read from. */
export interface StatusColumns {
  readonly state: string;
  readonly submissions: number;
  readonly locked: boolean;
  readonly open_items: unknown;
}

/** The status a `workflow_report` row stores (no open items stored = none; no row = a draft nobody touched). */
export const statusFromRow = (r: StatusColumns | undefined): W.ReportStatus =>
  r ? decodeStatus({ state: r.state, submissions: r.submissions, locked: r.locked, open: r.open_items ?? [] }) : W.initial;

/** The step a `workflow_step` row stores. */
export const stepFromRow = (r: RowOf<"workflow_step">): WorkflowStep =>
  decodeStep({
    id: Number(r.id),
    unit: r.unit_code,
    period: r.period,
    command: r.command,
    from: r.from_state,
    to: r.to_state,
    actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
    at: r.at,
    reason: r.reason,
    comment: r.comment,
    items: r.items ?? [],
    deadline: r.deadline,
    timeliness: r.timeliness,
    findings: r.findings ?? null,
  });

/** The figures a `workflow_snapshot` row stores. */
export const figuresFromRow = (r: { readonly figures: unknown }): ReadonlyArray<SnapshotValueType> => decodeFigures(r.figures);
