import type { ColumnType } from "kysely";

/** Table `report_setting`: the header and closing of a unit's reports. */
export interface ReportSettingTable {
  readonly unit_code: string;
  readonly parent_body: string;
  readonly issuing_body: string;
  readonly symbol: string;
  readonly place: string;
  readonly addressee: string | null;
  readonly signer_authority: string | null;
  readonly signer_authority_title: string | null;
  readonly signer_title: string;
  readonly signer_name: string;
  /** JSON array of recipient lines, the last one "Lưu: VT, …". */
  readonly recipients: string;
  readonly version: ColumnType<number, number | undefined, number>;
  readonly updated_by: string;
  readonly updated_at: ColumnType<Date | string, string | undefined, string>;
}

/** Tables of the report settings feature. */
export interface ReportSettingTables {
  readonly report_setting: ReportSettingTable;
}
