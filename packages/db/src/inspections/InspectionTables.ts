import type { ColumnType, Generated } from "kysely";

/** Table `inspection`: one reform inspection; `units_inspected` is a JSON array of names. */
export interface InspectionTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly period_code: string;
  readonly area: string;
  readonly plan_document_id: number | null;
  readonly notice_document_id: number | null;
  readonly team: string;
  readonly lead_name: string;
  readonly lead_title: string;
  readonly held_on: string;
  readonly date_text: string;
  readonly units_inspected: ColumnType<string, string | undefined, string>;
  readonly findings: string;
  readonly remediation: string;
  readonly remediation_status: string;
  readonly version: ColumnType<number, number | undefined, number>;
}

/** Tables of the inspections feature. */
export interface InspectionTables {
  readonly inspection: InspectionTable;
}
