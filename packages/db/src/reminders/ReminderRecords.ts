/**
 * The records of the reminders store as its callers see them — preferences, recipients,
 * notifications, mail deliveries, calendar tokens — and their mapping from database rows.
 */
import type { Grant } from "@cchc/domain/access/Principal";
import type { RowOf } from "../Schema.js";

export { CalendarTokenNotFound } from "@cchc/domain/deadlines/CalendarErrors";

/** A user's reminder settings. */
export interface ReminderPreferences {
  readonly email: string | null;
  readonly emailEnabled: boolean;
  readonly digestHour: number;
}

/** An enabled user as reminder delivery sees them. */
export interface Recipient extends ReminderPreferences {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly grants: ReadonlyArray<Grant>;
}

/** A notification to record. */
export interface NewNotification {
  readonly userId: string;
  readonly deadlineId: string;
  readonly ruleKey: string;
  readonly unit: string;
  readonly kind: string;
  readonly title: string;
  readonly dueOn: string;
  readonly state: string;
  readonly link: string;
  readonly asOf: string;
  readonly mailPending: boolean;
}

/** A recorded notification. */
export interface Notification extends NewNotification {
  readonly id: number;
  readonly createdAt: Date;
  readonly readAt: Date | null;
  readonly deliveryId: number | null;
}

/** A row of the outbox. */
export interface Delivery {
  readonly id: number;
  readonly userId: string;
  readonly day: string;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly status: "pending" | "sending" | "sent" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly messageId: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly items: number;
}

/** A calendar token as lists show it. */
export interface CalendarToken {
  readonly id: string;
  readonly unit: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** Prefix of calendar tokens (read-only, one unit's calendar). */
export const CALENDAR_TOKEN_PREFIX = "cchccal_";

/** A notification row as a record. */
export const notificationOf = (r: RowOf<"notification">): Notification => ({
  id: Number(r.id),
  userId: r.user_id,
  deadlineId: r.deadline_id,
  ruleKey: r.rule_key,
  unit: r.unit_code,
  kind: r.kind,
  title: r.title,
  dueOn: r.due_on,
  state: r.state,
  link: r.link,
  asOf: r.as_of,
  mailPending: r.mail_pending,
  createdAt: new Date(r.created_at),
  readAt: r.read_at === null ? null : new Date(r.read_at),
  deliveryId: r.delivery_id === null ? null : Number(r.delivery_id),
});

/** A delivery row as a record. */
export const deliveryOf = (r: RowOf<"mail_delivery"> & { readonly items?: number | string | bigint | null }): Delivery => ({
  id: Number(r.id),
  userId: r.user_id,
  day: r.day,
  recipient: r.recipient,
  subject: r.subject,
  text: r.text_body,
  html: r.html_body,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: new Date(r.next_attempt_at),
  lastError: r.last_error,
  messageId: r.message_id,
  createdAt: new Date(r.created_at),
  sentAt: r.sent_at === null ? null : new Date(r.sent_at),
  items: Number(r.items ?? 0),
});
