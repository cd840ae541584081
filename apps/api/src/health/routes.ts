/**
 * Handlers of liveness and readiness (endpoints: `@cchc/contract/endpoints/Health`).
 * `GET /health` (liveness): the process answers — 200 even while the database is away, so a
 * supervisor does not restart a server that will recover by itself; it also says whether the demo
 * accounts exist (the web app shows their documented password on the sign-in screen only then),
 * when the database tells within half a second. `GET /health/ready` (readiness): the database
 * answers a query within 1,5 s — 200, or 503 DATABASE_UNAVAILABLE with Retry-After, so a load
 * balancer sends no traffic until it is back.
 */
import * as Health from "@cchc/contract/endpoints/Health";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { Database } from "@cchc/db/Database";
import { Data, Duration, Effect } from "effect";
import { sql } from "kysely";
import { handle } from "../http/Route.js";
import { probed } from "./Probe.js";

/** The demo account whose presence means the demo data is loaded (docs/accounts.md). */
export const DEMO_MARKER_USERNAME = "bientap.dt";

/** The database did not answer the readiness probe in time. */
export class DatabaseNotReady extends Data.TaggedError("DatabaseNotReady")<{}> {}

/** How long the readiness probe waits for the database. */
export const READY_TIMEOUT_MS = 1500;

/** Health routes. */
export const healthRoutes = [
  handle(Health.getHealth, () =>
    Effect.gen(function* () {
      const { kysely, raw } = yield* Database;
      const accounts = yield* AccountRepo;
      // probed in the background (health/Probe.ts): a poller does not load the database; the probe
      // never fails and gives up after half a second, so liveness answers while the database is away
      const demo = yield* probed(kysely, () =>
        Effect.runPromise(
          accounts.find(DEMO_MARKER_USERNAME).pipe(
            // no such account: no demo data; a database that fails or is slow: not known (left out)
            Effect.match({ onFailure: () => false, onSuccess: (u) => !u.disabled }),
            Effect.timeout(Duration.millis(500)),
            Effect.catchAllCause(() => Effect.succeed(undefined)),
          ),
        ),
      );
      return { status: "ok" as const, database: raw.kind, version: "1", ...(demo === undefined ? {} : { demo }) };
    }),
  ),
  handle(Health.getReadiness, () =>
    Effect.gen(function* () {
      const { kysely, raw } = yield* Database;
      const started = Date.now();
      yield* Effect.tryPromise(() => sql`select 1`.execute(kysely)).pipe(
        Effect.timeout(Duration.millis(READY_TIMEOUT_MS)),
        Effect.catchAllCause(() => Effect.fail(new DatabaseNotReady())),
      );
      return { status: "ready" as const, database: raw.kind, latencyMs: Date.now() - started };
    }),
  ),
];
