/**
 * Conditional answers for unchanged data (ADR 0013): an `ETag` made of the versions the answer
 * was computed from, `304 Not Modified` when the client already holds it (`If-None-Match`), and
 * the encoded body kept in a bounded cache so that the next client gets it without recomputing.
 */
import { Effect } from "effect";
import { ApiCaches, type StoredAnswer } from "./ApiCaches.js";

/** Whether an If-None-Match header names `etag` (weak comparison, "*" included). */
export const matches = (ifNoneMatch: string | null, etag: string): boolean => {
  if (ifNoneMatch === null) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === bare;
  });
};

/** The 304 of a client that holds `etag`. */
export const notModified = (etag: string): Response =>
  new Response(null, { status: 304, headers: { etag, "cache-control": "private, no-cache" } });

/** A stored answer sent again under its ETag (a plain header record: the Node adapter writes it straight out). */
export const sendStored = (stored: StoredAnswer, etag: string): Response =>
  new Response(stored.body, { status: 200, headers: { ...stored.headers, etag, "cache-control": "private, no-cache" } });

// The 200 answers `conditional` made, with what they were made from: the Router keeps them for replay (Replay.ts).
const made = new WeakMap<Response, { readonly etag: string; readonly stored: StoredAnswer }>();

/** What `conditional` made `answer` from, when it made it. */
export const replayOf = (answer: Response): { readonly etag: string; readonly stored: StoredAnswer } | undefined => made.get(answer);

const respond = (stored: StoredAnswer, etag: string): Response => {
  const answer = sendStored(stored, etag);
  made.set(answer, { etag, stored });
  return answer;
};

/**
 * Answers `request` for a resource whose current version is `etag`: 304 when the client holds
 * it, else the stored answer under `key`, else `produce`'s answer, stored for the next request.
 */
export const conditional = <E, R>(
  request: Request,
  etag: string,
  key: string,
  pick: (c: typeof ApiCaches.Service) => typeof ApiCaches.Service.answers,
  produce: Effect.Effect<StoredAnswer, E, R>,
): Effect.Effect<Response, E, R | ApiCaches> =>
  Effect.gen(function* () {
    if (matches(request.headers.get("if-none-match"), etag)) return notModified(etag);
    const cache = pick(yield* ApiCaches);
    const hit = cache.get(key);
    if (hit !== undefined) return respond(hit, etag);
    const stored = yield* produce;
    cache.set(key, stored);
    return respond(stored, etag);
  });
