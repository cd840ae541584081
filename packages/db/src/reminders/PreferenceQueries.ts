import { type Context, Effect } from "effect";
import { type Kysely, sql } from "kysely";
import { grantFromRow } from "../accounts/AccountRows.js";
import type { Schema } from "../Schema.js";
import type { Recipient, ReminderPreferences } from "./ReminderRecords.js";
import type { ReminderStore } from "./ReminderStore.js";

type Service = Context.Tag.Service<ReminderStore>;

const q = <A>(f: () => Promise<A>) => Effect.promise(f);

const prefsOf = (r: { email: string | null; email_enabled: boolean; digest_hour: number }): ReminderPreferences => ({
  email: r.email,
  emailEnabled: r.email_enabled,
  digestHour: r.digest_hour,
});

/** Preferences, recipients and rules over the database. */
export const preferenceQueries = (
  kysely: Kysely<Schema>,
): Pick<Service, "preferences" | "setPreferences" | "recipients" | "rules" | "setRules"> => ({
  preferences: (userId) =>
    q(() =>
      kysely.selectFrom("app_user").select(["email", "email_enabled", "digest_hour"]).where("id", "=", userId).executeTakeFirstOrThrow(),
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
          grants: roles.filter((r) => r.user_id === u.id).map(grantFromRow),
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
        .onConflict((oc) => oc.column("unit_code").doUpdateSet({ rules: JSON.stringify(rules), updated_by: by, updated_at: sql`now()` }))
        .execute(),
    ).pipe(Effect.asVoid),
});
