import type { ColumnType } from "kysely";

/** Table `narrative`: the text of one report section for a unit and period. */
export interface NarrativeTable {
  readonly unit_code: string;
  readonly period_code: string;
  readonly section: string;
  readonly text: string;
  readonly note: string | null;
  readonly updated_by: string;
  readonly updated_at: ColumnType<Date | string, string, string>;
  readonly version: number;
}

/** Tables of the narratives feature. */
export interface NarrativeTables {
  readonly narrative: NarrativeTable;
}
