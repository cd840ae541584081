/**
 * Request and response shapes of the dossier endpoints (`./Dossiers.ts`). The
 * block mirrors `@cchc/domain/dossiers/DossierStats.DossierBlock` field for field (the schema is
 * typed against it so the two cannot drift).
 */
import type { ServiceIndicator } from "@cchc/domain/dossiers/DossierIndicators";
import type { DossierBlock } from "@cchc/domain/dossiers/DossierStats";
import { LocalDate } from "@cchc/domain/LocalDate";
import { Regime } from "@cchc/domain/Period";
import { Schema } from "effect";
import { Change } from "./Values.js";

const count = (description: string) => Schema.Number.annotations({ description });

/** JSON-lines content types of a dossier batch. */
export const JSON_LINES_TYPES = ["application/x-ndjson", "application/jsonl"] as const;

/** Every content type a dossier batch may be sent as. */
export const BATCH_CONTENT_TYPES = [...JSON_LINES_TYPES, "text/csv"] as const;

/** Counts per channel (the four channels of a one-stop system). */
const ByChannelCounts = Schema.Struct({
  "online-full": count("Trực tuyến toàn trình"),
  "online-partial": count("Trực tuyến một phần"),
  "in-person": count("Trực tiếp"),
  post: count("Qua dịch vụ bưu chính"),
}).annotations({ identifier: "DossierChannelCounts", description: "Số hồ sơ tiếp nhận mới theo kênh" });

/** The dossier block of a report ("Kết quả giải quyết hồ sơ TTHC"). */
export const DossierBlockBody: Schema.Schema<DossierBlock> = Schema.Struct({
  received: count("Tổng số hồ sơ tiếp nhận = tồn kỳ trước + tiếp nhận mới (tthc.hoso.tiepnhan)"),
  carriedOver: count("Số hồ sơ tồn kỳ trước chuyển qua (tthc.hoso.tonkytruoc)"),
  newReceived: count("Số hồ sơ tiếp nhận mới trong kỳ (tthc.hoso.tiepnhanmoi)"),
  newByGroup: Schema.Struct({
    online: count("Trực tuyến (toàn trình và một phần)"),
    offline: count("Trực tiếp và qua dịch vụ bưu chính"),
  }).annotations({ description: "Tiếp nhận mới theo nhóm kênh (phân tổ channel)" }),
  newByChannel: ByChannelCounts,
  resolved: count("Số hồ sơ đã giải quyết trong kỳ (tthc.hoso.dagiaiquyet)"),
  resolvedByTimeliness: Schema.Struct({
    early: count("Trước hạn"),
    "on-time": count("Đúng hạn"),
    late: count("Quá hạn"),
  }).annotations({ description: "Đã giải quyết theo tiến độ, so với ngày hẹn trả (ngày gia hạn nếu có)" }),
  resolvedExtended: count("Trong số đã giải quyết: hồ sơ có gia hạn (xét theo ngày hẹn mới)"),
  returned: count("Số hồ sơ trả lại trong kỳ"),
  withdrawn: count("Số hồ sơ rút trong kỳ"),
  rejected: count("Số hồ sơ từ chối trong kỳ"),
  pending: count("Số hồ sơ đang giải quyết cuối kỳ (tthc.hoso.danggiaiquyet)"),
  pendingByState: Schema.Struct({
    within: count("Trong hạn"),
    overdue: count("Quá hạn"),
  }).annotations({ description: "Đang giải quyết theo hạn tại ngày cuối kỳ" }),
  newDigitised: count("Tiếp nhận mới có hồ sơ được số hóa"),
  newPaidOnline: count("Tiếp nhận mới có thanh toán trực tuyến"),
  resolvedResultDigitised: count("Đã giải quyết có kết quả được số hóa"),
}).annotations({ identifier: "DossierBlock", description: "Khối số liệu hồ sơ TTHC của một kỳ" });

/** A QĐ 766 rate with its formula. */
export const ServiceIndicatorBody: Schema.Schema<ServiceIndicator> = Schema.Struct({
  code: Schema.String.annotations({ description: "Mã chỉ tiêu tỷ lệ, ví dụ tthc.hoso.dunghan.tyle" }),
  nameVi: Schema.String,
  componentVi: Schema.String.annotations({ description: "Thành phần của Bộ chỉ số theo Quyết định 766/QĐ-TTg" }),
  numeratorVi: Schema.String.annotations({ description: "Tử số (diễn giải)" }),
  denominatorVi: Schema.String.annotations({ description: "Mẫu số (diễn giải)" }),
  numerator: Schema.Number,
  denominator: Schema.Number,
  value: Schema.NullOr(Schema.Number).annotations({
    description: "Phần trăm, làm tròn nửa lên 1 chữ số thập phân; null khi mẫu số bằng 0",
  }),
}).annotations({ identifier: "DossierServiceIndicator", description: "Chỉ số phục vụ theo Quyết định 766/QĐ-TTg tính từ hồ sơ" });

