import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

/** Table `reminder_rules`: a unit's reminder rules (JSON array of `ReminderRule`). */
export interface ReminderRulesTable {
  readonly unit_code: string;
  readonly rules: Json<unknown>;
  readonly updated_by: string | null;
  readonly updated_at: Timestamp;
}

/** Table `notification`: one reminder of one deadline stage to one user (unique on the three). */
export interface NotificationTable {
  readonly id: Generated<number>;
  readonly user_id: string;
  readonly deadline_id: string;
  readonly rule_key: string;
  readonly unit_code: string;
  readonly kind: string;
  readonly title: string;
  readonly due_on: string;
  readonly state: string;
  readonly link: string;
  readonly as_of: string;
  readonly created_at: Timestamp;
  readonly read_at: NullableTimestamp;
  readonly mail_pending: boolean;
  readonly delivery_id: number | null;
}

/** Table `mail_delivery`: the outbox — one digest per user and day, with its attempts. */
export interface MailDeliveryTable {
  readonly id: Generated<number>;
  readonly user_id: string;
  readonly day: string;
  readonly recipient: string;
  readonly subject: string;
  readonly text_body: string;
  readonly html_body: string;
  readonly status: ColumnType<"pending" | "sending" | "sent" | "failed", string | undefined, string>;
  readonly attempts: ColumnType<number, number | undefined, number>;
  readonly next_attempt_at: Timestamp;
  readonly lease_until: NullableTimestamp;
  readonly last_error: string | null;
  readonly message_id: string | null;
  readonly created_at: Timestamp;
  readonly sent_at: NullableTimestamp;
}

/** Table `job_lease`: who runs a named job until when (so two API instances never run it together). */
export interface JobLeaseTable {
  readonly name: string;
  readonly owner: string | null;
  readonly lease_until: NullableTimestamp;
  readonly last_started_at: NullableTimestamp;
  readonly last_finished_at: NullableTimestamp;
  readonly last_error: string | null;
}

/** Table `calendar_token`: a read-only, revocable token for one unit's calendar feed (sha256 only). */
export interface CalendarTokenTable {
  readonly id: Generated<string>;
  readonly user_id: string;
  readonly unit_code: string;
  readonly token_hash: string;
  readonly token_prefix: string;
  readonly created_at: Timestamp;
  readonly revoked_at: NullableTimestamp;
}

/** Tables of the reminders feature. */
export interface ReminderTables {
  readonly reminder_rules: ReminderRulesTable;
  readonly notification: NotificationTable;
  readonly mail_delivery: MailDeliveryTable;
  readonly job_lease: JobLeaseTable;
  readonly calendar_token: CalendarTokenTable;
}
