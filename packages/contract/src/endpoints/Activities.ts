/**
 * Reform activities with counts (courses and people trained, models, IT facts): the list by unit,
 * period, area and kind with the totals per kind (only units the caller may read when no unit is
 * named), one by id, recorded, corrected (only the fields sent change) and removed. An activity
 * answers to its unit: writes need the right to write that unit's data, and to the unit it moves
 * to; a report an approval locked refuses them (409 PERIOD_LOCKED). Corrections name the version
 * read (stale → 409 ACTIVITY_CONFLICT with the current activity).
 */
import { AreaCode } from "@cchc/domain/Area";
import { Activity, ActivityInput, ActivityKind, ActivityPatch } from "@cchc/domain/activities/Activity";
import { Schema } from "effect";
import { activities } from "../EndpointGroups.js";
import { pageFields, pagingFields } from "../Paging.js";
import { Version } from "../Versioned.js";
import { versionedRecordEndpoints } from "../VersionedRecordEndpoints.js";

const activityById = versionedRecordEndpoints({
  path: "/activities/:id",
  group: activities,
  id: "Mã hoạt động",
  record: Activity,
  byId: "Mã không có → 404 ACTIVITY_NOT_FOUND (với mọi người gọi). Hoạt động của đơn vị ngoài nhánh của người gọi → 403 ACCESS_DENIED, không kèm nội dung hay đơn vị.",
  notFound: "ActivityNotFound",
  conflict: "ActivityConflict",
});

export const listActivities = activities.get("listActivities", "/activities", {
  summary: "Hoạt động cải cách hành chính (đào tạo, tuyển dụng, tuyên truyền, mô hình, hạ tầng CNTT…)",
  description: "Không nêu unit: chỉ hoạt động của đơn vị người gọi được xem; unit ngoài nhánh → 403.",
  query: Schema.Struct({
    unit: Schema.optional(Schema.String),
    period: Schema.optional(Schema.String),
    area: Schema.optional(AreaCode),
    kind: Schema.optional(ActivityKind),
    ...pagingFields,
  }),
  response: Schema.Struct({
    items: Schema.Array(Activity),
    ...pageFields,
    totals: Schema.Record({ key: Schema.String, value: Schema.Number }).annotations({
      description: "Tổng số lượng theo loại hoạt động (ví dụ training: số lượt người)",
    }),
  }).annotations({ identifier: "ActivityList" }),
});

export const createActivity = activities.post("createActivity", "/activities", {
  summary: "Ghi một hoạt động",
  description:
    "unit (bắt buộc): đơn vị thực hiện; người gọi phải có quyền ghi trên đơn vị đó. Hoạt động được xếp sau các hoạt động đã có của đơn vị trong kỳ. documentId phải là văn bản có trong sổ.",
  body: ActivityInput,
  response: Activity,
  successStatus: 201,
  errors: ["ActivityInvalid"],
  audit: "handler",
});

export const getActivity = activityById.get({ operationId: "getActivity", summary: "Một hoạt động" });

export const updateActivity = activityById.update({
  operationId: "updateActivity",
  summary: "Sửa một hoạt động",
  description: `Chỉ gửi các trường cần sửa cùng version đã đọc, ví dụ { "count": 5, "version": 1 }. Phiên bản cũ → 409 ACTIVITY_CONFLICT, details.current là bản đang lưu. Cần quyền ghi trên đơn vị đang giữ hoạt động và trên unit mới.`,
  body: Schema.Struct({ ...ActivityPatch.fields, version: Version }).annotations({ identifier: "ActivityUpdate" }),
  errors: ["ActivityInvalid", "PeriodLocked"],
});

export const deleteActivity = activityById.remove({
  operationId: "deleteActivity",
  summary: "Xóa một hoạt động",
  description: "?version= (khuyên dùng): phiên bản cũ → 409 ACTIVITY_CONFLICT, không xóa. Cần quyền ghi trên đơn vị giữ hoạt động.",
  errors: ["PeriodLocked"],
});
