/**
 * Storage of the reminders feature: users' reminder preferences, per-unit rules, in-app
 * notifications (unique per deadline, user and rule stage — the "sent at most once" record), the
 * e-mail outbox with attempts and back-off, job leases and calendar tokens. Claims and leases are
 * single conditional statements, so two API instances on one database never take the same row.
 * Time is always passed in by the caller.
 */
import { Context, Effect, Layer } from "effect";
import { Database } from "../Database.js";
import { calendarTokenQueries } from "./CalendarTokenQueries.js";
import { notificationQueries } from "./NotificationQueries.js";
import { outboxQueries } from "./OutboxQueries.js";
import { preferenceQueries } from "./PreferenceQueries.js";
import type {
  CalendarToken,
  CalendarTokenNotFound,
  Delivery,
  NewNotification,
  Notification,
  Recipient,
  ReminderPreferences,
} from "./ReminderRecords.js";

export {
  CALENDAR_TOKEN_PREFIX,
  type CalendarToken,
  CalendarTokenNotFound,
  type Delivery,
  type NewNotification,
  type Notification,
  type Recipient,
  type ReminderPreferences,
} from "./ReminderRecords.js";

/** The reminders store. */
export class ReminderStore extends Context.Tag("@cchc/db/ReminderStore")<
  ReminderStore,
  {
    readonly preferences: (userId: string) => Effect.Effect<ReminderPreferences>;
    readonly setPreferences: (userId: string, p: Partial<ReminderPreferences>) => Effect.Effect<ReminderPreferences>;
    /** Enabled users with their roles and preferences. */
    readonly recipients: () => Effect.Effect<ReadonlyArray<Recipient>>;
    /** A unit's rules as stored (undecoded JSON), or null when it keeps the defaults. */
    readonly rules: (unit: string) => Effect.Effect<unknown | null>;
    readonly setRules: (unit: string, rules: unknown, by: string | null) => Effect.Effect<void>;
    /** Records notifications; returns those that were new (an existing deadline-user-rule is skipped). */
    readonly record: (rows: ReadonlyArray<NewNotification>) => Effect.Effect<ReadonlyArray<Notification>>;
    /** Whether a deadline-user-rule was notified already. */
    readonly notified: (keys: ReadonlyArray<{ deadlineId: string; userId: string; ruleKey: string }>) => Effect.Effect<ReadonlySet<string>>;
    readonly list: (userId: string, q: { unreadOnly: boolean; limit: number }) => Effect.Effect<ReadonlyArray<Notification>>;
    readonly unreadCount: (userId: string) => Effect.Effect<number>;
    /** Marks the user's notifications read (all when `ids` is undefined); returns how many changed. */
    readonly markRead: (userId: string, ids: ReadonlyArray<number> | undefined, at: Date) => Effect.Effect<number>;
    /** Notifications waiting for the user's e-mail digest. */
    readonly awaitingMail: (userId: string) => Effect.Effect<ReadonlyArray<Notification>>;
    /** Takes the user's waiting notifications out of the e-mail queue (they turned e-mail off or have no address). */
    readonly dropMail: (userId: string) => Effect.Effect<void>;
    /** Users with notifications waiting for the e-mail digest. */
    readonly usersAwaitingMail: () => Effect.Effect<ReadonlyArray<string>>;
    /**
     * Queues the user's digest of `day` with the given notifications; false (nothing changes) when
     * that day's digest exists already — the notifications then wait for the next day's.
     */
    readonly queueDigest: (d: {
      userId: string;
      day: string;
      recipient: string;
      subject: string;
      text: string;
      html: string;
      notificationIds: ReadonlyArray<number>;
      at: Date;
    }) => Effect.Effect<boolean>;
    /** Takes up to `limit` deliveries due at `now` (pending, or sending with an expired lease) until `leaseUntil`. */
    readonly claim: (now: Date, leaseUntil: Date, limit: number) => Effect.Effect<ReadonlyArray<Delivery>>;
    readonly markSent: (id: number, messageId: string | null, at: Date) => Effect.Effect<void>;
    /** Records a failed attempt: pending again from `retryAt`, or failed for good when `retryAt` is null. */
    readonly markFailed: (id: number, error: string, retryAt: Date | null) => Effect.Effect<void>;
    readonly deliveries: (q: { status?: string | undefined; limit: number }) => Effect.Effect<ReadonlyArray<Delivery>>;
    /** Takes the named job's lease for `owner` until `until` when free or expired at `now`; false when another holds it. */
    readonly acquireLease: (name: string, owner: string, now: Date, until: Date) => Effect.Effect<boolean>;
    readonly releaseLease: (name: string, owner: string, at: Date, error: string | null) => Effect.Effect<void>;
    readonly createCalendarToken: (userId: string, unit: string) => Effect.Effect<{ token: CalendarToken; secret: string }>;
    /** The user and unit of a live calendar token, or undefined. */
    readonly findCalendarToken: (secret: string) => Effect.Effect<{ userId: string; unit: string } | undefined>;
    readonly calendarTokens: (userId: string) => Effect.Effect<ReadonlyArray<CalendarToken>>;
    readonly revokeCalendarToken: (userId: string, id: string, at: Date) => Effect.Effect<void, CalendarTokenNotFound>;
  }
>() {
  /** The store over the Database service. */
  static readonly layer = Layer.effect(
    ReminderStore,
    Effect.map(Database, ({ kysely }) => ({
      ...preferenceQueries(kysely),
      ...notificationQueries(kysely),
      ...outboxQueries(kysely),
      ...calendarTokenQueries(kysely),
    })),
  );
}
