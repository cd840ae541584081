/**
 * One function per event that must end cached answers at once (ADR 0013). The version triggers
 * already move the counters for every change written to the tables they watch (accounts, roles,
 * sessions, tokens, units, catalogues, report data), so routes that write those tables need not
 * call anything; these functions are for code that changes what a principal or an answer is in
 * some other way, and they also drop this process's matching entries right away. Each moves the
 * shared counter, so every other process on the same database drops its entries at its next request.
 */
import { Versions } from "@cchc/db/cache/Versions";
import { Effect } from "effect";
import { principalKey } from "../auth/Authenticator.js";
import { ApiCaches } from "./ApiCaches.js";

const moveAuth = (drop: (c: typeof ApiCaches.Service) => void) =>
  Effect.gen(function* () {
    drop(yield* ApiCaches);
    yield* (yield* Versions).bump("auth");
  });

/** A web session ended (sign-out): its cookie no longer authenticates, in any process. */
export const signedOut = (sessionSecret: string) => moveAuth((c) => c.principals.delete(principalKey(undefined, sessionSecret) ?? ""));

/** An API token was revoked. */
export const tokenRevoked = (tokenId: string) => moveAuth((c) => c.principals.deleteWhere((e) => e.auth.principal.tokenId === tokenId));

/** A user's password changed (their other sessions and tokens may have ended with it). */
export const passwordChanged = (userId: string) => moveAuth((c) => c.principals.deleteWhere((e) => e.auth.principal.userId === userId));

/** A user's roles changed, or the account was disabled or enabled. */
export const rolesChanged = (userId: string) => moveAuth((c) => c.principals.deleteWhere((e) => e.auth.principal.userId === userId));

/** The org-unit tree or a catalogue changed. */
export const referenceChanged = Effect.gen(function* () {
  const caches = yield* ApiCaches;
  caches.reference.clear();
  caches.answers.clear();
  caches.reports.clear();
  caches.replay.clear();
  yield* (yield* Versions).bump("reference");
});

/** Data a report is made from changed outside the watched tables. */
export const dataChanged = Effect.gen(function* () {
  (yield* ApiCaches).reports.clear();
  yield* (yield* Versions).bump("data");
});
