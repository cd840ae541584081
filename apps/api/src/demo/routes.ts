/**
 * `POST /admin/demo`: loads the demo data set (idempotent: what is there already is kept),
 * for `cchc demo load` and for administrators preparing a training database.
 */
import { loadDemo } from "@cchc/db/demo/Demo";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";

const DemoLoadResult = Schema.Struct({
  steps: Schema.Array(Schema.Struct({ step: Schema.String, added: Schema.Number })),
  added: Schema.Number,
}).annotations({ identifier: "DemoLoadResult" });

/** Demo route. */
export const demoRoutes = [
  route(
    {
      method: "post",
      path: "/admin/demo",
      operationId: "loadDemo",
      summary: "Nạp dữ liệu mẫu (Đồng Tháp, 6 tháng đầu năm 2022); chạy lại không tạo bản trùng",
      tags: ["Quản trị"],
      response: DemoLoadResult,
      access: { action: "admin", unit: () => "DT" },
    },
    () => Effect.map(loadDemo, (steps) => ({ steps, added: steps.reduce((n, s) => n + s.added, 0) })),
  ),
];
