/**
 * API tokens for the TUI and other systems. A token is `cchc_` + 32 random bytes, shown once at
 * creation; the database keeps its sha256, a short prefix to recognise it in lists, its scopes,
 * the subtree it is limited to, its expiry and its revocation.
 */

import { TokenNotFound } from "@cchc/domain/access/AccountErrors";
import type { TokenScope } from "@cchc/domain/access/Role";
import { Clock, Context, Effect } from "effect";
import { jsonb } from "../JsonColumn.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { tokenFromRow } from "./AccountRows.js";
import { revokeOf } from "./Revocation.js";
import * as Secret from "./Secret.js";

export { TokenNotFound } from "@cchc/domain/access/AccountErrors";

/** A token as lists show it (never its secret). */
export interface TokenInfo {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: ReadonlyArray<TokenScope>;
  readonly unit: string;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

/** What it takes to create a token. */
export interface NewToken {
  readonly userId: string;
  readonly name: string;
  readonly scopes: ReadonlyArray<TokenScope>;
  readonly unit: string;
  readonly expiresAt: Date | null;
  readonly createdBy: string | null;
}

/** Repository of API tokens. */
export class TokenRepo extends Context.Tag("@cchc/db/TokenRepo")<
  TokenRepo,
  {
    /** Creates a token; the secret is in the answer only. */
    readonly create: (t: NewToken) => Effect.Effect<{ readonly secret: string; readonly info: TokenInfo }>;
    /** The live token of a secret (not revoked, not expired), marking it used. */
    readonly resolve: (secret: string) => Effect.Effect<TokenInfo | undefined>;
    readonly get: (id: string) => Effect.Effect<TokenInfo, TokenNotFound>;
    readonly list: (userId?: string) => Effect.Effect<ReadonlyArray<TokenInfo>>;
    readonly revoke: (id: string) => Effect.Effect<TokenInfo, TokenNotFound>;
    /** Revokes every live token of a user; how many it revoked. */
    readonly revokeAllOf: (userId: string) => Effect.Effect<number>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(TokenRepo, (kysely) => {
    const q = <A>(f: () => Promise<A>) => Effect.promise(f);
    const now = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms));
    const get = (id: string) =>
      q(() => kysely.selectFrom("api_token").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
        Effect.flatMap((r) => (r ? Effect.succeed(tokenFromRow(r)) : Effect.fail(new TokenNotFound({ id })))),
      );
    return {
      create: (t) =>
        Effect.gen(function* () {
          const secret = Secret.apiToken();
          const row = yield* q(() =>
            kysely
              .insertInto("api_token")
              .values({
                user_id: t.userId,
                name: t.name,
                token_hash: Secret.digest(secret),
                token_prefix: secret.slice(0, 10),
                scopes: jsonb(t.scopes),
                unit_code: t.unit,
                expires_at: t.expiresAt,
                created_by: t.createdBy,
              })
              .returningAll()
              .executeTakeFirstOrThrow(),
          );
          return { secret, info: tokenFromRow(row) };
        }),
      resolve: (secret) =>
        Effect.gen(function* () {
          if (!secret.startsWith(Secret.TOKEN_PREFIX)) return undefined;
          const at = yield* now;
          const row = yield* q(() =>
            kysely
              .updateTable("api_token")
              .set({ last_used_at: at })
              .where("token_hash", "=", Secret.digest(secret))
              .where("revoked_at", "is", null)
              .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", at)]))
              .returningAll()
              .executeTakeFirst(),
          );
          return row ? tokenFromRow(row) : undefined;
        }),
      get,
      list: (userId) =>
        rowsOf(
          kysely
            .selectFrom("api_token")
            .selectAll()
            .$call((b) => (userId === undefined ? b : b.where("user_id", "=", userId)))
            .orderBy("created_at", "desc"),
          tokenFromRow,
        ),
      revokeAllOf: (userId) =>
        Effect.flatMap(now, (at) =>
          q(() =>
            revokeOf(kysely, "api_token", userId, at)
              .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", at)]))
              .executeTakeFirst(),
          ),
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
      revoke: (id) =>
        Effect.gen(function* () {
          yield* get(id);
          const at = yield* now;
          yield* q(() =>
            kysely.updateTable("api_token").set({ revoked_at: at }).where("id", "=", id).where("revoked_at", "is", null).execute(),
          );
          return yield* get(id);
        }),
    };
  });
}
