/**
 * Dossier records from one-stop systems and the statistics built from them: `POST
 * /dossiers/batch` takes a batch of records (JSON lines or CSV; stored whole or not at all,
 * idempotent, the later `updatedAt` wins); `POST /dossiers/bulk` is the first load of a source's
 * history; `GET …/dossier-stats` answers the dossier block of a unit's subtree for a period with
 * the QĐ 766 rates; `POST …/dossier-stats/values` writes the block as indicator values with
 * source "computed". Rules: docs/dossier-statistics.md.
 */
import { type AccessInput, textAt } from "../Endpoint.js";
import { dossiers } from "../EndpointGroups.js";
import {
  BATCH_CONTENT_TYPES,
  BatchAnswer,
  BatchQuery,
  BulkAnswer,
  ComputedValuesAnswer,
  DossierStatsAnswer,
  StatsQuery,
  UnitPeriodParams,
  ValuesQuery,
} from "../schemas/Dossiers.js";

/** The branch a batch names in `?unit=` (checked before the body is read), if any. */
const batchUnit = (input: AccessInput): string | undefined => textAt(input.query, "unit");

export const ingestDossierBatch = dossiers.post("ingestDossierBatch", "/dossiers/batch", {
  summary: "Nhập một lô hồ sơ TTHC từ hệ thống một cửa (JSON lines hoặc CSV)",
  description:
    "Mỗi dòng một hồ sơ với các trường source, dossierId, procedureCode, procedureLevel (province|district|commune), unitCode, channel (online-full|online-partial|in-person|post), receivedAt, appointmentDate, extensionDate, resolvedAt, outcome (resolved|returned|withdrawn|rejected), dossierDigitised, resultDigitised, paidOnline, updatedAt (xem docs/dossier-statistics.md). CSV: dòng 1 là tiêu đề với đúng 15 tên trường. Cả lô được lưu hoặc không lưu gì; gửi lại cùng lô không thay đổi gì; với cùng (source, dossierId) phiên bản có updatedAt muộn hơn thắng, bất kể thứ tự gửi. Tối đa 50.000 dòng và 32 MB (413 DOSSIER_BATCH_TOO_LARGE). Dòng sai → 400 DOSSIER_BATCH_INVALID, details liệt kê { line, field, reason, message } (tối đa 100 dòng).",
  query: BatchQuery,
  rawBody: {
    contentTypes: [...BATCH_CONTENT_TYPES],
    description: "Lô hồ sơ: JSON lines (một đối tượng mỗi dòng) hoặc CSV có dòng tiêu đề, UTF-8",
  },
  response: BatchAnswer,
  errors: ["MediaTypeUnsupported", "TextEncodingInvalid", "DossierBatchInvalid", "DossierBatchTooLarge", "DossierBatchBodyTooLarge"],
  access: { action: "write-dossiers", unit: batchUnit },
});

export const bulkLoadDossiers = dossiers.post("bulkLoadDossiers", "/dossiers/bulk", {
  summary: "Nạp ban đầu hồ sơ TTHC của nguồn chưa có hồ sơ (CSV, cả tệp trong một giao dịch)",
  description:
    "Cho lần nhập đầu tiên lịch sử hồ sơ của một hệ thống một cửa: tệp CSV (dòng 1 là tiêu đề, cùng các trường như /dossiers/batch) được đọc dần, không giới hạn số dòng; mọi dòng được kiểm tra như khi nhập lô, rồi phiên bản mới nhất của mỗi hồ sơ được lưu và bộ đếm được dựng một lần. Cả tệp được lưu hoặc không lưu gì. Nguồn (source) đã có hồ sơ bị từ chối (400 DOSSIER_BATCH_INVALID, reason source-not-empty): hãy dùng /dossiers/batch. Đơn vị tiếp nhận ngoài quyền write-dossiers của người gọi: reason unit-not-allowed.",
  query: BatchQuery,
  rawBody: { contentTypes: ["text/csv"], description: "Tệp CSV hồ sơ có dòng tiêu đề, UTF-8" },
  response: BulkAnswer,
  errors: ["MediaTypeUnsupported", "DossierBatchInvalid"],
  access: { action: "write-dossiers", unit: batchUnit },
});

export const getDossierStats = dossiers.get("getDossierStats", "/units/:unit/periods/:period/dossier-stats", {
  summary: "Số liệu hồ sơ TTHC của đơn vị (gồm đơn vị trực thuộc) trong kỳ, theo cấp và kênh, kèm chỉ số QĐ 766",
  description:
    "Tồn kỳ trước, tiếp nhận mới (theo kênh), tổng tiếp nhận, đã giải quyết (trước hạn/đúng hạn/quá hạn), trả lại/rút/từ chối, đang giải quyết (trong hạn/quá hạn) tính từ hồ sơ đã nhập; ngày theo giờ Việt Nam. Chỉ số phục vụ kèm tử số, mẫu số và diễn giải.",
  params: UnitPeriodParams,
  query: StatsQuery,
  response: DossierStatsAnswer,
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "DossierWindowInvalid"],
  access: { action: "read", unit: (input) => textAt(input.params, "unit") },
});

export const writeDossierStatsValues = dossiers.post("writeDossierStatsValues", "/units/:unit/periods/:period/dossier-stats/values", {
  summary: "Ghi số liệu hồ sơ TTHC của kỳ thành giá trị chỉ tiêu (nguồn computed)",
  description:
    "Ghi các chỉ tiêu tthc.hoso.* (tổng và phân tổ channel, timeliness, pending, level) tính từ hồ sơ cho (đơn vị, kỳ), không kiểm tra phiên bản; lịch sử thay đổi được giữ. dryRun=true: chỉ cho biết sẽ thay đổi gì, không lưu. Kỳ đã phê duyệt bị khóa (409 PERIOD_LOCKED).",
  params: UnitPeriodParams,
  query: ValuesQuery,
  response: ComputedValuesAnswer,
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "DossierWindowInvalid", "PeriodLocked", "ValueConflict"],
  // each changed value is recorded with before and after, as an entered value is
  audit: "handler",
});
