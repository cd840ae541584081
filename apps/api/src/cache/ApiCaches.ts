/**
 * The in-memory caches of one API process (ADR 0013), each bounded, each entry tagged with the
 * cache version it was filled under: principals of sessions and tokens (`auth`), org units and
 * catalogues (`reference`), answers and rendered reports (keyed by their versions). An entry is
 * used only by a request admitted under the same version, so a change committed anywhere — this
 * process or another one on the same database — is never answered from a stale entry; entries of
 * a moved version are dropped when the move is seen, to free memory.
 */
import type { EpochKind } from "@cchc/db/cache/Versions";
import { Versions } from "@cchc/db/cache/Versions";
import { Context, Effect, Layer } from "effect";
import type { Authentication } from "../auth/Authenticator.js";
import { Bounded } from "./Bounded.js";
import type { ReplayEntry } from "./Replay.js";
import { readVersions } from "./RequestEpochs.js";

/** A cached principal: valid while the `auth` version is `tag` and until `until` (ms). */
export interface PrincipalEntry {
  readonly tag: number;
  readonly until: number;
  readonly auth: Authentication;
}

/** A value filled under version `tag` of its kind. */
export interface Tagged<A> {
  readonly tag: number;
  readonly value: A;
}

/** An answer ready to send again: body bytes or text and its headers. */
export interface StoredAnswer {
  readonly body: string | Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** The caches of the process. */
export interface Caches {
  readonly principals: Bounded<string, PrincipalEntry>;
  readonly reference: Bounded<string, Tagged<unknown>>;
  readonly answers: Bounded<string, StoredAnswer>;
  readonly reports: Bounded<string, StoredAnswer>;
  /** Versioned read answers by credential and URL (Replay.ts). */
  readonly replay: Bounded<string, ReplayEntry>;
}

/** The caches service. */
export class ApiCaches extends Context.Tag("@cchc/api/ApiCaches")<ApiCaches, Caches>() {
  /** Fresh caches that drop their entries when a version they depend on moves. */
  static readonly layer = Layer.effect(
    ApiCaches,
    Effect.gen(function* () {
      const versions = yield* Versions;
      const caches: Caches = {
        principals: new Bounded(10_000),
        reference: new Bounded(2_000),
        answers: new Bounded(500),
        // rendered files are up to a few hundred KB: a few dozen of them
        reports: new Bounded(48),
        // shares its bodies with `answers` and `reports`
        replay: new Bounded(256),
      };
      versions.onChange((moved) => {
        // every entry is tied to all three counters
        caches.replay.clear();
        if (moved.includes("auth")) caches.principals.clear();
        if (moved.includes("reference")) {
          caches.reference.clear();
          caches.answers.clear();
          caches.reports.clear();
        }
        if (moved.includes("data")) caches.reports.clear();
      });
      return caches;
    }),
  );
}

/**
 * `compute`, or its value filled earlier in a request admitted under the same `kind` version.
 * Outside read requests it always computes and stores nothing. Failures are not stored.
 */
export const memo = <A, E, R>(
  cache: Bounded<string, Tagged<unknown>>,
  kind: EpochKind,
  key: string,
  compute: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R> =>
  Effect.flatMap(readVersions, (epochs) => {
    if (epochs === null) return compute;
    const hit = cache.get(key);
    if (hit !== undefined && hit.tag === epochs[kind]) return Effect.succeed(hit.value as A);
    return Effect.tap(compute, (value) => Effect.sync(() => cache.set(key, { tag: epochs[kind], value })));
  });
