import type { ColumnType, Generated } from "kysely";

/** Table `cchc_plan`: a unit's annual reform plan. */
export interface PlanTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly year: number;
  readonly title: string;
  readonly document_id: number | null;
}

/** Table `plan_task`: a task of a plan; JSON text columns hold unit codes and evidence document ids. */
export interface PlanTaskTable {
  readonly id: Generated<number>;
  readonly plan_id: number;
  readonly sort_order: number;
  readonly area: string;
  readonly title: string;
  readonly lead_unit: string;
  readonly coordinating_units: ColumnType<string, string | undefined, string>;
  readonly deadline: string | null;
  readonly status: string;
  readonly progress: number;
  readonly started_on: string | null;
  readonly completed_on: string | null;
  readonly evidence: ColumnType<string, string | undefined, string>;
  readonly reconstructed: ColumnType<boolean, boolean | undefined, boolean>;
  readonly version: ColumnType<number, number | undefined, number>;
}

/** Table `assigned_task`: a task assigned to a unit by a superior. */
export interface AssignedTaskTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly assigner: string;
  readonly title: string;
  readonly source_document_id: number | null;
  readonly assigned_on: string;
  readonly due_on: string;
  readonly completed_on: string | null;
  readonly reconstructed: ColumnType<boolean, boolean | undefined, boolean>;
  readonly note: string | null;
}

/** Tables of the plans feature. */
export interface PlanTables {
  readonly cchc_plan: PlanTable;
  readonly plan_task: PlanTaskTable;
  readonly assigned_task: AssignedTaskTable;
}
