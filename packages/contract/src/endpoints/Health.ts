/**
 * `GET /health` (liveness): the process answers — 200 even while the database is away; it also
 * says whether the demo accounts exist, when the database tells within half a second.
 * `GET /health/ready` (readiness): the database answers a query within 1,5 s — 200, or 503
 * DATABASE_UNAVAILABLE with Retry-After.
 */
import { Schema } from "effect";
import { system } from "../EndpointGroups.js";

const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  database: Schema.Literal("pglite", "postgres"),
  version: Schema.String,
  demo: Schema.optional(
    Schema.Boolean.annotations({ description: "Có tài khoản mẫu (dữ liệu mẫu đã nạp, mật khẩu mẫu dùng được) hay không" }),
  ),
}).annotations({ identifier: "Health" });

const Ready = Schema.Struct({
  status: Schema.Literal("ready"),
  database: Schema.Literal("pglite", "postgres"),
  latencyMs: Schema.Number.annotations({ description: "Thời gian trả lời câu truy vấn thử (ms)" }),
}).annotations({ identifier: "Readiness" });

export const getHealth = system.get("getHealth", "/health", {
  withoutDatabase: true,
  summary: "Tình trạng hoạt động của API",
  response: Health,
  public: true,
});

export const getReadiness = system.get("getReadiness", "/health/ready", {
  summary: "API sẵn sàng phục vụ (cơ sở dữ liệu trả lời)",
  description: "503 DATABASE_UNAVAILABLE kèm Retry-After khi cơ sở dữ liệu không trả lời trong 1,5 giây.",
  response: Ready,
  errors: ["DatabaseNotReady"],
  public: true,
});
