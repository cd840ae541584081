/**
 * The cache versions a request was admitted with (ADR 0013). The Router reads them once at the
 * start of every request (`Versions.sync`) and sets them here for the request's fiber; caches
 * answer only entries filled under the same versions, and fill entries only on reads (GET), so
 * a write never reads back a cached copy of what it is changing. Outside a request (start-up,
 * tests that run effects directly) nothing is cached.
 */
import type { Epochs } from "@cchc/db/cache/Versions";
import { Effect, FiberRef } from "effect";

/** What the caches may use in the current request. */
export interface RequestVersions {
  readonly epochs: Epochs;
  /** A read (GET/HEAD): caches of units, catalogues and answers may be used. */
  readonly read: boolean;
}

/** The current request's versions; null outside requests. */
export const RequestEpochs = FiberRef.unsafeMake<RequestVersions | null>(null);

/** The current request's versions when its answers may come from caches (reads only). */
export const readVersions = Effect.map(FiberRef.get(RequestEpochs), (v) => (v?.read ? v.epochs : null));

/** The current request's versions (reads and writes; used for the principal cache). */
export const anyVersions = Effect.map(FiberRef.get(RequestEpochs), (v) => v?.epochs ?? null);
