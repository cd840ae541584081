/**
 * `GET /health` (liveness): the process answers — 200 even while the database is away, so a
 * supervisor does not restart a server that will recover by itself; it also says whether the demo
 * accounts exist (the web app shows their documented password on the sign-in screen only then),
 * when the database tells within half a second. `GET /health/ready` (readiness): the database
 * answers a query within 1,5 s — 200, or 503 DATABASE_UNAVAILABLE with Retry-After, so a load
 * balancer sends no traffic until it is back.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { Database } from "@cchc/db/Database";
import { Data, Duration, Effect, Schema } from "effect";
import { sql } from "kysely";
import { route } from "../http/Route.js";
import { probed } from "./Probe.js";

/** The demo account whose presence means the demo data is loaded (docs/accounts.md). */
export const DEMO_MARKER_USERNAME = "bientap.dt";

const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  database: Schema.Literal("pglite", "postgres"),
  version: Schema.String,
  demo: Schema.optional(
    Schema.Boolean.annotations({ description: "Có tài khoản mẫu (dữ liệu mẫu đã nạp, mật khẩu mẫu dùng được) hay không" }),
  ),
}).annotations({ identifier: "Health" });

/** The database did not answer the readiness probe in time. */
export class DatabaseNotReady extends Data.TaggedError("DatabaseNotReady")<{}> {}

const Ready = Schema.Struct({
  status: Schema.Literal("ready"),
  database: Schema.Literal("pglite", "postgres"),
  latencyMs: Schema.Number.annotations({ description: "Thời gian trả lời câu truy vấn thử (ms)" }),
}).annotations({ identifier: "Readiness" });

/** How long the readiness probe waits for the database. */
export const READY_TIMEOUT_MS = 1500;

/** Health routes. */
export const healthRoutes = [
  route(
    {
      method: "get",
      path: "/health",
      operationId: "getHealth",
      withoutDatabase: true,
      summary: "Tình trạng hoạt động của API",
      tags: ["Hệ thống"],
      response: Health,
      public: true,
    },
    () =>
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
  route(
    {
      method: "get",
      path: "/health/ready",
      operationId: "getReadiness",
      summary: "API sẵn sàng phục vụ (cơ sở dữ liệu trả lời)",
      description: "503 DATABASE_UNAVAILABLE kèm Retry-After khi cơ sở dữ liệu không trả lời trong 1,5 giây.",
      tags: ["Hệ thống"],
      response: Ready,
      errors: ["DATABASE_UNAVAILABLE"],
      public: true,
    },
    () =>
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
