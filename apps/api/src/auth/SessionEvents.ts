/**
 * The events that end or change what a credential may do, one function each, so that anything
 * holding credentials in memory (a session→principal cache) can hook in at one place per event:
 *
 * - {@link signedOut}: one session ended by its owner;
 * - {@link passwordChanged}: the owner changed the password, or an administrator reset it — every
 *   session and every API token of the account ends (the caller re-issues its own session);
 * - {@link tokenRevoked}: one API token revoked;
 * - {@link accountDisabled}: an administrator disabled the account — every session and token ends;
 * - {@link rolesChanged}: a role granted or revoked — stored credentials stay, what they may do changes.
 */
import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { TokenRepo } from "@cchc/db/accounts/TokenRepo";
import { Effect } from "effect";

/** A session ended by sign-out. */
export const signedOut = (sessionSecret: string) => Effect.flatMap(SessionRepo, (s) => s.close(sessionSecret));

/** A password changed or reset: every session and token of the account ends; how many of each. */
export const passwordChanged = (userId: string) =>
  Effect.gen(function* () {
    const endedSessions = yield* Effect.flatMap(SessionRepo, (s) => s.closeAllOf(userId));
    const revokedTokens = yield* Effect.flatMap(TokenRepo, (t) => t.revokeAllOf(userId));
    return { endedSessions, revokedTokens };
  });

/** One API token revoked. */
export const tokenRevoked = (tokenId: string) => Effect.flatMap(TokenRepo, (t) => t.revoke(tokenId));

/** A user's roles changed (granted or revoked); nothing stored needs ending. */
export const rolesChanged = (_userId: string) => Effect.void;

/** An account disabled: every session and API token of it ends at once, as on a password reset. */
export const accountDisabled = (userId: string) => passwordChanged(userId);
