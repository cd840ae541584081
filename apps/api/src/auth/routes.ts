/**
 * Handlers of sign-in, sign-out, the current caller and password change (endpoints:
 * `@cchc/contract/endpoints/Auth`). Sign-in is the only public route here; it is slowed down
 * after repeated failures per account and per address (429 + Retry-After, SignInThrottle.ts) and
 * every attempt is audited with address and user agent (SignInAudit.ts).
 */
import * as Auth from "@cchc/contract/endpoints/Auth";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import * as Secret from "@cchc/db/accounts/Secret";
import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Clock, Effect, Option } from "effect";
import { body as errorBody } from "../http/ApiError.js";
import { toHttpFailure } from "../http/errors.js";
import { clientAddressOf } from "../http/RequestContext.js";
import { handle } from "../http/Route.js";
import { PasswordChangeRefused, SignInFailed, SignInThrottled } from "./AuthErrors.js";
import { readCookie, SESSION_COOKIE } from "./Authenticator.js";
import { userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { clearSessionCookie, setSessionCookie } from "./SessionCookie.js";
import { passwordChanged, signedOut } from "./SessionEvents.js";
import { recordSignIn } from "./SignInAudit.js";
import { signInFailed, signInSucceeded, waitBeforeSignIn } from "./SignInThrottle.js";

const throttled = (e: SignInThrottled): Response => {
  const f = toHttpFailure(e);
  return new Response(JSON.stringify(errorBody(f ?? { status: 429, code: "SIGN_IN_THROTTLED", message: "" })), {
    status: 429,
    headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(e.retryAfterSeconds) },
  });
};

/** Account routes of the caller. */
export const authRoutes = [
  handle(Auth.signIn, ({ body, hono }) =>
    Effect.gen(function* () {
      const accounts = yield* AccountRepo;
      const sessions = yield* SessionRepo;
      const attempt = { username: body.username, address: clientAddressOf(hono), userAgent: hono.req.header("user-agent") };
      const known = yield* Effect.option(accounts.find(body.username));
      const owner = Option.getOrUndefined(known);
      const wait = yield* waitBeforeSignIn(body.username, attempt.address);
      if (wait > 0) {
        yield* recordSignIn("auth.sign-in-throttled", attempt, owner, { retryAfterSeconds: wait });
        return yield* Effect.fail(new SignInThrottled({ retryAfterSeconds: wait }));
      }
      const user = yield* accounts.checkPassword(body.username, body.password);
      if (!user) {
        yield* signInFailed(body.username, attempt.address);
        yield* recordSignIn("auth.sign-in-failed", attempt, owner);
        return yield* Effect.fail(new SignInFailed());
      }
      yield* signInSucceeded(body.username);
      const session = yield* sessions.open(user.id);
      setSessionCookie(hono, session.secret, session.expiresAt, new Date(yield* Clock.currentTimeMillis));
      yield* recordSignIn("auth.sign-in", attempt, user, { sessionId: session.id });
      return {
        user: userView(user),
        via: "session" as const,
        csrfToken: Secret.csrfOf(session.secret),
        expiresAt: session.expiresAt.toISOString(),
        token: null,
      };
    }).pipe(Effect.catchTag("SignInThrottled", (e) => Effect.succeed(throttled(e)))),
  ),
  handle(Auth.signOut, ({ request, hono }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const secret = readCookie(request.headers.get("cookie") ?? undefined, SESSION_COOKIE);
      if (p.via !== "session" || !secret) return { signedOut: false };
      yield* signedOut(secret);
      clearSessionCookie(hono);
      yield* Effect.flatMap(AuditLog, (a) => a.record({ actor: actorOf(p), action: "auth.sign-out", entity: "session", entityId: null }));
      return { signedOut: true };
    }),
  ),
  handle(Auth.getMe, ({ request }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const user = p.userId === null ? undefined : yield* Effect.orDie(Effect.flatMap(AccountRepo, (a) => a.get(p.userId as string)));
      const secret = readCookie(request.headers.get("cookie") ?? undefined, SESSION_COOKIE);
      const view = user
        ? userView(user)
        : {
            id: "",
            username: p.username ?? "",
            displayName: p.displayName ?? "",
            mustChangePassword: false,
            disabled: false,
            grants: p.grants,
          };
      return {
        user: view,
        via: p.via === "token" ? ("token" as const) : ("session" as const),
        csrfToken: p.via === "session" && secret ? Secret.csrfOf(secret) : null,
        expiresAt: null,
        token: p.via === "token" && p.tokenId ? { id: p.tokenId, scopes: p.scopes ?? [], unit: p.tokenUnit ?? "*" } : null,
      };
    }),
  ),
  handle(Auth.changePassword, ({ body, hono }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const accounts = yield* AccountRepo;
      if (p.userId === null || p.username === null) return yield* Effect.fail(new PasswordChangeRefused({ reason: "current-wrong" }));
      if (body.newPassword.length < 10) return yield* Effect.fail(new PasswordChangeRefused({ reason: "too-short" }));
      const ok = yield* accounts.checkPassword(p.username, body.currentPassword);
      if (!ok) return yield* Effect.fail(new PasswordChangeRefused({ reason: "current-wrong" }));
      yield* accounts.setPassword(p.userId, body.newPassword, false);
      const ended = yield* passwordChanged(p.userId);
      // the session that changed it goes on under a new secret; a token caller signs in again
      const reissued = p.via === "session" ? yield* Effect.flatMap(SessionRepo, (s) => s.open(p.userId as string)) : undefined;
      if (reissued) setSessionCookie(hono, reissued.secret, reissued.expiresAt, new Date(yield* Clock.currentTimeMillis));
      yield* Effect.flatMap(AuditLog, (a) =>
        a.record({ actor: actorOf(p), action: "user.password-change", entity: "user", entityId: p.userId, after: ended }),
      );
      return { changed: true, csrfToken: reissued ? Secret.csrfOf(reissued.secret) : null, ...ended };
    }),
  ),
];
