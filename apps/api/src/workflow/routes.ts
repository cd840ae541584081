/**
 * The review workflow over HTTP: a unit's report for a period is submitted (editor), approved,
 * returned or reopened (approver); the superior sees its subtree's submissions; a resubmission
 * shows what changed. Every step is recorded with its actor in the workflow history and the audit
 * trail.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { WorkflowRepo, type WorkflowStep } from "@cchc/db/workflow/WorkflowRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as LocalDate from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import * as Deadline from "@cchc/domain/workflow/Deadline";
import { ReportItem, ReportState } from "@cchc/domain/workflow/ReportWorkflow";
import { Clock, Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import * as Service from "./WorkflowService.js";

const TAGS = ["Quy trình báo cáo"];

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

const stepView = (s: WorkflowStep): typeof Step.Type => ({
  id: s.id,
  command: s.command,
  from: s.from,
  to: s.to,
  actor: s.actor,
  at: s.at.toISOString(),
  reason: s.reason,
  comment: s.comment,
  items: s.items,
  deadline: s.deadline,
  timeliness: s.timeliness,
});

const acting = Effect.gen(function* () {
  const p = yield* CurrentPrincipal;
  const ms = yield* Clock.currentTimeMillis;
  return { actor: actorOf(p), at: new Date(ms) };
});

const statusOf = (unit: string, period: string, regime: Period.Regime) =>
  Effect.gen(function* () {
    const repo = yield* WorkflowRepo;
    const status = yield* repo.status(unit, period);
    const history = yield* repo.history(unit, period);
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    const deadline = Deadline.deadlineOf(period, Deadline.defaultRules[regime], u.parentCode === null);
    return {
      unit,
      period,
      ...status,
      deadline: deadline._tag === "Right" ? deadline.right : null,
      history: history.map(stepView),
    };
  });

const Regime = Schema.Struct({ regime: Schema.optional(Period.Regime) });
const Decision = Schema.Struct({ comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))) });
const Reasoned = Schema.Struct({
  reason: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4000)).annotations({ description: "Lý do (bắt buộc)" }),
  items: Schema.Array(ReportItem).annotations({ description: "Các chỉ tiêu hoặc phần liên quan" }),
  comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))),
});

const decision = (
  command: "approve" | "return" | "reopen",
  summary: string,
  description: string,
  body: typeof Decision | typeof Reasoned,
) =>
  route(
    {
      method: "post",
      path: `/units/:unit/periods/:period/${command}`,
      operationId: `${command}Report`,
      summary,
      description,
      tags: TAGS,
      params: UnitPeriod,
      body: body as typeof Reasoned,
      response: Status,
      errors: ["WORKFLOW_TRANSITION_INVALID", "WORKFLOW_REASON_MISSING", "ORG_UNIT_NOT_FOUND"],
      access: { action: "approve", lock: false },
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const who = yield* acting;
        const b = body as Partial<typeof Reasoned.Type>;
        const cmd = command === "approve" ? { kind: "approve" as const } : { kind: command, reason: b.reason ?? "", items: b.items ?? [] };
        yield* Service.decide(params.unit, params.period, cmd, b.comment, who);
        return yield* statusOf(params.unit, params.period, "nd09");
      }),
  );

/** Workflow routes. */
export const workflowRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/workflow",
      operationId: "getReportWorkflow",
      summary: "Trạng thái và lịch sử phê duyệt báo cáo của đơn vị trong kỳ",
      tags: TAGS,
      params: UnitPeriod,
      query: Regime,
      response: Status,
    },
    ({ params, query }) => statusOf(params.unit, params.period, query.regime ?? "nd09"),
  ),
  route(
    {
      method: "post",
      path: "/units/:unit/periods/:period/submit",
      operationId: "submitReport",
      summary: "Gửi báo cáo để phê duyệt",
      description:
        "Chạy kiểm tra số liệu: chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do thì không gửi được (422 SUBMISSION_INCOMPLETE, details.missing liệt kê mã và tên chỉ tiêu); còn lỗi khác thì không gửi được (422 SUBMISSION_BLOCKED); có cảnh báo thì cần ghi chú giải trình (comment). Ghi nhận hạn gửi (theo ngày làm việc) và gửi đúng hạn hay muộn, lưu ảnh chụp số liệu để so sánh khi gửi lại.",
      tags: TAGS,
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
        "SUBMISSION_INCOMPLETE",
        "SUBMISSION_BLOCKED",
        "WARNING_COMMENT_REQUIRED",
        "WORKFLOW_TRANSITION_INVALID",
        "ORG_UNIT_NOT_FOUND",
      ],
      access: { action: "write-values", lock: false },
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const who = yield* acting;
        const regime = body.regime ?? "nd09";
        const r = yield* Service.submit(params.unit, params.period, regime, body.comment, who);
        return {
          status: yield* statusOf(params.unit, params.period, regime),
          deadline: r.deadline,
          timeliness: r.timeliness,
          findings: r.findings.map((f) => ({ rule: f.rule, importance: f.importance, message: f.message })),
          changes: r.changes,
        };
      }),
  ),
  decision(
    "approve",
    "Phê duyệt báo cáo (khóa số liệu)",
    "Khóa số liệu của đơn vị trong kỳ: ghi số liệu sau đó bị từ chối (409 PERIOD_LOCKED) cho tới khi mở lại.",
    Decision,
  ),
  decision("return", "Trả lại báo cáo kèm lý do", "Lý do gắn với các phần hoặc chỉ tiêu cần sửa (items).", Reasoned),
  decision(
    "reopen",
    "Mở lại một phần báo cáo đã phê duyệt",
    "Chỉ mở các chỉ tiêu hoặc phần được nêu (items, bắt buộc), kèm lý do.",
    Reasoned,
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/submissions",
      operationId: "listSubmissions",
      summary: "Tình hình gửi báo cáo của các đơn vị cấp dưới",
      description: "Ai đã gửi, đúng hạn hay muộn, ai chưa gửi (quá hạn), báo cáo nào bị trả lại và vì sao.",
      tags: TAGS,
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
      errors: ["ORG_UNIT_NOT_FOUND"],
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const ms = yield* Clock.currentTimeMillis;
        return yield* Service.overview(params.unit, params.period, query.regime ?? "nd09", LocalDate.ofInstantInVietnam(new Date(ms)));
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/changes",
      operationId: "getReportChanges",
      summary: "Số liệu thay đổi so với lần gửi trước",
      tags: TAGS,
      params: UnitPeriod,
      response: Schema.Struct({
        submissions: Schema.Number,
        sinceLastSubmission: Schema.Array(Change),
        betweenLastTwo: Schema.Array(Change),
      }).annotations({ identifier: "ReportChanges" }),
    },
    ({ params }) => Service.changes(params.unit, params.period),
  ),
];
