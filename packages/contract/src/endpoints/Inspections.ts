/**
 * Reform inspections: the list by unit and period (only units the caller may read when no unit is
 * named), one by id, recorded, corrected (only the fields sent change, e.g. the remediation
 * status) and removed. An inspection answers to the unit that held it: writes need the right to
 * write that unit's data, and to the unit it moves to; a report an approval locked refuses them
 * (409 PERIOD_LOCKED). Corrections name the version read (stale → 409 INSPECTION_CONFLICT with the
 * current inspection).
 */
import { Inspection, InspectionInput, InspectionPatch } from "@cchc/domain/inspections/Inspection";
import { Schema } from "effect";
import { inspections } from "../EndpointGroups.js";
import { pageFields, pagingFields } from "../Paging.js";
import { Version } from "../Versioned.js";
import { versionedRecordEndpoints } from "../VersionedRecordEndpoints.js";

const inspectionById = versionedRecordEndpoints({
  path: "/inspections/:id",
  group: inspections,
  id: "Mã cuộc kiểm tra",
  record: Inspection,
  byId: "Mã không có → 404 INSPECTION_NOT_FOUND (với mọi người gọi). Cuộc kiểm tra của đơn vị ngoài nhánh của người gọi → 403 ACCESS_DENIED, không kèm nội dung hay đơn vị.",
  notFound: "InspectionNotFound",
  conflict: "InspectionConflict",
});

export const listInspections = inspections.get("listInspections", "/inspections", {
  summary: "Các cuộc kiểm tra cải cách hành chính",
  description: "Không nêu unit: chỉ các cuộc kiểm tra của đơn vị người gọi được xem; unit ngoài nhánh → 403.",
  query: Schema.Struct({ unit: Schema.optional(Schema.String), period: Schema.optional(Schema.String), ...pagingFields }),
  response: Schema.Struct({ items: Schema.Array(Inspection), ...pageFields }).annotations({ identifier: "InspectionList" }),
});

export const createInspection = inspections.post("createInspection", "/inspections", {
  summary: "Ghi một cuộc kiểm tra",
  description:
    "unit (bắt buộc): đơn vị tổ chức kiểm tra; người gọi phải có quyền ghi trên đơn vị đó. planDocumentId, noticeDocumentId phải là văn bản có trong sổ. Ngày (heldOn) được lưu như báo cáo ghi; ngày ngoài kỳ là lỗi do kiểm tra số liệu nêu, không bị từ chối ở đây.",
  body: InspectionInput,
  response: Inspection,
  successStatus: 201,
  errors: ["InspectionInvalid"],
  audit: "handler",
});

export const getInspection = inspectionById.get({ operationId: "getInspection", summary: "Một cuộc kiểm tra" });

export const updateInspection = inspectionById.update({
  operationId: "updateInspection",
  summary: "Sửa một cuộc kiểm tra (kể cả tình trạng khắc phục)",
  description: `Chỉ gửi các trường cần sửa cùng version đã đọc, ví dụ { "remediationStatus": "done", "version": 2 }. Phiên bản cũ → 409 INSPECTION_CONFLICT, details.current là bản đang lưu. Cần quyền ghi trên đơn vị đang giữ cuộc kiểm tra và trên unit mới.`,
  body: Schema.Struct({ ...InspectionPatch.fields, version: Version }).annotations({ identifier: "InspectionUpdate" }),
  errors: ["InspectionInvalid", "PeriodLocked"],
});

export const deleteInspection = inspectionById.remove({
  operationId: "deleteInspection",
  summary: "Xóa một cuộc kiểm tra",
  description: "?version= (khuyên dùng): phiên bản cũ → 409 INSPECTION_CONFLICT, không xóa. Cần quyền ghi trên đơn vị giữ cuộc kiểm tra.",
  errors: ["PeriodLocked"],
});
