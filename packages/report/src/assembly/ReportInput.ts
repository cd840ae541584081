/**
 * Everything the assembly needs to write one report, as plain data: the unit and its province,
 * the period window, the header of Nghị định 30/2020, indicator values and their catalogue,
 * documents, tasks, inspections, activities, narratives and validation findings. The API's
 * gatherer loads it from the repositories; tests build it from the seed. Nothing here is text
 * that the assembly formats again, except figures, dates and document references.
 */
import { AreaCode } from "@cchc/domain/Area";
import { ValueKey } from "@cchc/domain/indicators/Value";
import { LocalDate } from "@cchc/domain/LocalDate";
import { PeriodWindow } from "@cchc/domain/Period";
import { TaskStatus } from "@cchc/domain/plans/Task";
import { signerAuthorities } from "@cchc/domain/report-settings/SignerAuthority";
import { Schema } from "effect";

/** The unit a report is written for, with the province whose figures it also states. */
export const ReportUnit = Schema.Struct({
  code: Schema.String,
  name: Schema.String.annotations({ description: "Tên đơn vị, ví dụ: Văn phòng Ủy ban nhân dân Tỉnh" }),
  shortName: Schema.optional(Schema.String),
  parentName: Schema.String.annotations({ description: "Tên cơ quan chủ quản, ví dụ: Ủy ban nhân dân tỉnh Đồng Tháp" }),
  provinceCode: Schema.String.annotations({ description: "Mã tỉnh có số liệu được nêu trong báo cáo (ví dụ: DT)" }),
  provinceName: Schema.String,
}).annotations({ identifier: "ReportUnit" });
export type ReportUnit = typeof ReportUnit.Type;

/** Who signs: "KT." (deputy for the head), "TM.", "TL.", "TUQ.", "Q." or nobody else (null): the domain's `SignerAuthority`. */
export const SignerAuthority = Schema.NullOr(Schema.Literal(...signerAuthorities));
export type SignerAuthority = typeof SignerAuthority.Type;

/** The signature block of Nghị định 30/2020. */
export const Signer = Schema.Struct({
  authority: SignerAuthority,
  authorityTitle: Schema.NullOr(Schema.String).annotations({ description: "Chức vụ người đứng đầu, ví dụ: CHÁNH VĂN PHÒNG" }),
  title: Schema.String.annotations({ description: "Chức vụ người ký, ví dụ: PHÓ CHÁNH VĂN PHÒNG" }),
  name: Schema.String,
}).annotations({ identifier: "Signer" });
export type Signer = typeof Signer.Type;

/** The header and closing data of the document (thể thức văn bản). */
export const ReportHeader = Schema.Struct({
  parentBody: Schema.String.annotations({
    description: "Cơ quan chủ quản: ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP; để trống khi cơ quan ban hành không có cơ quan chủ quản (UBND các cấp)",
  }),
  issuingBody: Schema.String.annotations({ description: "Cơ quan ban hành: VĂN PHÒNG" }),
  number: Schema.NullOr(Schema.String).annotations({ description: "Số văn bản; để trống khi là dự thảo" }),
  symbol: Schema.String.annotations({ description: "Ký hiệu, ví dụ: BC-VPUBND" }),
  place: Schema.String,
  date: LocalDate,
  type: Schema.String.annotations({ description: "Tên loại văn bản: BÁO CÁO" }),
  summary: Schema.optional(Schema.String).annotations({ description: "Trích yếu; mặc định lập từ kỳ báo cáo" }),
  addressee: Schema.optional(Schema.NullOr(Schema.String)),
  signer: Signer,
  recipients: Schema.Array(Schema.String).annotations({ description: "Nơi nhận, dòng cuối là Lưu: VT, …" }),
}).annotations({ identifier: "ReportHeader" });
export type ReportHeader = typeof ReportHeader.Type;

