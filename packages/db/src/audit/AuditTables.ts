import type { ColumnType, Generated } from "kysely";

/** Table `audit_record`: one change to data — who, when, what, before and after. */
export interface AuditRecordTable {
  readonly id: Generated<number>;
  readonly at: ColumnType<Date, Date | string | undefined, Date | string>;
  readonly actor_kind: string;
  readonly actor_id: string | null;
  readonly actor_name: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string | null;
  readonly unit_code: string | null;
  readonly before: ColumnType<unknown, string | null, string | null>;
  readonly after: ColumnType<unknown, string | null, string | null>;
}

/** Tables of the audit feature. */
export interface AuditTables {
  readonly audit_record: AuditRecordTable;
}
