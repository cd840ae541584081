/**
 * Reasons why a compulsory indicator has no value (ADR 0021; DHIS2's "missing values require a
 * comment"). `GET` lists the unit's compulsory indicators for the period, the stated reasons and
 * what is still missing; `PUT …/{indicator}` states, corrects or (with `reason: null`) withdraws a
 * reason with the version read — 409 MISSING_REASON_CONFLICT when stale, 409 PERIOD_LOCKED once
 * an approval locked the report.
 */
import * as Completeness from "@cchc/domain/indicators/Completeness";
import { Finding } from "@cchc/domain/validation/Finding";
import { Schema } from "effect";
import { values } from "../EndpointGroups.js";
import { UnitPeriodParams, unitPeriodErrors } from "../schemas/Values.js";

const CompulsoryIndicator = Schema.Struct({
  indicator: Schema.String,
  nameVi: Schema.String,
  hasValue: Schema.Boolean,
  reason: Schema.NullOr(Completeness.StoredMissingReason),
}).annotations({ identifier: "CompulsoryIndicator", description: "Chỉ tiêu bắt buộc của đơn vị trong kỳ" });

const Completeness_ = Schema.Struct({
  compulsory: Schema.Array(CompulsoryIndicator),
  reasons: Schema.Array(Completeness.StoredMissingReason),
  missing: Schema.Array(Completeness.MissingIndicatorSchema),
}).annotations({ identifier: "Completeness", description: "Chỉ tiêu bắt buộc, lý do thiếu số liệu đã nêu và chỉ tiêu còn thiếu" });

export const listMissingReasons = values.get("listMissingReasons", "/units/:unit/periods/:period/missing-reasons", {
  summary: "Chỉ tiêu bắt buộc, lý do không có số liệu và chỉ tiêu còn thiếu",
  description:
    "Báo cáo chỉ gửi được khi mọi chỉ tiêu bắt buộc (theo loại đơn vị) có số liệu hoặc có lý do không có số liệu; missing là các chỉ tiêu còn thiếu.",
  params: UnitPeriodParams,
  response: Completeness_,
  errors: unitPeriodErrors,
});

export const putMissingReason = values.put("putMissingReason", "/units/:unit/periods/:period/missing-reasons/:indicator", {
  summary: "Nêu, sửa hoặc bỏ lý do không có số liệu của một chỉ tiêu (kiểm tra phiên bản)",
  description:
    "{ reason, version }: reason = lý do không có số liệu, null = bỏ lý do. version = phiên bản đã đọc (0 khi nêu lần đầu); cũ → 409 MISSING_REASON_CONFLICT, không ghi. Kỳ đã phê duyệt → 409 PERIOD_LOCKED. Trả về lý do đã lưu (null khi bỏ), các chỉ tiêu còn thiếu và kết quả kiểm tra số liệu.",
  params: Schema.Struct({
    ...UnitPeriodParams.fields,
    indicator: Schema.String.annotations({ description: "Mã chỉ tiêu, ví dụ bomay.bienche.congchuc" }),
  }),
  body: Completeness.MissingReasonChange,
  response: Schema.Struct({
    reason: Schema.NullOr(Completeness.StoredMissingReason),
    missing: Schema.Array(Completeness.MissingIndicatorSchema),
    findings: Schema.Array(Finding),
  }).annotations({ identifier: "MissingReasonAnswer" }),
  errors: [...unitPeriodErrors, "IndicatorNotFound", "MissingReasonConflict", "PeriodLocked"],
  audit: "handler",
});
