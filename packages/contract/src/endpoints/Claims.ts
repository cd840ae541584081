/**
 * Stated rates (claims) of a unit's period: the figures a report states ("đạt tỷ lệ: 49,5%") that
 * validation compares with the rates computed from the counts. `PUT` corrects one (or withdraws it
 * with `stated: null`) with the version read — 409 CLAIM_CONFLICT when stale, 409 PERIOD_LOCKED
 * once an approval locked the report — and answers the claim and the validation findings after
 * the change.
 */
import { ClaimChange } from "@cchc/domain/indicators/ClaimChange";
import { Finding } from "@cchc/domain/validation/Finding";
import { Schema } from "effect";
import { values } from "../EndpointGroups.js";
import { UnitPeriodParams, unitPeriodErrors } from "../schemas/Values.js";

const StoredClaim = Schema.Struct({
  rate: Schema.String,
  disaggregation: Schema.String,
  stated: Schema.Number,
  decimals: Schema.Number,
  qualifier: Schema.Literal("exact", "at-least"),
  text: Schema.NullOr(Schema.String),
  version: Schema.Number,
  updatedBy: Schema.NullOr(Schema.String),
  updatedAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "StoredClaim" });

export const putClaim = values.put("putClaim", "/units/:unit/periods/:period/claims", {
  summary: "Sửa hoặc bỏ một tỷ lệ báo cáo nêu (kiểm tra phiên bản)",
  description:
    "{ rate, disaggregation, stated, version }: stated = tỷ lệ mới (%), null = bỏ tỷ lệ này. version = phiên bản đã đọc (0 khi thêm mới); cũ → 409 CLAIM_CONFLICT, không ghi. Kỳ đã phê duyệt → 409 PERIOD_LOCKED. Trả về tỷ lệ đã lưu (null khi bỏ) và kết quả kiểm tra số liệu sau thay đổi.",
  params: UnitPeriodParams,
  body: ClaimChange,
  response: Schema.Struct({ claim: Schema.NullOr(StoredClaim), findings: Schema.Array(Finding) }).annotations({
    identifier: "ClaimAnswer",
  }),
  errors: [...unitPeriodErrors, "IndicatorNotFound", "ClaimConflict", "PeriodLocked"],
  audit: "handler",
});