/** One figure: a unit's value of an indicator (disaggregation "" is the total). */
export const ReportValue = Schema.Struct({
  unit: Schema.String,
  ...ValueKey.fields,
  value: Schema.Number,
  /** The day the figure stands at when it is not the report's ("đến ngày 09/6/2022"). */
  asOf: Schema.optional(LocalDate),
}).annotations({ identifier: "ReportValue" });
export type ReportValue = typeof ReportValue.Type;

/** A term of a rate: an indicator with a disaggregation; none means the rate's own disaggregation. */
export const RateTerm = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.optional(Schema.String),
}).annotations({ identifier: "RateTerm" });
export type RateTerm = typeof RateTerm.Type;

/**
 * How a report computes a derived rate: sum(numerator) / sum(denominator) × 100, half up at
 * `decimals`, over terms resolved per disaggregation (the catalogue's `RateDefinition` states it as
 * expressions; the API's gatherer turns those into terms).
 */
export const ReportRate = Schema.Struct({
  numerator: Schema.NonEmptyArray(RateTerm),
  denominator: Schema.NonEmptyArray(RateTerm),
  decimals: Schema.Int,
  numeratorLabel: Schema.optional(Schema.String),
  denominatorLabel: Schema.optional(Schema.String),
  /** Disaggregations the rate exists for ("" for the plain rate). */
  disaggregations: Schema.optional(Schema.Array(Schema.String)),
  /** A name per disaggregation, when the catalogue names each one ("Tỷ lệ kinh phí tự chủ đã sử dụng…"). */
  names: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
}).annotations({ identifier: "ReportRate" });
export type ReportRate = typeof ReportRate.Type;

/** An indicator of the catalogue as a report uses it. */
export const CatalogueEntry = Schema.Struct({
  code: Schema.String,
  nameVi: Schema.String,
  unit: Schema.String.annotations({ description: "Đơn vị tính: hồ sơ, thủ tục, đồng, %" }),
  area: AreaCode,
  rate: Schema.optional(ReportRate),
}).annotations({ identifier: "CatalogueEntry" });
export type CatalogueEntry = typeof CatalogueEntry.Type;

/** A document issued or cited (kế hoạch, quyết định, công văn…). */
export const ReportDocumentRef = Schema.Struct({
  id: Schema.String,
  type: Schema.String.annotations({ description: "Viết tắt tên loại: KH, QĐ, BC, CV (công văn)…" }),
  number: Schema.String,
  symbol: Schema.String.annotations({ description: "Phần sau dấu /: KH-VPUBND, VPUBND-KSTTHC" }),
  date: LocalDate,
  issuer: Schema.String.annotations({ description: "Cơ quan ban hành: Văn phòng Ủy ban nhân dân Tỉnh" }),
  issuerUnit: Schema.optional(Schema.String),
  summary: Schema.String,
  area: Schema.optional(AreaCode),
  implementsId: Schema.optional(Schema.NullOr(Schema.String)),
}).annotations({ identifier: "ReportDocumentRef" });
export type ReportDocumentRef = typeof ReportDocumentRef.Type;

/** The unit's reform plan of the year and the document that adopted it (an id of `documents`). */
export const ReportPlan = Schema.Struct({
  title: Schema.String,
  documentId: Schema.NullOr(Schema.String),
}).annotations({ identifier: "ReportPlan" });
export type ReportPlan = typeof ReportPlan.Type;

/** Status of a task of the reform plan as the report states it (the domain's `TaskStatus`, plus "late"). */
export const ReportTaskStatus = Schema.Literal(...TaskStatus.literals, "late");
export type ReportTaskStatus = typeof ReportTaskStatus.Type;

/** A task of the unit's reform plan as the report lists it (projected from the domain's `PlanTask`). */
export const ReportTask = Schema.Struct({
  title: Schema.String,
  area: AreaCode,
  status: ReportTaskStatus,
  progress: Schema.NullOr(Schema.Number).annotations({ description: "Tiến độ (%)" }),
  deadline: Schema.NullOr(LocalDate),
}).annotations({ identifier: "ReportTask" });
export type ReportTask = typeof ReportTask.Type;

