/**
 * `GET /health`: whether the API and its database answer.
 */
import { Database } from "@cchc/db/Database";
import { Effect, Schema } from "effect";
import { sql } from "kysely";
import { route } from "../http/Route.js";

const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  database: Schema.Literal("pglite", "postgres"),
  version: Schema.String,
}).annotations({ identifier: "Health" });

/** Health route. */
export const healthRoutes = [
  route(
    { method: "get", path: "/health", operationId: "getHealth", summary: "Tình trạng hoạt động của API", tags: ["Hệ thống"], response: Health, public: true },
    () =>
      Effect.gen(function* () {
        const { kysely, raw } = yield* Database;
        yield* Effect.promise(() => sql`select 1`.execute(kysely));
        return { status: "ok" as const, database: raw.kind, version: "1" };
      }),
  ),
];
