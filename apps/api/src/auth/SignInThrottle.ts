/**
 * Sign-in throttling with exponential back-off, counted twice: per account (every address
 * together: guessing one account's password from many addresses) and per address (every account
 * together: one password tried over many accounts). An account locks after
 * {@link ACCOUNT_FREE_FAILURES} failures, an address after {@link ADDRESS_FREE_FAILURES} (offices
 * share an address); each further failure doubles the lock (2 s, 4 s, … 15 minutes). While either
 * is locked every attempt is refused — the right password too — with the seconds to wait. A
 * success clears the account's count only: an attacker's own account must not clear an address.
 */
import { normalizeUsername } from "@cchc/db/accounts/AccountRepo";
import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { Effect } from "effect";

/** Failures of one account before it locks. */
export const ACCOUNT_FREE_FAILURES = 4;
/** Failures from one address before it locks. */
export const ADDRESS_FREE_FAILURES = 10;

const accountKey = (username: string) => `account:${normalizeUsername(username)}`;
const addressKey = (address: string) => `address:${address}`;

/** Seconds until `username` may try again from `address` (0 = now). */
export const waitBeforeSignIn = (username: string, address: string) =>
  Effect.gen(function* () {
    const s = yield* SessionRepo;
    return Math.max(yield* s.retryAfter(accountKey(username)), yield* s.retryAfter(addressKey(address)));
  });

/** Counts a failed attempt against the account and the address. */
export const signInFailed = (username: string, address: string) =>
  Effect.gen(function* () {
    const s = yield* SessionRepo;
    yield* s.fail(accountKey(username), ACCOUNT_FREE_FAILURES);
    yield* s.fail(addressKey(address), ADDRESS_FREE_FAILURES);
  });

/** Clears the account's count after a successful sign-in. */
export const signInSucceeded = (username: string) => Effect.flatMap(SessionRepo, (s) => s.succeed(accountKey(username)));
