/**
 * `POST /admin/demo`: loads the demo data set (idempotent: what is there already is kept),
 * for `cchc demo load` and for administrators preparing a training database.
 */
import { Schema } from "effect";
import { administration } from "../EndpointGroups.js";

const DemoLoadResult = Schema.Struct({
  steps: Schema.Array(Schema.Struct({ step: Schema.String, added: Schema.Number })),
  added: Schema.Number,
}).annotations({ identifier: "DemoLoadResult" });

export const loadDemo = administration.post("loadDemo", "/admin/demo", {
  summary: "Nạp dữ liệu mẫu (Đồng Tháp, 6 tháng đầu năm 2022); chạy lại không tạo bản trùng",
  response: DemoLoadResult,
  access: { action: "admin", unit: () => "DT" },
});
