import type { ColumnType, Generated } from "kysely";

/** Table `activity`: a reform activity of a unit in a period. */
export interface ActivityTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly period_code: string;
  readonly sort_order: number;
  readonly area: string;
  readonly kind: string;
  readonly title: string;
  readonly count: number | null;
  readonly count_unit: string | null;
  readonly held_on: string | null;
  readonly date_role: string;
  readonly document_id: number | null;
  readonly note: string | null;
  readonly version: ColumnType<number, number | undefined, number>;
}

/** Tables of the activities feature. */
export interface ActivityTables {
  readonly activity: ActivityTable;
}
