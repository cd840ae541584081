/**
 * Resolves the caller of a request from its credentials: `Authorization: Bearer cchc_…` (an API
 * token: no CSRF check, its scopes and subtree narrow its owner's roles) or the `cchc_session`
 * cookie (a web session: unsafe methods need the X-CSRF-Token derived from it). A test layer
 * answers requests without credentials as a given user, so tests written before accounts
 * existed keep working.
 */
import { AccountRepo, type User } from "@cchc/db/accounts/AccountRepo";
import * as Secret from "@cchc/db/accounts/Secret";
import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { TokenRepo } from "@cchc/db/accounts/TokenRepo";
import { anonymous, type Principal } from "@cchc/domain/access/Principal";
import { Clock, Context, Effect, Layer } from "effect";
import { ApiCaches, type PrincipalEntry } from "../cache/ApiCaches.js";
import type { Bounded } from "../cache/Bounded.js";
import { anyVersions } from "../cache/RequestEpochs.js";
import { CredentialsInvalid } from "./AuthErrors.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "cchc_session";

/** The credentials a request carries. */
export interface Credentials {
  readonly authorization: string | undefined;
  readonly cookie: string | undefined;
}

/** Who the caller is and, for a session, the CSRF token its unsafe requests must send. */
export interface Authentication {
  readonly principal: Principal;
  /** Expected X-CSRF-Token; null when none is needed (tokens, anonymous, tests). */
  readonly csrf: string | null;
  /** The session cookie's secret, for sign-out. */
  readonly sessionSecret: string | null;
  /** The account must change its password before anything else (one-time or reset password). */
  readonly mustChangePassword: boolean;
}

/** Reads one cookie from a Cookie header. */
export const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
};

/** The principal of a signed-in user. */
export const principalOfUser = (user: User, via: "session" | "token" = "session"): Principal => ({
  ...anonymous,
  via,
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  grants: user.grants,
});

const none: Authentication = { principal: anonymous, csrf: null, sessionSecret: null, mustChangePassword: false };

/** Longest time a resolved principal is reused, even when nothing is seen to change. */
export const PRINCIPAL_TTL_MS = 5 * 60_000;

/** The principal cache's key of a credential: a digest, never the secret itself. */
export const principalKey = (bearer: string | undefined, sessionSecret: string | undefined): string | undefined =>
  bearer !== undefined ? `t:${Secret.digest(bearer)}` : sessionSecret ? `s:${Secret.digest(sessionSecret)}` : undefined;

/** A credential as the principal cache knows it: the bearer token or the session cookie's secret, and its key. */
export interface CredentialKey {
  readonly bearer: string | undefined;
  readonly secret: string | undefined;
  readonly key: string | undefined;
}

/** Reads the credential of a request (a bearer token wins over the cookie). */
export const credentialOf = (c: Credentials): CredentialKey => {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.authorization ?? "")?.[1];
  const secret = c.authorization === undefined ? readCookie(c.cookie, SESSION_COOKIE) : undefined;
  return { bearer, secret, key: principalKey(bearer, secret) };
};

/** The cached authentication of a credential key, when it is still valid under the `auth` version `authEpoch` at `now`. */
export const cachedAuthentication = (
  principals: Bounded<string, PrincipalEntry>,
  key: string,
  authEpoch: number,
  now: number,
): Authentication | undefined => {
  const hit = principals.get(key);
  return hit !== undefined && hit.tag === authEpoch && now < hit.until ? hit.auth : undefined;
};

/** The authentication service. */
export class Authenticator extends Context.Tag("@cchc/api/Authenticator")<
  Authenticator,
  { readonly authenticate: (c: Credentials) => Effect.Effect<Authentication, CredentialsInvalid> }
>() {
  /**
   * Resolves sessions and tokens from the database, keeping each resolved principal for the
   * requests that follow while no account, role, session or token has changed (the `auth`
   * version, ADR 0013), at most `PRINCIPAL_TTL_MS` and never past the session's or token's expiry.
   */
  static readonly layer = Layer.effect(
    Authenticator,
    Effect.gen(function* () {
      const accounts = yield* AccountRepo;
      const sessions = yield* SessionRepo;
      const tokens = yield* TokenRepo;
      const caches = yield* ApiCaches;
      const enabled = (userId: string) =>
        Effect.map(Effect.either(accounts.get(userId)), (e) => (e._tag === "Right" && !e.right.disabled ? e.right : undefined));
      const resolve = (c: Credentials, bearer: string | undefined, secret: string | undefined) =>
        Effect.gen(function* () {
          if (c.authorization !== undefined) {
            if (bearer === undefined) return yield* Effect.fail(new CredentialsInvalid({ kind: "token" }));
            const token = yield* tokens.resolve(bearer);
            const user = token ? yield* enabled(token.userId) : undefined;
            if (!token || !user) return yield* Effect.fail(new CredentialsInvalid({ kind: "token" }));
            const principal: Principal = {
              ...principalOfUser(user, "token"),
              tokenId: token.id,
              scopes: token.scopes,
              tokenUnit: token.unit,
            };
            return {
              auth: { principal, csrf: null, sessionSecret: null, mustChangePassword: user.mustChangePassword },
              expiresAt: token.expiresAt?.getTime() ?? Infinity,
            };
          }
          if (!secret) return { auth: none, expiresAt: 0 };
          const session = yield* sessions.resolve(secret);
          const user = session ? yield* enabled(session.userId) : undefined;
          // A stale cookie is no credential: the caller is anonymous and signs in again.
          if (!session || !user) return { auth: none, expiresAt: 0 };
          return {
            auth: {
              principal: principalOfUser(user),
              csrf: Secret.csrfOf(secret),
              sessionSecret: secret,
              mustChangePassword: user.mustChangePassword,
            },
            expiresAt: session.expiresAt.getTime(),
          };
        });
      return {
        authenticate: (c) =>
          Effect.gen(function* () {
            const { bearer, secret, key } = credentialOf(c);
            const epochs = yield* anyVersions;
            const now = yield* Clock.currentTimeMillis;
            if (key !== undefined && epochs !== null) {
              const hit = cachedAuthentication(caches.principals, key, epochs.auth, now);
              if (hit !== undefined) return hit;
            }
            const { auth, expiresAt } = yield* resolve(c, bearer, secret);
            if (key !== undefined && epochs !== null && auth.principal.via !== "anonymous")
              caches.principals.set(key, { tag: epochs.auth, until: Math.min(expiresAt, now + PRINCIPAL_TTL_MS), auth });
            return auth;
          }),
      };
    }),
  );

  /** Like `layer`, but a request without credentials acts as `username` (tests written before accounts). */
  static readonly withFallback = (username: string) =>
    Layer.effect(
      Authenticator,
      Effect.gen(function* () {
        const real = yield* Effect.provide(Authenticator, Authenticator.layer);
        const accounts = yield* AccountRepo;
        return {
          authenticate: (c) =>
            Effect.flatMap(real.authenticate(c), (auth) =>
              auth.principal.via !== "anonymous" || c.authorization !== undefined || readCookie(c.cookie, SESSION_COOKIE) !== undefined
                ? Effect.succeed(auth)
                : Effect.map(Effect.orDie(accounts.find(username)), (user) => ({
                    principal: principalOfUser(user),
                    csrf: null,
                    sessionSecret: null,
                    mustChangePassword: false,
                  })),
            ),
        };
      }),
    );
}
