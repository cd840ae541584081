/**
 * The header and closing of a unit's reports (Nghị định 30/2020): parent and issuing body,
 * symbol, place, addressee, signer and recipients. Read by anyone who may read the unit; written
 * by its editors with the version read (409 REPORT_SETTINGS_CONFLICT when stale).
 */
import { signerAuthorities } from "@cchc/domain/report-settings/SignerAuthority";
import { Schema } from "effect";
import { reports } from "../EndpointGroups.js";

const Text = Schema.String.pipe(Schema.minLength(1, { message: () => "không được để trống" }));

const Settings = {
  parentBody: Text.annotations({ description: "Cơ quan chủ quản, ví dụ Ủy ban nhân dân tỉnh Đồng Tháp" }),
  issuingBody: Text.annotations({ description: "Cơ quan ban hành, ví dụ Văn phòng" }),
  symbol: Schema.String.pipe(
    Schema.pattern(/^BC-[A-ZĐ0-9][A-ZĐ0-9-]*$/u, { message: () => "ký hiệu báo cáo phải có dạng BC-<viết tắt cơ quan>, ví dụ BC-VPUBND" }),
  ),
  place: Text.annotations({ description: "Địa danh ghi ở dòng ngày tháng" }),
  addressee: Schema.NullOr(Schema.String),
  signer: Schema.Struct({
    authority: Schema.NullOr(Schema.Literal(...signerAuthorities)),
    authorityTitle: Schema.NullOr(Schema.String),
    title: Text,
    name: Text,
  }),
  recipients: Schema.Array(Text).pipe(Schema.minItems(1, { message: () => "cần ít nhất dòng Lưu: VT, …" })),
};

const ReportSettingsBody = Schema.Struct({
  unit: Schema.String,
  ...Settings,
  version: Schema.Number,
  updatedBy: Schema.String,
  updatedAt: Schema.String,
}).annotations({ identifier: "ReportSettings" });

const UnitParams = Schema.Struct({ unit: Schema.String });

export const getReportSettings = reports.get("getReportSettings", "/units/:unit/report-settings", {
  summary: "Thể thức báo cáo của đơn vị: cơ quan, ký hiệu, người ký, nơi nhận",
  params: UnitParams,
  response: ReportSettingsBody,
  errors: ["OrgUnitNotFound", "ReportSettingsNotFound"],
});

export const putReportSettings = reports.put("putReportSettings", "/units/:unit/report-settings", {
  summary: "Ghi thể thức báo cáo của đơn vị (kiểm tra phiên bản; 0 khi chưa có)",
  params: UnitParams,
  body: Schema.Struct({ ...Settings, version: Schema.Int.pipe(Schema.nonNegative()) }),
  response: ReportSettingsBody,
  errors: ["OrgUnitNotFound", "ReportSettingsConflict"],
  access: { action: "write-values", lock: false },
});
