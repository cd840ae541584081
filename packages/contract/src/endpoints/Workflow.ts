/**
 * The review workflow: a unit's report for a period is submitted (editor), approved, returned or
 * reopened (approver); the superior sees its subtree's submissions; a resubmission shows what
 * changed.
 */
import * as Period from "@cchc/domain/Period";
import { ReportItem, ReportState } from "@cchc/domain/workflow/ReportWorkflow";
import { Schema } from "effect";
import { reportWorkflow } from "../EndpointGroups.js";

const UnitPeriod = Schema.Struct({
  unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }),
  period: Period.PeriodCode,
});

const Finding = Schema.Struct({ rule: Schema.String, importance: Schema.Literal("error", "warning"), message: Schema.String });
const Change = Schema.Struct({
  indicator: Schema.String,
  disaggregation: Schema.String,
  kind: Schema.Literal("added", "removed", "changed"),
  before: Schema.NullOr(Schema.Number),
  after: Schema.NullOr(Schema.Number),
}).annotations({ identifier: "FigureChange" });

const Step = Schema.Struct({
  id: Schema.Number,
  command: Schema.Literal("submit", "approve", "return", "reopen"),
  from: ReportState,
  to: ReportState,
  actor: Schema.Struct({ kind: Schema.String, id: Schema.NullOr(Schema.String), name: Schema.NullOr(Schema.String) }),
  at: Schema.String,
  reason: Schema.NullOr(Schema.String),
  comment: Schema.NullOr(Schema.String),
  items: Schema.Array(ReportItem),
  deadline: Schema.NullOr(Schema.String),
  timeliness: Schema.NullOr(Schema.Literal("on-time", "late")),
}).annotations({ identifier: "WorkflowStep" });

const Status = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  state: ReportState,
  submissions: Schema.Number,
  locked: Schema.Boolean.annotations({ description: "Số liệu đã bị khóa bởi phê duyệt (trừ các mục mở lại)" }),
  open: Schema.Array(ReportItem),
  deadline: Schema.NullOr(Schema.String),
  history: Schema.Array(Step),
}).annotations({ identifier: "ReportWorkflow" });

const Regime = Schema.Struct({ regime: Schema.optional(Period.Regime) });
const Decision = Schema.Struct({ comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))) });
const Reasoned = Schema.Struct({
  reason: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4000)).annotations({ description: "Lý do (bắt buộc)" }),
  items: Schema.Array(ReportItem).annotations({ description: "Các chỉ tiêu hoặc phần liên quan" }),
  comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))),
});

/** What returning and reopening share: an approver's step that names the items concerned and why. */
const reasonedStep = {
  params: UnitPeriod,
  body: Reasoned,
  response: Status,
  errors: ["WorkflowTransitionInvalid", "WorkflowReasonMissing", "OrgUnitNotFound"],
  access: { action: "approve", lock: false },
  audit: "handler",
} as const;

export const getReportWorkflow = reportWorkflow.get("getReportWorkflow", "/units/:unit/periods/:period/workflow", {
  summary: "Trạng thái và lịch sử phê duyệt báo cáo của đơn vị trong kỳ",
  params: UnitPeriod,
  query: Regime,
  response: Status,
  errors: ["OrgUnitNotFound"],
});

