/**
 * User accounts and their roles: creating users, checking passwords, granting and revoking roles
 * on subtrees. Passwords go through `Password` (scrypt); nothing here returns a hash.
 */

import { UserDuplicate, UserNotFound } from "@cchc/domain/access/AccountErrors";
import type { Grant } from "@cchc/domain/access/Principal";
import { Context, Effect } from "effect";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import type { RowOf } from "../Schema.js";
import { grantFromRow, userFromRow } from "./AccountRows.js";
import * as Password from "./Password.js";

export { UserDuplicate, UserNotFound } from "@cchc/domain/access/AccountErrors";

/** A user as the application sees it (never its password hash). */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: Date;
  readonly grants: ReadonlyArray<Grant>;
}

/** What it takes to create a user. */
export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly mustChangePassword?: boolean;
  readonly grants?: ReadonlyArray<Grant>;
}

/** Usernames are compared in lower case NFC, so "BienTap.DT" and "bientap.dt" are one account. */
export const normalizeUsername = (u: string): string => u.normalize("NFC").trim().toLowerCase();

/** Repository of users and roles. */
export class AccountRepo extends Context.Tag("@cchc/db/AccountRepo")<
  AccountRepo,
  {
    readonly create: (u: NewUser) => Effect.Effect<User, UserDuplicate>;
    readonly get: (id: string) => Effect.Effect<User, UserNotFound>;
    readonly find: (username: string) => Effect.Effect<User, UserNotFound>;
    readonly list: () => Effect.Effect<ReadonlyArray<User>>;
    /** The user when the password matches and the account is enabled; undefined otherwise (same time either way). */
    readonly checkPassword: (username: string, password: string) => Effect.Effect<User | undefined>;
    readonly setPassword: (userId: string, password: string, mustChange?: boolean) => Effect.Effect<void>;
    /** Disables (`true`: from now on) or enables the account; whether anything changed. */
    readonly setDisabled: (userId: string, disabled: boolean) => Effect.Effect<boolean>;
    readonly grants: (userId: string) => Effect.Effect<ReadonlyArray<Grant>>;
    readonly grant: (userId: string, grant: Grant) => Effect.Effect<boolean>;
    readonly revoke: (userId: string, grant: Grant) => Effect.Effect<boolean>;
    /** How many enabled users hold the administrator role on every unit. */
    readonly countGlobalAdmins: () => Effect.Effect<number>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(AccountRepo, (kysely) => {
    const q = <A>(f: () => Promise<A>) => Effect.promise(f);
    const grantsOf = (userId: string) =>
      rowsOf(
        kysely.selectFrom("user_role").select(["role", "unit_code"]).where("user_id", "=", userId).orderBy("unit_code").orderBy("role"),
        grantFromRow,
      );
    const toUser = (r: RowOf<"app_user">) => Effect.map(grantsOf(r.id), (grants) => userFromRow(r, grants));
    const row = (column: "id" | "username", value: string) =>
      q(() => kysely.selectFrom("app_user").selectAll().where(column, "=", value).executeTakeFirst());
    const find = (username: string) =>
      row("username", normalizeUsername(username)).pipe(
        Effect.flatMap((r) => (r ? toUser(r) : Effect.fail(new UserNotFound({ username })))),
      );
    const grant = (userId: string, g: Grant) =>
      q(() =>
        kysely
          .insertInto("user_role")
          .values({ user_id: userId, role: g.role, unit_code: g.unit })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      ).pipe(Effect.map((r) => Number(r.numInsertedOrUpdatedRows ?? 0) > 0));
    return {
      create: (u) =>
        Effect.gen(function* () {
          const username = normalizeUsername(u.username);
          if (yield* row("username", username)) return yield* Effect.fail(new UserDuplicate({ username }));
          const passwordHash = yield* Password.hash(u.password);
          const inserted = yield* q(() =>
            kysely
              .insertInto("app_user")
              .values({
                username,
                display_name: u.displayName,
                password_hash: passwordHash,
                must_change_password: u.mustChangePassword ?? false,
              })
              // A concurrent create of the same name is a duplicate too, not a failed insert.
              .onConflict((oc) => oc.column("username").doNothing())
              .returningAll()
              .executeTakeFirst(),
          );
          if (!inserted) return yield* Effect.fail(new UserDuplicate({ username }));
          for (const g of u.grants ?? []) yield* grant(inserted.id, g);
          return yield* toUser(inserted);
        }),
      get: (id) => row("id", id).pipe(Effect.flatMap((r) => (r ? toUser(r) : Effect.fail(new UserNotFound({ username: id }))))),
      find,
      // Two queries for the whole list rather than one grants query per user.
      list: () =>
        Effect.gen(function* () {
          const users = yield* q(() => kysely.selectFrom("app_user").selectAll().orderBy("username").execute());
          const roles = yield* q(() =>
            kysely.selectFrom("user_role").select(["user_id", "role", "unit_code"]).orderBy("unit_code").orderBy("role").execute(),
          );
          const byUser = new Map<string, Grant[]>();
          for (const r of roles) {
            const list = byUser.get(r.user_id) ?? [];
            list.push(grantFromRow(r));
            byUser.set(r.user_id, list);
          }
          return users.map((r) => userFromRow(r, byUser.get(r.id) ?? []));
        }),
      checkPassword: (username, password) =>
        Effect.gen(function* () {
          const r = yield* row("username", normalizeUsername(username));
          const ok = yield* Password.verify(password, r?.password_hash ?? Password.decoy);
          if (!r || !ok || r.disabled_at !== null) return undefined;
          return yield* toUser(r);
        }),
      setPassword: (userId, password, mustChange = false) =>
        Effect.flatMap(Password.hash(password), (h) =>
          q(() =>
            kysely.updateTable("app_user").set({ password_hash: h, must_change_password: mustChange }).where("id", "=", userId).execute(),
          ),
        ).pipe(Effect.asVoid),
      setDisabled: (userId, disabled) =>
        q(() =>
          kysely
            .updateTable("app_user")
            .set({ disabled_at: disabled ? new Date() : null })
            .where("id", "=", userId)
            .where("disabled_at", disabled ? "is" : "is not", null)
            .executeTakeFirst(),
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) > 0)),
      grants: grantsOf,
      grant,
      revoke: (userId, g) =>
        q(() =>
          kysely
            .deleteFrom("user_role")
            .where("user_id", "=", userId)
            .where("role", "=", g.role)
            .where("unit_code", "=", g.unit)
            .executeTakeFirst(),
        ).pipe(Effect.map((r) => Number(r.numDeletedRows) > 0)),
      countGlobalAdmins: () =>
        q(() =>
          kysely
            .selectFrom("user_role")
            .innerJoin("app_user", "app_user.id", "user_role.user_id")
            .select(kysely.fn.countAll<number>().as("n"))
            .where("role", "=", "admin")
            .where("unit_code", "=", "*")
            .where("disabled_at", "is", null)
            .executeTakeFirstOrThrow(),
        ).pipe(Effect.map((r) => Number(r.n))),
    };
  });
}