/** Tasks assigned by a higher body, as counts: done (on time or early), not yet due, late. */
export const AssignedTasks = Schema.Struct({
  source: Schema.Literal("government", "province"),
  unit: Schema.String,
  total: Schema.NullOr(Schema.Int),
  done: Schema.NullOr(Schema.Int),
  notDue: Schema.NullOr(Schema.Int),
  late: Schema.NullOr(Schema.Int),
}).annotations({ identifier: "AssignedTasks" });
export type AssignedTasks = typeof AssignedTasks.Type;

/** An inspection held in the period as the report cites it (projected from the domain's `Inspection`). */
export const ReportInspection = Schema.Struct({
  date: LocalDate,
  title: Schema.String,
  leader: Schema.optional(Schema.String),
  scope: Schema.optional(Schema.String),
  outcome: Schema.optional(Schema.String),
}).annotations({ identifier: "ReportInspection" });
export type ReportInspection = typeof ReportInspection.Type;

/**
 * A reform activity as the report states it: a training course (people counted), a model or
 * initiative, an IT fact, a communication action (projected from the domain's `Activity`).
 */
export const ReportActivity = Schema.Struct({
  kind: Schema.Literal("training", "model", "it", "communication"),
  title: Schema.String,
  date: Schema.optional(Schema.NullOr(LocalDate)),
  people: Schema.optional(Schema.NullOr(Schema.Int)),
  participants: Schema.optional(Schema.String).annotations({ description: "Đối tượng: công chức, viên chức" }),
  count: Schema.optional(Schema.NullOr(Schema.Int)).annotations({ description: "Số lượng nêu kèm hoạt động (ví dụ: 143 xã)" }),
  countUnit: Schema.optional(Schema.NullOr(Schema.String)).annotations({ description: "Đơn vị của số lượng: xã, phường, thị trấn" }),
}).annotations({ identifier: "ReportActivity" });
export type ReportActivity = typeof ReportActivity.Type;

/** Section ids that hold narrative text. */
export const NarrativeSection = Schema.Literal(
  "direction.office",
  "direction.province",
  "institution",
  "procedure",
  "procedure.onestop",
  "procedure.digitisation",
  "procedure.feedback",
  "procedure.quality",
  "apparatus",
  "civil-service",
  "public-finance",
  "public-finance.investment",
  "e-government",
  "assessment",
  "directions",
  "recommendations",
);
export type NarrativeSection = typeof NarrativeSection.Type;

/** A validation finding about the data, shown to the author before rendering (a projection of the domain's validation `Finding`, with its unit). */
export const ReportFinding = Schema.Struct({
  rule: Schema.String,
  importance: Schema.Literal("error", "warning", "info"),
  message: Schema.String,
  indicator: Schema.optional(Schema.String),
  unit: Schema.optional(Schema.String),
}).annotations({ identifier: "ReportFinding" });
export type ReportFinding = typeof ReportFinding.Type;

/** The complete input of one report. */
export const ReportInput = Schema.Struct({
  unit: ReportUnit,
  period: PeriodWindow,
  header: ReportHeader,
  /** Date the figures stand at ("đến ngày 09/6/2022"); default: the earlier of report date and period end. */
  figuresAsOf: Schema.optional(LocalDate),
  values: Schema.Array(ReportValue),
  catalogue: Schema.Array(CatalogueEntry),
  documents: Schema.Array(ReportDocumentRef),
  plan: Schema.optional(ReportPlan),
  planTasks: Schema.Array(ReportTask),
  assignedTasks: Schema.Array(AssignedTasks),
  inspections: Schema.Array(ReportInspection),
  activities: Schema.Array(ReportActivity),
  narratives: Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }),
  findings: Schema.Array(ReportFinding),
}).annotations({ identifier: "ReportInput" });
export type ReportInput = typeof ReportInput.Type;
