/**
 * The reminders store's e-mail outbox (digests queued, claimed under a lease, sent or retried)
 * and the job leases; claims and leases are single conditional statements.
 */
import { type Context, Effect } from "effect";
import { type Kysely, sql } from "kysely";
import { rowsOf } from "../RowsOf.js";
import type { RowOf, Schema } from "../Schema.js";
import { transaction } from "../Transaction.js";
import { deliveryOf } from "./ReminderRecords.js";
import type { ReminderStore } from "./ReminderStore.js";

type Service = Context.Tag.Service<ReminderStore>;

const q = <A>(f: () => Promise<A>) => Effect.promise(f);

/** The outbox and job leases over the database. */
export const outboxQueries = (
  kysely: Kysely<Schema>,
): Pick<Service, "queueDigest" | "claim" | "markSent" | "markFailed" | "deliveries" | "acquireLease" | "releaseLease"> => ({
  queueDigest: (d) =>
    transaction(kysely, (tx) =>
      q(async () => {
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
      const rows = await sql<RowOf<"mail_delivery">>`
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
    rowsOf(
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
        // any text filters: an unknown status matches no delivery
        .$call((b) => (o.status === undefined ? b : b.where(sql<boolean>`${sql.ref("d.status")} = ${o.status}`)))
        .orderBy("d.id", "desc")
        .limit(o.limit),
      deliveryOf,
    ),
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
});
