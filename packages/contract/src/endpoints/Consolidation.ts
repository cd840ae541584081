/**
 * `POST /units/{unit}/periods/{period}/consolidate`: a parent's figures from its children's
 * approved figures, by each indicator's aggregation, with the children included and missing.
 */
import * as Period from "@cchc/domain/Period";
import { Schema } from "effect";
import { reportWorkflow } from "../EndpointGroups.js";

export const consolidateUnit = reportWorkflow.post("consolidateUnit", "/units/:unit/periods/:period/consolidate", {
  summary: "Tổng hợp số liệu của đơn vị từ số liệu đã phê duyệt của các đơn vị trực thuộc",
  description:
    'Biên tập hoặc phê duyệt của đơn vị. Chỉ tiêu luồng được cộng; chỉ tiêu tồn lấy giá trị cuối của từng đơn vị rồi cộng; số liệu riêng của một cơ quan không tổng hợp; tỷ lệ được tính lại từ số đã tổng hợp, không lấy trung bình. Lưu với nguồn "consolidated".',
  params: Schema.Struct({ unit: Schema.String, period: Period.PeriodCode }),
  response: Schema.Struct({
    included: Schema.Array(Schema.String).annotations({ description: "Đơn vị trực thuộc đã được phê duyệt, có trong tổng hợp" }),
    missing: Schema.Array(Schema.String).annotations({ description: "Đơn vị trực thuộc chưa được phê duyệt, không có trong tổng hợp" }),
    skipped: Schema.Array(Schema.String),
    values: Schema.Array(
      Schema.Struct({
        indicator: Schema.String,
        disaggregation: Schema.String,
        value: Schema.Number,
        from: Schema.Array(Schema.String),
      }),
    ),
    rates: Schema.Array(
      Schema.Struct({
        code: Schema.String,
        disaggregation: Schema.String,
        value: Schema.NullOr(Schema.Number),
        formatted: Schema.String,
      }),
    ),
    stored: Schema.Number,
    runId: Schema.Number,
  }).annotations({ identifier: "Consolidation" }),
  errors: ["OrgUnitNotFound", "PeriodLocked"],
  // the level above consolidates: its editors (who write its figures) or its approvers (who
  // approved the units below); the Router checks reading, the handler one of the two
  access: { action: "read", lock: false },
  audit: "handler",
});
