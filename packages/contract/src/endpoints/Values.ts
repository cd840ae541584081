/**
 * Indicator values of a unit's period: the list with computed rates and stated-rate checks, a
 * single write with optimistic concurrency (409 VALUE_CONFLICT when stale, nothing applied), and a
 * bulk entry that is all-or-nothing, with a dry run, and a batch across several (unit, period)
 * groups written in one transaction (`POST /values/batch`, for importing a file). Every write
 * answers the validation findings after the change. The approval lock is checked by the value
 * store inside the write's transaction (409 PERIOD_LOCKED), for every group of a batch.
 */
import { Schema } from "effect";
import { values } from "../EndpointGroups.js";
import { pagingFields } from "../Paging.js";
import {
  BatchAnswer,
  BatchBody,
  BulkAnswer,
  BulkBody,
  HistoryEntryBody,
  PutValueAnswer,
  PutValueBody,
  UnitPeriodParams,
  unitPeriodErrors,
  ValuesAnswer,
} from "../schemas/Values.js";

export const listValues = values.get("listValues", "/units/:unit/periods/:period/values", {
  summary: "Số liệu của đơn vị trong kỳ, tỷ lệ tính được và đối chiếu tỷ lệ báo cáo nêu",
  params: UnitPeriodParams,
  query: Schema.Struct(pagingFields),
  response: ValuesAnswer,
  errors: unitPeriodErrors,
});

export const putValue = values.put("putValue", "/units/:unit/periods/:period/values/:indicator", {
  summary: "Ghi một số liệu (kiểm tra phiên bản)",
  description:
    "version = phiên bản đã đọc (0 khi tạo mới). Phiên bản cũ → 409 VALUE_CONFLICT với details.current, không ghi. Sai kiểu giá trị → 400 chỉ rõ body.value. Trả về các phát hiện kiểm tra sau khi ghi.",
  params: Schema.Struct({ ...UnitPeriodParams.fields, indicator: Schema.String.annotations({ description: "Mã chỉ tiêu" }) }),
  body: PutValueBody,
  response: PutValueAnswer,
  errors: [...unitPeriodErrors, "IndicatorNotFound", "ValueConflict", "PeriodLocked"],
  audit: "handler",
});

export const bulkValues = values.post("bulkValues", "/units/:unit/periods/:period/values", {
  summary: "Nhập nhiều số liệu một lần (tất cả hoặc không)",
  description:
    "Mọi giá trị được kiểm tra trước; một giá trị sai → 400 chỉ rõ body.values[i].value và không lưu gì. Ghi trong một giao dịch. dryRun = true: trả về thay đổi (cũ → mới) và kết quả kiểm tra sau thay đổi, không lưu. source = imported: số liệu nạp từ tệp hoặc báo cáo cũ (mặc định entered). Kỳ đã phê duyệt bị khóa (409 PERIOD_LOCKED).",
  params: UnitPeriodParams,
  body: BulkBody,
  response: BulkAnswer,
  errors: [...unitPeriodErrors, "ValueConflict", "PeriodLocked"],
  audit: "handler",
});

export const batchValues = values.post("batchValues", "/values/batch", {
  summary: "Nhập số liệu của nhiều đơn vị và kỳ trong một giao dịch (tất cả hoặc không)",
  description:
    "Mỗi nhóm là một (đơn vị, kỳ) với các số liệu của nó. Quyền ghi số liệu được kiểm tra cho đơn vị của mọi nhóm (403 nếu thiếu một); mọi giá trị được kiểm tra trước — một lỗi → 400 chỉ rõ body.groups[i].values[j].value (hoặc body.groups[i].unit, body.groups[i].period) và không lưu gì. Mọi nhóm được ghi trong một giao dịch: một nhóm bị từ chối (409 PERIOD_LOCKED khi kỳ đã phê duyệt, 409 VALUE_CONFLICT khi phiên bản cũ) thì không nhóm nào được lưu. dryRun = true: trả về thay đổi và kết quả kiểm tra của từng nhóm, không lưu. source = imported cho số liệu nạp từ tệp hoặc báo cáo cũ (mặc định entered).",
  body: BatchBody,
  response: BatchAnswer,
  errors: ["ValueConflict", "PeriodLocked"],
  // The units are in the groups: the handler checks each one; the value store checks each group's lock in its transaction.
  access: { action: "write-values", unit: () => undefined, lock: false },
  audit: "handler",
});

export const valueHistory = values.get("valueHistory", "/units/:unit/periods/:period/values/:indicator/history", {
  summary: "Lịch sử thay đổi của một chỉ tiêu (giá trị cũ → mới, ai, khi nào)",
  description:
    "Mỗi lần giá trị thay đổi: giá trị và phiên bản cũ → mới, nguồn, ghi chú, người thay đổi (changedBy; với mã truy cập API là chủ mã) và thời điểm (changedAt). Nhật ký /audit?entity=value ghi thêm loại người thực hiện (người dùng hay mã truy cập).",
  params: Schema.Struct({ ...UnitPeriodParams.fields, indicator: Schema.String }),
  response: Schema.Struct({ items: Schema.Array(HistoryEntryBody), total: Schema.Number }).annotations({ identifier: "ValueHistory" }),
  errors: unitPeriodErrors,
});