/** Path of a unit's period. */
export const UnitPeriodParams = Schema.Struct({
  unit: Schema.String.annotations({ description: "Mã đơn vị; số liệu gồm đơn vị và mọi đơn vị trực thuộc" }),
  period: Schema.String.annotations({ description: "Mã kỳ báo cáo, ví dụ 2022-H1" }),
});

/** Query of the statistics routes. */
export const StatsQuery = Schema.Struct({
  regime: Schema.optional(Regime).annotations({ description: "Chế độ kỳ báo cáo: nd09 (mặc định, ngày 15 → 14), calendar, bnv" }),
});

/** Answer of `GET …/dossier-stats`. */
export const DossierStatsAnswer = Schema.Struct({
  unit: Schema.String,
  period: Schema.Struct({
    code: Schema.String,
    regime: Regime,
    start: LocalDate,
    end: LocalDate,
    label: Schema.String.annotations({ description: "Tên kỳ, ví dụ 6 tháng đầu năm 2022" }),
  }).annotations({ identifier: "DossierStatsPeriod" }),
  total: DossierBlockBody,
  byLevel: Schema.Struct({ province: DossierBlockBody, district: DossierBlockBody, commune: DossierBlockBody }).annotations({
    description: "Theo cấp thủ tục (phân tổ level)",
  }),
  byChannel: Schema.Struct({
    "online-full": DossierBlockBody,
    "online-partial": DossierBlockBody,
    "in-person": DossierBlockBody,
    post: DossierBlockBody,
  }).annotations({ description: "Theo kênh tiếp nhận" }),
  serviceIndicators: Schema.Array(ServiceIndicatorBody).annotations({ description: "Các tỷ lệ của tổng số, kèm công thức" }),
}).annotations({
  identifier: "DossierStats",
  description: "Số liệu hồ sơ TTHC của đơn vị (gồm đơn vị trực thuộc) trong kỳ, tính từ hồ sơ đã nhập",
});

/** Query of the batch route. */
export const BatchQuery = Schema.Struct({
  unit: Schema.optional(Schema.String).annotations({
    description:
      "Nhánh đơn vị của lô (tùy chọn): kiểm tra quyền trước khi đọc nội dung; mọi đơn vị tiếp nhận trong lô vẫn được kiểm tra quyền",
  }),
});

/** Answer of `POST /dossiers/batch`. */
export const BatchAnswer = Schema.Struct({
  lines: count("Số dòng hồ sơ hợp lệ đã đọc"),
  inserted: count("Hồ sơ lưu lần đầu"),
  updated: count("Hồ sơ được thay bằng phiên bản mới hơn (updatedAt muộn hơn)"),
  unchanged: count("Dòng không thay đổi gì (cùng hoặc cũ hơn phiên bản đã lưu, hoặc bị dòng khác trong lô thay thế)"),
}).annotations({ identifier: "DossierBatchResult", description: "Kết quả nhập một lô hồ sơ (lưu cả lô hoặc không lưu gì)" });

/** Answer of `POST /dossiers/bulk`. */
export const BulkAnswer = Schema.Struct({
  lines: count("Số dòng hồ sơ hợp lệ đã đọc"),
  inserted: count("Hồ sơ đã lưu (phiên bản mới nhất của mỗi khóa source + dossierId)"),
  superseded: count("Dòng bị phiên bản mới hơn của cùng hồ sơ trong tệp thay thế"),
  keyBuiltAfter: Schema.Boolean.annotations({
    description: "true khi bảng hồ sơ còn trống lúc nạp: khóa của bảng được bỏ trong khi nạp và dựng lại một lần ở cuối",
  }),
}).annotations({ identifier: "DossierBulkResult", description: "Kết quả nạp ban đầu (lưu cả tệp hoặc không lưu gì)" });

/** Query of the computed-values route. */
export const ValuesQuery = Schema.Struct({
  ...StatsQuery.fields,
  dryRun: Schema.optional(Schema.BooleanFromString).annotations({ description: "true: chỉ cho biết sẽ thay đổi gì, không lưu" }),
});

/** Answer of `POST …/dossier-stats/values`. */
export const ComputedValuesAnswer = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  dryRun: Schema.Boolean,
  changed: count("Số giá trị thay đổi (hoặc sẽ thay đổi khi dryRun)"),
  changes: Schema.Array(Change).annotations({ description: "Mọi giá trị tthc.hoso.* tính được, cũ → mới" }),
}).annotations({ identifier: "DossierComputedValues", description: "Số liệu hồ sơ ghi thành giá trị chỉ tiêu với nguồn computed" });
