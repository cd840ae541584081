/**
 * Reform inspections (kiểm tra CCHC): the plan they follow, the team and its lead, the day held,
 * the units inspected, the findings and the remediation with its status. The day is kept as the
 * report wrote it — a wrong year ("28/4/2024" in a report of 2022) is a defect validation reports,
 * not something storage silently fixes. Clients record one with `InspectionInput` and correct it
 * with `InspectionPatch` (only the fields sent change); the version guards against overwriting a
 * newer copy.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";
import { PeriodCode } from "../Period.js";
import { patchFields, placeFields } from "../RecordInput.js";

/** How far the remediation of an inspection's findings has come. */
export const RemediationStatus = Schema.Literal("not-started", "in-progress", "done").annotations({
  identifier: "RemediationStatus",
  description: "Khắc phục: not-started (chưa), in-progress (đang khắc phục), done (đã khắc phục)",
  message: () => ({ message: "Tình trạng khắc phục phải là not-started, in-progress hoặc done", override: true }),
});
export type RemediationStatus = typeof RemediationStatus.Type;

/** One inspection. */
export const Inspection = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String.annotations({ description: "Đơn vị tổ chức kiểm tra" }),
  period: PeriodCode,
  area: AreaCode,
  planDocumentId: Schema.NullOr(Schema.Number),
  noticeDocumentId: Schema.NullOr(Schema.Number),
  team: Schema.String,
  leadName: Schema.String,
  leadTitle: Schema.String,
  heldOn: LocalDate,
  dateText: Schema.String.annotations({ description: "Ngày như báo cáo ghi" }),
  unitsInspected: Schema.Array(Schema.String),
  findings: Schema.String,
  remediation: Schema.String,
  remediationStatus: RemediationStatus,
  version: Schema.Number.annotations({ description: "Phiên bản; gửi lại khi sửa hoặc xóa" }),
}).annotations({ identifier: "Inspection" });
export type Inspection = typeof Inspection.Type;

const NonBlank = (message: string) => Schema.Trim.pipe(Schema.nonEmptyString({ message: () => message }));
const DocumentId = Schema.NullOr(Schema.Int.pipe(Schema.positive())).annotations({
  message: () => ({ message: "Mã văn bản phải là số nguyên dương (hoặc null)", override: true }),
});

// What a client writes, each field validated with a Vietnamese message.
const inputFields = {
  ...placeFields("Đơn vị tổ chức kiểm tra, ví dụ DT.VPUBND"),
  planDocumentId: DocumentId.annotations({ description: "Kế hoạch kiểm tra (mã văn bản trong sổ)" }),
  noticeDocumentId: DocumentId.annotations({ description: "Văn bản thông báo kết quả kiểm tra (mã văn bản trong sổ)" }),
  team: NonBlank("Tên đoàn (tổ) kiểm tra không được để trống"),
  leadName: NonBlank("Họ tên trưởng đoàn không được để trống"),
  leadTitle: Schema.Trim.annotations({ description: "Chức vụ trưởng đoàn" }),
  heldOn: LocalDate,
  dateText: Schema.Trim.annotations({ description: "Ngày như báo cáo ghi (bỏ trống: không ghi)" }),
  unitsInspected: Schema.Array(NonBlank("Tên đơn vị được kiểm tra không được để trống")),
  findings: Schema.String.annotations({ description: "Những tồn tại, hạn chế phát hiện qua kiểm tra" }),
  remediation: Schema.String.annotations({ description: "Việc khắc phục tồn tại, hạn chế" }),
  remediationStatus: RemediationStatus,
};

/**
 * What a client sends to record an inspection. The plan and notice documents, the lead's title,
 * the date as written, the units inspected, findings and remediation may be left out (none,
 * empty, remediation not started).
 */
export const InspectionInput = Schema.Struct({
  ...inputFields,
  planDocumentId: Schema.optionalWith(inputFields.planDocumentId, { default: () => null, exact: true }),
  noticeDocumentId: Schema.optionalWith(inputFields.noticeDocumentId, { default: () => null, exact: true }),
  leadTitle: Schema.optionalWith(inputFields.leadTitle, { default: () => "", exact: true }),
  dateText: Schema.optionalWith(inputFields.dateText, { default: () => "", exact: true }),
  unitsInspected: Schema.optionalWith(inputFields.unitsInspected, { default: () => [], exact: true }),
  findings: Schema.optionalWith(inputFields.findings, { default: () => "", exact: true }),
  remediation: Schema.optionalWith(inputFields.remediation, { default: () => "", exact: true }),
  remediationStatus: Schema.optionalWith(inputFields.remediationStatus, { default: () => "not-started" as const, exact: true }),
}).annotations({ identifier: "InspectionInput", title: "Cuộc kiểm tra" });
export type InspectionInput = typeof InspectionInput.Type;

/** A correction of an inspection: only the fields sent change (for example just `remediationStatus`). */
export const InspectionPatch = Schema.Struct(patchFields(inputFields)).annotations({
  identifier: "InspectionPatch",
  title: "Sửa cuộc kiểm tra",
});
export type InspectionPatch = typeof InspectionPatch.Type;
