/**
 * Replay of versioned read answers (ADR 0029). A GET answered through `conditional` (an answer
 * with an `ETag` of the versions it was made from) is kept under the caller's credential and the
 * exact URL, with the three cache counters the request was admitted under. The next identical
 * request of the same credential is answered from it before any route runs — no fiber, no input
 * decoding, no access check — only when all of these still hold:
 *
 * - the credential's principal is in the principal cache, valid under the current `auth` counter
 *   and not past its session's or token's expiry (what `authenticate` itself checks first): a
 *   sign-out, revocation, password or role change anywhere moves `auth` and ends every replay of it;
 * - the `auth`, `reference` and `data` counters read for this request (`Versions.syncNow`: a read
 *   that started after the request arrived, as for every request) equal those the answer was made
 *   under; a change of any data, in any process, ends every replay.
 *
 * The replayed answer is the one the full path gave to this same caller for this same URL under
 * these same versions; the access check it passed depends on nothing else. A client that holds the
 * ETag gets 304, as from the full path.
 */
import type { Epochs } from "@cchc/db/cache/Versions";
import { type Authentication, cachedAuthentication } from "../auth/Authenticator.js";
import { matches, notModified, replayOf, sendStored } from "./Answers.js";
import type { Caches, StoredAnswer } from "./ApiCaches.js";

/** An answer kept for replay. */
export interface ReplayEntry {
  readonly epochs: Epochs;
  readonly etag: string;
  readonly stored: StoredAnswer;
}

/** Largest body kept for replay (rendered reports above it are sent from their own cache only). */
export const REPLAY_MAX_BYTES = 1024 * 1024;

const sameEpochs = (a: Epochs, b: Epochs): boolean => a.auth === b.auth && a.reference === b.reference && a.data === b.data;

const keyOf = (credential: string, url: string): string => `${credential}\n${url}`;

/** What a replay needs to know of a request. */
export interface ReplayRequest {
  /** The principal cache's key of the request's credential. */
  readonly credential: string;
  readonly url: string;
  readonly ifNoneMatch: string | null;
  /** The counters the request was admitted under. */
  readonly epochs: Epochs;
  /** The server clock's time (the clock sessions expire by). */
  readonly now: number;
}

/** May this caller be answered without the route (the conditions of the principal cache)? */
const admitted = (auth: Authentication | undefined): boolean => auth !== undefined && !auth.mustChangePassword;

/** The kept answer for this request, when every condition above holds. */
export const replay = (caches: Caches, request: ReplayRequest): Response | undefined => {
  if (!admitted(cachedAuthentication(caches.principals, request.credential, request.epochs.auth, request.now))) return undefined;
  const entry = caches.replay.get(keyOf(request.credential, request.url));
  if (entry === undefined || !sameEpochs(entry.epochs, request.epochs)) return undefined;
  return matches(request.ifNoneMatch, entry.etag) ? notModified(entry.etag) : sendStored(entry.stored, entry.etag);
};

/** Keeps the answer the full path gave, when it is a versioned answer (made by `conditional`). */
export const keep = (caches: Caches, request: Omit<ReplayRequest, "ifNoneMatch" | "now">, answer: unknown): void => {
  if (!(answer instanceof Response)) return;
  const made = replayOf(answer);
  if (made === undefined) return;
  const size = typeof made.stored.body === "string" ? made.stored.body.length * 3 : made.stored.body.byteLength;
  if (size > REPLAY_MAX_BYTES) return;
  caches.replay.set(keyOf(request.credential, request.url), { epochs: request.epochs, ...made });
};
