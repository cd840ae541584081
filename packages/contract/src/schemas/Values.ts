/**
 * Request and response shapes of the values endpoints (`endpoints/Values`), shared with the
 * endpoints of other features that name a unit's period or a value change.
 */
import { StoredValue } from "@cchc/domain/indicators/Value";
import { LocalDate } from "@cchc/domain/LocalDate";
import { Finding } from "@cchc/domain/validation/Finding";
import { Schema } from "effect";
import { pageFields } from "../Paging.js";

/** Path of a unit's period. */
export const UnitPeriodParams = Schema.Struct({
  unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT hoặc DT.VPUBND" }),
  period: Schema.String.annotations({ description: "Mã kỳ báo cáo, ví dụ 2022-H1" }),
});

/** What a call on a unit's period answers for an unknown unit, a malformed period or a year without catalogue. */
export const unitPeriodErrors = ["OrgUnitNotFound", "PeriodCodeInvalid", "CatalogueNotFound"] as const;

const Comment = Schema.String.pipe(Schema.maxLength(2000, { message: () => "Ghi chú tối đa 2000 ký tự" }));
const Version = Schema.Int.pipe(Schema.nonNegative({ message: () => "version phải là số nguyên ≥ 0" })).annotations({
  description: "Phiên bản đã đọc (0 = tạo mới); phiên bản cũ bị từ chối với 409 VALUE_CONFLICT",
});

/** Body of `PUT …/values/{indicator}`. */
export const PutValueBody = Schema.Struct({
  disaggregation: Schema.optional(Schema.String).annotations({ description: "Phân tổ, ví dụ channel=online; bỏ trống = tổng số" }),
  value: Schema.Number.annotations({ description: "Giá trị: số nguyên với số đếm, số nguyên đồng với số tiền" }),
  version: Version,
  comment: Schema.optional(Comment),
  asOf: Schema.optional(Schema.NullOr(LocalDate)).annotations({
    description: "Ngày số liệu được chốt khi khác ngày cuối kỳ (YYYY-MM-DD); null xóa; bỏ trống giữ nguyên",
  }),
}).annotations({ identifier: "PutValueBody" });

/** One item of a bulk entry. */
export const BulkItem = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.optional(Schema.String),
  value: Schema.Number,
  version: Schema.optional(Version).annotations({ description: "Bỏ trống = ghi không kiểm tra phiên bản (nhập khẩu)" }),
  comment: Schema.optional(Comment),
  asOf: Schema.optional(Schema.NullOr(LocalDate)).annotations({ description: "Ngày số liệu được chốt khi khác ngày cuối kỳ" }),
}).annotations({ identifier: "BulkValueItem" });

/** Where written values come from, as a writer may say it: "computed" and "consolidated" are the server's own. */
export const WrittenSource = Schema.Literal("entered", "imported").annotations({
  identifier: "WrittenValueSource",
  description:
    "Nguồn số liệu: entered (nhập tay, mặc định) hoặc imported (nạp từ tệp, báo cáo cũ); computed và consolidated do máy chủ ghi",
});

const DryRun = Schema.optional(Schema.Boolean).annotations({
  description: "true: chỉ cho biết sẽ thay đổi gì và kết quả kiểm tra, không lưu",
});

/** Body of the bulk entry. */
export const BulkBody = Schema.Struct({
  values: Schema.Array(BulkItem).pipe(Schema.maxItems(5000)),
  dryRun: DryRun,
  source: Schema.optional(WrittenSource),
}).annotations({ identifier: "BulkValuesBody" });

/** Most values one batch may carry over all its groups. */
export const BATCH_VALUES_LIMIT = 20_000;

/** One (unit, period) group of a batch. */
export const BatchGroup = Schema.Struct({
  unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }),
  period: Schema.String.annotations({ description: "Mã kỳ báo cáo, ví dụ 2022-H1" }),
  values: Schema.Array(BulkItem).pipe(Schema.maxItems(5000)),
}).annotations({ identifier: "ValueBatchGroup" });

