/**
 * Storage of the reminders feature: users' reminder preferences, per-unit rules, in-app
 * notifications (unique per deadline, user and rule stage — the "sent at most once" record), the
 * e-mail outbox with attempts and back-off, job leases and calendar tokens. Claims and leases are
 * single conditional statements, so two API instances on one database never take the same row.
 * Time is always passed in by the caller.
 */
import type { Grant } from "@cchc/domain/access/Principal";
import type { Role } from "@cchc/domain/access/Role";
import { Context, Data, Effect, Layer } from "effect";
import { sql } from "kysely";
import * as Secret from "../accounts/Secret.js";
import { Database } from "../Database.js";

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

/** No calendar token of this user has this id. */
export class CalendarTokenNotFound extends Data.TaggedError("CalendarTokenNotFound")<{ readonly id: string }> {}

/** Prefix of calendar tokens (read-only, one unit's calendar). */
export const CALENDAR_TOKEN_PREFIX = "cchccal_";

const notificationOf = (r: any): Notification => ({
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

const deliveryOf = (r: any): Delivery => ({
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
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const q = <A>(f: () => Promise<A>) => Effect.promise(f);
      const prefsOf = (r: { email: string | null; email_enabled: boolean; digest_hour: number }): ReminderPreferences => ({
        email: r.email,
        emailEnabled: r.email_enabled,
        digestHour: r.digest_hour,
      });
      const keyOf = (k: { deadlineId: string; userId: string; ruleKey: string }) => `${k.deadlineId}|${k.userId}|${k.ruleKey}`;
      return {
        preferences: (userId) =>
          q(() =>
            kysely
              .selectFrom("app_user")
              .select(["email", "email_enabled", "digest_hour"])
              .where("id", "=", userId)
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map(prefsOf)),
        setPreferences: (userId, p) =>
          q(() =>
            kysely
              .updateTable("app_user")
              .set({
                ...(p.email !== undefined ? { email: p.email } : {}),
                ...(p.emailEnabled !== undefined ? { email_enabled: p.emailEnabled } : {}),
                ...(p.digestHour !== undefined ? { digest_hour: p.digestHour } : {}),
              })
              .where("id", "=", userId)
              .returning(["email", "email_enabled", "digest_hour"])
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map(prefsOf)),
        recipients: () =>
          q(async () => {
            const users = await kysely
              .selectFrom("app_user")
              .select(["id", "username", "display_name", "email", "email_enabled", "digest_hour"])
              .where("disabled_at", "is", null)
              .orderBy("username")
              .execute();
            const roles = await kysely.selectFrom("user_role").select(["user_id", "role", "unit_code"]).execute();
            return users.map(
              (u): Recipient => ({
                id: u.id,
                username: u.username,
                displayName: u.display_name,
                ...prefsOf(u),
                grants: roles.filter((r) => r.user_id === u.id).map((r): Grant => ({ role: r.role as Role, unit: r.unit_code })),
              }),
            );
          }),
        rules: (unit) =>
          q(() => kysely.selectFrom("reminder_rules").select("rules").where("unit_code", "=", unit).executeTakeFirst()).pipe(
            Effect.map((r) => (r === undefined ? null : typeof r.rules === "string" ? JSON.parse(r.rules) : r.rules)),
          ),
        setRules: (unit, rules, by) =>
          q(() =>
            kysely
              .insertInto("reminder_rules")
              .values({ unit_code: unit, rules: JSON.stringify(rules), updated_by: by })
              .onConflict((oc) =>
                oc.column("unit_code").doUpdateSet({ rules: JSON.stringify(rules), updated_by: by, updated_at: sql`now()` }),
              )
              .execute(),
          ).pipe(Effect.asVoid),
        record: (rows) =>
          rows.length === 0
            ? Effect.succeed([])
            : q(() =>
                kysely
                  .insertInto("notification")
                  .values(
                    rows.map((r) => ({
                      user_id: r.userId,
                      deadline_id: r.deadlineId,
                      rule_key: r.ruleKey,
                      unit_code: r.unit,
                      kind: r.kind,
                      title: r.title,
                      due_on: r.dueOn,
                      state: r.state,
                      link: r.link,
                      as_of: r.asOf,
                      mail_pending: r.mailPending,
                    })),
                  )
                  .onConflict((oc) => oc.columns(["deadline_id", "user_id", "rule_key"]).doNothing())
                  .returningAll()
                  .execute(),
              ).pipe(Effect.map((rs) => rs.map(notificationOf))),
        notified: (keys) =>
          keys.length === 0
            ? Effect.succeed(new Set<string>())
            : q(() =>
                kysely
                  .selectFrom("notification")
                  .select(["deadline_id", "user_id", "rule_key"])
                  .where("deadline_id", "in", [...new Set(keys.map((k) => k.deadlineId))])
                  .execute(),
              ).pipe(
                Effect.map((rs) => new Set(rs.map((r) => keyOf({ deadlineId: r.deadline_id, userId: r.user_id, ruleKey: r.rule_key })))),
              ),
        list: (userId, o) =>
          q(() =>
            kysely
              .selectFrom("notification")
              .selectAll()
              .where("user_id", "=", userId)
              .$if(o.unreadOnly, (b) => b.where("read_at", "is", null))
              .orderBy("created_at", "desc")
              .orderBy("id", "desc")
              .limit(o.limit)
              .execute(),
          ).pipe(Effect.map((rs) => rs.map(notificationOf))),
        unreadCount: (userId) =>
          q(() =>
            kysely
              .selectFrom("notification")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("user_id", "=", userId)
              .where("read_at", "is", null)
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map((r) => Number(r.n))),
        markRead: (userId, ids, at) =>
          ids !== undefined && ids.length === 0
            ? Effect.succeed(0)
            : q(() =>
                kysely
                  .updateTable("notification")
                  .set({ read_at: at })
                  .where("user_id", "=", userId)
                  .where("read_at", "is", null)
                  .$if(ids !== undefined, (b) => b.where("id", "in", ids as number[]))
                  .executeTakeFirst(),
              ).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
        awaitingMail: (userId) =>
          q(() =>
            kysely
              .selectFrom("notification")
              .selectAll()
              .where("user_id", "=", userId)
              .where("mail_pending", "=", true)
              .orderBy("due_on")
              .orderBy("id")
              .execute(),
          ).pipe(Effect.map((rs) => rs.map(notificationOf))),
        dropMail: (userId) =>
          q(() =>
            kysely
              .updateTable("notification")
              .set({ mail_pending: false })
              .where("user_id", "=", userId)
              .where("mail_pending", "=", true)
              .execute(),
          ).pipe(Effect.asVoid),
        usersAwaitingMail: () =>
          q(() => kysely.selectFrom("notification").select("user_id").distinct().where("mail_pending", "=", true).execute()).pipe(
            Effect.map((rs) => rs.map((r) => r.user_id).sort()),
          ),
        queueDigest: (d) =>
          q(() =>
            kysely.transaction().execute(async (tx) => {
              const inserted = await tx
                .insertInto("mail_delivery")
                .values({
                  user_id: d.userId,
                  day: d.day,
                  recipient: d.recipient,
                  subject: d.subject,
                  text_body: d.text,
                  html_body: d.html,
                  next_attempt_at: d.at,
                  created_at: d.at,
                })
                .onConflict((oc) => oc.columns(["user_id", "day"]).doNothing())
                .returning("id")
                .executeTakeFirst();
              if (inserted === undefined) return false;
              await tx
                .updateTable("notification")
                .set({ mail_pending: false, delivery_id: inserted.id })
                .where("id", "in", [...d.notificationIds])
                .execute();
              return true;
            }),
          ),
        claim: (now, leaseUntil, limit) =>
          q(async () => {
            const rows = await sql<any>`
              update mail_delivery set status = 'sending', lease_until = ${leaseUntil}
              where id in (
                select id from mail_delivery
                where (status = 'pending' and next_attempt_at <= ${now}) or (status = 'sending' and lease_until < ${now})
                order by id limit ${limit}
                for update skip locked
              ) and ((status = 'pending' and next_attempt_at <= ${now}) or (status = 'sending' and lease_until < ${now}))
              returning *`.execute(kysely);
            return rows.rows.map(deliveryOf);
          }),
        markSent: (id, messageId, at) =>
          q(() =>
            kysely
              .updateTable("mail_delivery")
              .set((eb) => ({
                status: "sent",
                sent_at: at,
                message_id: messageId,
                lease_until: null,
                attempts: eb("attempts", "+", 1),
                last_error: null,
              }))
              .where("id", "=", id)
              .execute(),
          ).pipe(Effect.asVoid),
        markFailed: (id, error, retryAt) =>
          q(() =>
            kysely
              .updateTable("mail_delivery")
              .set((eb) => ({
                status: retryAt === null ? "failed" : "pending",
                ...(retryAt === null ? {} : { next_attempt_at: retryAt }),
                lease_until: null,
                attempts: eb("attempts", "+", 1),
                last_error: error.slice(0, 2000),
              }))
              .where("id", "=", id)
              .execute(),
          ).pipe(Effect.asVoid),
        deliveries: (o) =>
          q(() =>
            kysely
              .selectFrom("mail_delivery as d")
              .selectAll("d")
              .select((eb) =>
                eb
                  .selectFrom("notification as n")
                  .select((e2) => e2.fn.countAll<number>().as("c"))
                  .whereRef("n.delivery_id", "=", "d.id")
                  .as("items"),
              )
              .$if(o.status !== undefined, (b) => b.where("d.status", "=", o.status as "pending"))
              .orderBy("d.id", "desc")
              .limit(o.limit)
              .execute(),
          ).pipe(Effect.map((rs) => rs.map(deliveryOf))),
        acquireLease: (name, owner, now, until) =>
          q(async () => {
            const r = await sql<{ name: string }>`
              insert into job_lease (name, owner, lease_until, last_started_at) values (${name}, ${owner}, ${until}, ${now})
              on conflict (name) do update set owner = excluded.owner, lease_until = excluded.lease_until, last_started_at = excluded.last_started_at
              where job_lease.lease_until is null or job_lease.lease_until < ${now} or job_lease.owner = ${owner}
              returning name`.execute(kysely);
            return r.rows.length === 1;
          }),
        releaseLease: (name, owner, at, error) =>
          q(() =>
            kysely
              .updateTable("job_lease")
              .set({ lease_until: null, last_finished_at: at, last_error: error })
              .where("name", "=", name)
              .where("owner", "=", owner)
              .execute(),
          ).pipe(Effect.asVoid),
        createCalendarToken: (userId, unit) =>
          Effect.gen(function* () {
            const secret = `${CALENDAR_TOKEN_PREFIX}${Secret.random()}`;
            const row = yield* q(() =>
              kysely
                .insertInto("calendar_token")
                .values({ user_id: userId, unit_code: unit, token_hash: Secret.digest(secret), token_prefix: secret.slice(0, 14) })
                .returningAll()
                .executeTakeFirstOrThrow(),
            );
            return {
              secret,
              token: { id: row.id, unit: row.unit_code, prefix: row.token_prefix, createdAt: row.created_at, revokedAt: row.revoked_at },
            };
          }),
        findCalendarToken: (secret) =>
          q(() =>
            kysely
              .selectFrom("calendar_token as t")
              .innerJoin("app_user as u", "u.id", "t.user_id")
              .select(["t.user_id", "t.unit_code"])
              .where("t.token_hash", "=", Secret.digest(secret))
              .where("t.revoked_at", "is", null)
              .where("u.disabled_at", "is", null)
              .executeTakeFirst(),
          ).pipe(Effect.map((r) => (r === undefined ? undefined : { userId: r.user_id, unit: r.unit_code }))),
        calendarTokens: (userId) =>
          q(() => kysely.selectFrom("calendar_token").selectAll().where("user_id", "=", userId).orderBy("created_at").execute()).pipe(
            Effect.map((rs) =>
              rs.map((r) => ({ id: r.id, unit: r.unit_code, prefix: r.token_prefix, createdAt: r.created_at, revokedAt: r.revoked_at })),
            ),
          ),
        revokeCalendarToken: (userId, id, at) =>
          q(() =>
            kysely
              .updateTable("calendar_token")
              .set({ revoked_at: at })
              .where("id", "=", id)
              .where("user_id", "=", userId)
              .where("revoked_at", "is", null)
              .executeTakeFirst(),
          ).pipe(Effect.flatMap((r) => (Number(r.numUpdatedRows) === 1 ? Effect.void : Effect.fail(new CalendarTokenNotFound({ id }))))),
      };
    }),
  );
}