export const submitReport = reportWorkflow.post("submitReport", "/units/:unit/periods/:period/submit", {
  summary: "Gửi báo cáo để phê duyệt",
  description:
    "Chạy kiểm tra số liệu: chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do thì không gửi được (422 SUBMISSION_INCOMPLETE, details.missing liệt kê mã và tên chỉ tiêu); còn lỗi khác thì không gửi được (422 SUBMISSION_BLOCKED); có cảnh báo thì cần ghi chú giải trình (comment). Ghi nhận hạn gửi (theo ngày làm việc) và gửi đúng hạn hay muộn, lưu ảnh chụp số liệu để so sánh khi gửi lại.",
  params: UnitPeriod,
  body: Schema.Struct({ comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))), regime: Schema.optional(Period.Regime) }),
  response: Schema.Struct({
    status: Status,
    deadline: Schema.String,
    timeliness: Schema.Literal("on-time", "late"),
    findings: Schema.Array(Finding),
    changes: Schema.Array(Change).annotations({ description: "Số liệu thay đổi so với lần gửi trước" }),
  }),
  errors: [
    "SubmissionIncomplete",
    "SubmissionBlocked",
    "WarningCommentRequired",
    "WorkflowTransitionInvalid",
    "OrgUnitNotFound",
    "PeriodNotInRegime",
  ],
  access: { action: "write-values", lock: false },
  audit: "handler",
});

export const approveReport = reportWorkflow.post("approveReport", "/units/:unit/periods/:period/approve", {
  summary: "Phê duyệt báo cáo (khóa số liệu)",
  description: "Khóa số liệu của đơn vị trong kỳ: ghi số liệu sau đó bị từ chối (409 PERIOD_LOCKED) cho tới khi mở lại.",
  params: UnitPeriod,
  body: Decision,
  response: Status,
  errors: ["WorkflowTransitionInvalid", "OrgUnitNotFound"],
  access: { action: "approve", lock: false },
  audit: "handler",
});

export const returnReport = reportWorkflow.post("returnReport", "/units/:unit/periods/:period/return", {
  summary: "Trả lại báo cáo kèm lý do",
  description: "Lý do gắn với các phần hoặc chỉ tiêu cần sửa (items).",
  ...reasonedStep,
});

export const reopenReport = reportWorkflow.post("reopenReport", "/units/:unit/periods/:period/reopen", {
  summary: "Mở lại một phần báo cáo đã phê duyệt",
  description: "Chỉ mở các chỉ tiêu hoặc phần được nêu (items, bắt buộc), kèm lý do.",
  ...reasonedStep,
});

export const listSubmissions = reportWorkflow.get("listSubmissions", "/units/:unit/periods/:period/submissions", {
  summary: "Tình hình gửi báo cáo của các đơn vị cấp dưới",
  description: "Ai đã gửi, đúng hạn hay muộn, ai chưa gửi (quá hạn), báo cáo nào bị trả lại và vì sao.",
  params: UnitPeriod,
  query: Regime,
  response: Schema.Struct({
    unit: Schema.String,
    period: Schema.String,
    regime: Period.Regime,
    lines: Schema.Array(
      Schema.Struct({
        unit: Schema.String,
        name: Schema.String,
        parentCode: Schema.NullOr(Schema.String),
        state: ReportState,
        submissions: Schema.Number,
        firstSubmittedAt: Schema.NullOr(Schema.String),
        lastSubmittedAt: Schema.NullOr(Schema.String),
        deadline: Schema.String,
        timeliness: Schema.NullOr(Schema.Literal("on-time", "late")),
        overdue: Schema.Boolean,
        returned: Schema.NullOr(
          Schema.Struct({ reason: Schema.NullOr(Schema.String), items: Schema.Array(ReportItem), at: Schema.String }),
        ),
      }),
    ),
    summary: Schema.Struct({
      units: Schema.Number,
      submitted: Schema.Number,
      onTime: Schema.Number,
      late: Schema.Number,
      missing: Schema.Number,
      returned: Schema.Number,
      approved: Schema.Number,
    }),
  }).annotations({ identifier: "SubmissionOverview" }),
  errors: ["OrgUnitNotFound"],
});

export const getReportChanges = reportWorkflow.get("getReportChanges", "/units/:unit/periods/:period/changes", {
  summary: "Số liệu thay đổi so với lần gửi trước",
  params: UnitPeriod,
  response: Schema.Struct({
    submissions: Schema.Number,
    sinceLastSubmission: Schema.Array(Change),
    betweenLastTwo: Schema.Array(Change),
  }).annotations({ identifier: "ReportChanges" }),
});