/** Body of `POST /values/batch`. */
export const BatchBody = Schema.Struct({
  groups: Schema.Array(BatchGroup).pipe(Schema.minItems(1), Schema.maxItems(1000)),
  dryRun: DryRun,
  source: Schema.optional(WrittenSource),
}).annotations({ identifier: "ValueBatchBody" });

const OldNew = Schema.NullOr(Schema.Struct({ value: Schema.Number, version: Schema.Number }));

/** One change of a write. */
export const Change = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.String,
  old: OldNew,
  new: Schema.Struct({ value: Schema.Number, version: Schema.Number }),
  changed: Schema.Boolean,
}).annotations({ identifier: "ValueChange" });

/** Answer of a single write. */
export const PutValueAnswer = Schema.Struct({
  value: StoredValue,
  old: OldNew,
  changed: Schema.Boolean,
  findings: Schema.Array(Finding),
}).annotations({ identifier: "PutValueAnswer" });

/** What a write of several values answers: each change, and the validation findings after them. */
const changesAndFindings = { changes: Schema.Array(Change), findings: Schema.Array(Finding) };

/** Answer of a bulk write. */
export const BulkAnswer = Schema.Struct({
  dryRun: Schema.Boolean,
  ...changesAndFindings,
}).annotations({ identifier: "BulkValuesAnswer" });

/** The outcome of one group of a batch. */
export const BatchGroupAnswer = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  ...changesAndFindings,
}).annotations({ identifier: "ValueBatchGroupAnswer" });

/** Answer of a batch write: every group, in the order sent. */
export const BatchAnswer = Schema.Struct({
  dryRun: Schema.Boolean,
  groups: Schema.Array(BatchGroupAnswer),
}).annotations({ identifier: "ValueBatchAnswer" });

/** A computed rate with its formula. */
export const RateBody = Schema.Struct({
  code: Schema.String,
  disaggregation: Schema.String,
  nameVi: Schema.String,
  formula: Schema.String,
  formulaVi: Schema.String,
  numerator: Schema.NullOr(Schema.Number),
  denominator: Schema.NullOr(Schema.Number),
  decimals: Schema.Number,
  value: Schema.NullOr(Schema.Number),
  formatted: Schema.String.annotations({ description: "Tỷ lệ viết kiểu Việt Nam, ví dụ 98,5%; — khi không tính được" }),
}).annotations({ identifier: "ComputedRate" });

/** A stated rate compared with the computed one. */
export const ClaimBody = Schema.Struct({
  rate: Schema.String,
  disaggregation: Schema.String,
  stated: Schema.Number,
  statedText: Schema.String,
  decimals: Schema.Number,
  qualifier: Schema.Literal("exact", "at-least"),
  text: Schema.NullOr(Schema.String),
  computed: Schema.NullOr(Schema.Number),
  computedText: Schema.String,
  matches: Schema.NullOr(Schema.Boolean).annotations({ description: "null khi thiếu số liệu để tính" }),
  version: Schema.Number.annotations({ description: "Phiên bản, gửi lại khi sửa (PUT …/claims)" }),
}).annotations({ identifier: "RateClaimCheck" });

/** Answer of the values list. */
export const ValuesAnswer = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  catalogueYear: Schema.Number,
  items: Schema.Array(StoredValue),
  ...pageFields,
  rates: Schema.Array(RateBody),
  claims: Schema.Array(ClaimBody),
}).annotations({ identifier: "UnitPeriodValues" });

/** One change in a value's history. */
export const HistoryEntryBody = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.String,
  oldValue: Schema.NullOr(Schema.Number),
  newValue: Schema.Number,
  oldVersion: Schema.Number,
  newVersion: Schema.Number,
  source: Schema.String,
  comment: Schema.NullOr(Schema.String),
  changedBy: Schema.String,
  changedAt: Schema.String,
}).annotations({ identifier: "ValueHistoryEntry" });
