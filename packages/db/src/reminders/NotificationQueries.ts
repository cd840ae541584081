/** The reminders store's in-app notifications: recorded once per (deadline, user, rule stage), listed, read, awaiting mail. */
import { type Context, Effect } from "effect";
import type { Kysely } from "kysely";
import { rowsOf } from "../RowsOf.js";
import type { Schema } from "../Schema.js";
import { notificationOf } from "./ReminderRecords.js";
import type { ReminderStore } from "./ReminderStore.js";

type Service = Context.Tag.Service<ReminderStore>;

const q = <A>(f: () => Promise<A>) => Effect.promise(f);

const keyOf = (k: { deadlineId: string; userId: string; ruleKey: string }) => `${k.deadlineId}|${k.userId}|${k.ruleKey}`;

/** Notifications over the database. */
export const notificationQueries = (
  kysely: Kysely<Schema>,
): Pick<Service, "record" | "notified" | "list" | "unreadCount" | "markRead" | "awaitingMail" | "dropMail" | "usersAwaitingMail"> => ({
  record: (rows) =>
    rows.length === 0
      ? Effect.succeed([])
      : rowsOf(
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
            .returningAll(),
          notificationOf,
        ),
  notified: (keys) =>
    keys.length === 0
      ? Effect.succeed(new Set<string>())
      : q(() =>
          kysely
            .selectFrom("notification")
            .select(["deadline_id", "user_id", "rule_key"])
            .where("deadline_id", "in", [...new Set(keys.map((k) => k.deadlineId))])
            .execute(),
        ).pipe(Effect.map((rs) => new Set(rs.map((r) => keyOf({ deadlineId: r.deadline_id, userId: r.user_id, ruleKey: r.rule_key }))))),
  list: (userId, o) =>
    rowsOf(
      kysely
        .selectFrom("notification")
        .selectAll()
        .where("user_id", "=", userId)
        .$if(o.unreadOnly, (b) => b.where("read_at", "is", null))
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(o.limit),
      notificationOf,
    ),
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
            .$call((b) => (ids === undefined ? b : b.where("id", "in", ids)))
            .executeTakeFirst(),
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
  awaitingMail: (userId) =>
    rowsOf(
      kysely
        .selectFrom("notification")
        .selectAll()
        .where("user_id", "=", userId)
        .where("mail_pending", "=", true)
        .orderBy("due_on")
        .orderBy("id"),
      notificationOf,
    ),
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
});
