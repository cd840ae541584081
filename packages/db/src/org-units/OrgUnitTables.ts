import type { ColumnType } from "kysely";

/** Table `org_unit`: one organisation unit with its validity window and successor. */
export interface OrgUnitTable {
  readonly code: string;
  readonly name: string;
  readonly short_name: string | null;
  readonly kind: string;
  readonly parent_code: string | null;
  readonly valid_from: ColumnType<string, string | undefined, string>;
  readonly valid_to: string | null;
  readonly successor_code: string | null;
  readonly version: ColumnType<number, number | undefined, number>;
}

/** Tables of the org-unit feature. */
export interface OrgUnitTables {
  readonly org_unit: OrgUnitTable;
}
