/**
 * `GET /health`: whether the API and its database answer, and whether the demo accounts exist
 * (the web app shows their documented password on the sign-in screen only then).
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { Database } from "@cchc/db/Database";
import { Effect, Schema } from "effect";
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

/** Health route. */
export const healthRoutes = [
  route(
    {
      method: "get",
      path: "/health",
      operationId: "getHealth",
      summary: "Tình trạng hoạt động của API",
      tags: ["Hệ thống"],
      response: Health,
      public: true,
    },
    () =>
      Effect.gen(function* () {
        const { kysely, raw } = yield* Database;
        const accounts = yield* AccountRepo;
        // probed in the background (health/Probe.ts): a poller does not load the database
        const demo = yield* probed(kysely, async () => {
          await sql`select 1`.execute(kysely);
          return Effect.runPromise(
            accounts.find(DEMO_MARKER_USERNAME).pipe(Effect.match({ onFailure: () => false, onSuccess: (u) => !u.disabled })),
          );
        });
        return { status: "ok" as const, database: raw.kind, version: "1", demo };
      }),
  ),
];
