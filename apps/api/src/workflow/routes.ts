/**
 * The review workflow over HTTP: a unit's report for a period is submitted (editor), approved,
 * returned or reopened (approver); the superior sees its subtree's submissions; a resubmission
 * shows what changed. Every step is recorded with its actor in the workflow history and the audit
 * trail.
 */
import * as Workflow from "@cchc/contract/endpoints/Workflow";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { WorkflowRepo, type WorkflowStep } from "@cchc/db/workflow/WorkflowRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as LocalDate from "@cchc/domain/LocalDate";
import type * as Period from "@cchc/domain/Period";
import * as Deadline from "@cchc/domain/workflow/Deadline";
import type { Command } from "@cchc/domain/workflow/ReportWorkflow";
import { Clock, Effect, type Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import * as Service from "./WorkflowService.js";

type StepView = Schema.Schema.Type<typeof Workflow.getReportWorkflow.response>["history"][number];

type DecisionCommand = Exclude<Command, { readonly kind: "submit" }>;

const stepView = (s: WorkflowStep): StepView => ({
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

const statusOf = (unit: string, period: Period.PeriodCode, regime: Period.Regime) =>
  Effect.gen(function* () {
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    const repo = yield* WorkflowRepo;
    const status = yield* repo.status(u.code, period);
    const history = yield* repo.history(u.code, period);
    const deadline = Deadline.deadlineOf(period, Deadline.defaultRules[regime], u.parentCode === null);
    return {
      unit,
      period,
      ...status,
      deadline: deadline._tag === "Right" ? deadline.right : null,
      history: history.map(stepView),
    };
  });

/** An approver's decision on a report, answered with the report's status after it. */
const decide = (
  params: { readonly unit: string; readonly period: Period.PeriodCode },
  command: DecisionCommand,
  comment: string | undefined,
) =>
  Effect.gen(function* () {
    const who = yield* acting;
    yield* Service.decide(params.unit, params.period, command, comment, who);
    return yield* statusOf(params.unit, params.period, "nd09");
  });

/** Workflow routes. */
export const workflowRoutes = [
  handle(Workflow.getReportWorkflow, ({ params, query }) => statusOf(params.unit, params.period, query.regime ?? "nd09")),
  handle(Workflow.submitReport, ({ params, body }) =>
    Effect.gen(function* () {
      const who = yield* acting;
      const regime = body.regime ?? "nd09";
      const r = yield* Service.submit(params.unit, params.period, regime, body.comment, who).pipe(
        // the path's period is a valid code (its Schema refused others), so only the regime can refuse
        // it; a submission names no reason, so none can be missing
        Effect.catchTags({ PeriodCodeInvalid: Effect.die, WorkflowReasonMissing: Effect.die }),
      );
      return {
        status: yield* statusOf(params.unit, params.period, regime),
        deadline: r.deadline,
        timeliness: r.timeliness,
        findings: r.findings.map((f) => ({ rule: f.rule, importance: f.importance, message: f.message })),
        changes: r.changes,
      };
    }),
  ),
  handle(Workflow.approveReport, ({ params, body }) =>
    // an approval names no reason or items, so none can be missing
    Effect.catchTag(decide(params, { kind: "approve" }, body.comment), "WorkflowReasonMissing", Effect.die),
  ),
  handle(Workflow.returnReport, ({ params, body }) =>
    decide(params, { kind: "return", reason: body.reason, items: body.items }, body.comment),
  ),
  handle(Workflow.reopenReport, ({ params, body }) =>
    decide(params, { kind: "reopen", reason: body.reason, items: body.items }, body.comment),
  ),
  handle(Workflow.listSubmissions, ({ params, query }) =>
    Effect.gen(function* () {
      const ms = yield* Clock.currentTimeMillis;
      return yield* Service.overview(params.unit, params.period, query.regime ?? "nd09", LocalDate.ofInstantInVietnam(new Date(ms)));
    }),
  ),
  handle(Workflow.getReportChanges, ({ params }) => Service.changes(params.unit, params.period)),
];
