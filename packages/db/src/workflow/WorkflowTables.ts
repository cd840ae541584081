import type { ColumnType, Generated } from "kysely";

type Json<T> = ColumnType<T, string, string>;

/** Table `workflow_report`: where a unit's report for a period stands, and what is locked. */
export interface WorkflowReportTable {
  readonly unit_code: string;
  readonly period: string;
  readonly state: string;
  readonly submissions: number;
  readonly locked: boolean;
  readonly open_items: Json<unknown>;
  readonly updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Table `workflow_step`: one step of the workflow (submit, approve, return, reopen) with its reason and items. */
export interface WorkflowStepTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly period: string;
  readonly command: string;
  readonly from_state: string;
  readonly to_state: string;
  readonly actor_kind: string;
  readonly actor_id: string | null;
  readonly actor_name: string | null;
  readonly at: ColumnType<Date, Date | string, Date | string>;
  readonly reason: string | null;
  readonly comment: string | null;
  readonly items: Json<unknown>;
  readonly deadline: string | null;
  readonly timeliness: string | null;
  readonly findings: ColumnType<unknown, string | null, string | null>;
}

/** Table `workflow_snapshot`: the figures of a report as they were at a submission. */
export interface WorkflowSnapshotTable {
  readonly unit_code: string;
  readonly period: string;
  readonly submission: number;
  readonly taken_at: ColumnType<Date, Date | string, Date | string>;
  readonly figures: Json<unknown>;
}

/** Table `consolidation_run`: one consolidation of a parent's figures from its children. */
export interface ConsolidationRunTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly period: string;
  readonly at: ColumnType<Date, Date | string, Date | string>;
  readonly actor_name: string | null;
  readonly included: Json<unknown>;
  readonly missing: Json<unknown>;
  readonly figures: Json<unknown>;
}

/** Tables of the workflow and consolidation features. */
export interface WorkflowTables {
  readonly workflow_report: WorkflowReportTable;
  readonly workflow_step: WorkflowStepTable;
  readonly workflow_snapshot: WorkflowSnapshotTable;
  readonly consolidation_run: ConsolidationRunTable;
}
