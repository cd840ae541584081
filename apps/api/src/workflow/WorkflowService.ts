/**
 * The review workflow's use cases over the repositories: submit (validation, deadline, snapshot),
 * approve / return / reopen, the superior's overview of a subtree, and what changed between
 * submissions. Time comes in as a parameter so that lateness can be tested against the calendar.
 */
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReportSources } from "@cchc/db/workflow/ReportSources";
import { WorkflowRepo, type WorkflowStep } from "@cchc/db/workflow/WorkflowRepo";
import type { Actor } from "@cchc/domain/access/Principal";
import { COMPLETENESS_RULE } from "@cchc/domain/indicators/Completeness";
import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import * as Deadline from "@cchc/domain/workflow/Deadline";
import type * as W from "@cchc/domain/workflow/ReportWorkflow";
import * as Snapshot from "@cchc/domain/workflow/Snapshot";
import { Effect, Option, Schema } from "effect";
import { SubmissionBlocked, SubmissionIncomplete, WarningCommentRequired } from "./WorkflowErrors.js";

/** Who acts and when. */
export interface Acting {
  readonly actor: Actor;
  readonly at: Date;
}

/** The unit's code as found in the unit tree (404 when unknown) and its deadline for the period. */
const deadlineFor = (unit: string, period: string, regime: Period.Regime) =>
  Effect.gen(function* () {
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    return { code: u.code, deadline: yield* Deadline.deadlineOf(period, Deadline.defaultRules[regime], u.parentCode === null) };
  });

const audit = (acting: Acting, command: string, unit: string, period: string, before: unknown, after: unknown) =>
  Effect.flatMap(AuditLog, (a) =>
    a.record({ actor: acting.actor, action: `workflow.${command}`, entity: "report", entityId: `${unit}/${period}`, unit, before, after }),
  );

/**
 * Submits a unit's report: a missing compulsory indicator makes it incomplete, other errors block,
 * warnings need a comment; records deadline, timeliness and the figures.
 */
export const submit = (unit: string, period: Period.PeriodCode, regime: Period.Regime, comment: string | undefined, acting: Acting) =>
  Effect.gen(function* () {
    const sources = yield* ReportSources;
    const { code, deadline } = yield* deadlineFor(unit, period, regime);
    const findings = yield* sources.validate(unit, period);
    const errors = findings.filter((f) => f.importance === "error");
    const warnings = findings.filter((f) => f.importance === "warning");
    const missing = errors.filter((f) => f.rule === COMPLETENESS_RULE);
    if (missing.length > 0)
      return yield* Effect.fail(
        new SubmissionIncomplete({
          missing: missing.map((f) => ({ indicator: f.subject?.ref ?? "", nameVi: f.subject?.label ?? "" })),
          errors,
          warnings,
        }),
      );
    if (errors.length > 0) return yield* Effect.fail(new SubmissionBlocked({ errors, warnings }));
    if (warnings.length > 0 && (comment ?? "").trim() === "") return yield* Effect.fail(new WarningCommentRequired({ warnings }));
    const figures = yield* sources.figures(unit, period);
    const day = LocalDate.ofInstantInVietnam(acting.at);
    const timeliness = Deadline.timeliness(day, deadline);
    const repo = yield* WorkflowRepo;
    const previous = (yield* repo.snapshots(code, period)).at(-1);
    const result = yield* repo.apply(
      code,
      period,
      { kind: "submit" },
      { ...acting, comment: comment ?? null, deadline, timeliness, findings, snapshot: figures },
    );
    yield* audit(acting, "submit", unit, period, result.before, { ...result.after, deadline, timeliness, comment: comment ?? null });
    return { ...result, deadline, timeliness, findings, changes: previous ? Snapshot.diff(previous.figures, figures) : [] };
  });

/** Approves, returns or reopens a submitted/approved report. */
export const decide = (
  unit: string,
  period: Period.PeriodCode,
  command: Exclude<W.Command, { kind: "submit" }>,
  comment: string | undefined,
  acting: Acting,
) =>
  Effect.gen(function* () {
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    const result = yield* Effect.flatMap(WorkflowRepo, (r) => r.apply(u.code, period, command, { ...acting, comment: comment ?? null }));
    yield* audit(acting, command.kind, unit, period, result.before, {
      ...result.after,
      ...("reason" in command ? { reason: command.reason, items: command.items } : {}),
    });
    return result;
  });

/** One unit's line in the superior's overview. */
export interface SubmissionLine {
  readonly unit: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly state: W.ReportState;
  readonly submissions: number;
  readonly firstSubmittedAt: string | null;
  readonly lastSubmittedAt: string | null;
  readonly deadline: string;
  /** Of the first submission; null when not submitted. */
  readonly timeliness: Deadline.Timeliness | null;
  /** Not submitted and the deadline has passed. */
  readonly overdue: boolean;
  readonly returned: { readonly reason: string | null; readonly items: ReadonlyArray<W.ReportItem>; readonly at: string } | null;
}

/** Who under `unit` has submitted for a period, on time or late, who is missing, and what was returned. */
export const overview = (unit: string, period: Period.PeriodCode, regime: Period.Regime, today: LocalDate.LocalDate) =>
  Effect.gen(function* () {
    const units = yield* Effect.flatMap(OrgUnitRepo, (r) => r.subtree(unit));
    // a unit that did not exist during the period (created later, or ended before) owes no report for it
    const window = yield* Effect.orDie(Period.window(period, regime));
    const below = units.filter((u) => u.code !== unit && u.validFrom <= window.end && (u.validTo === null || u.validTo >= window.start));
    const repo = yield* WorkflowRepo;
    const codes = below.map((u) => u.code);
    const statuses = new Map((yield* repo.statuses(codes, period)).map((s) => [s.unit, s]));
    const steps = yield* repo.steps(codes, period);
    const byUnit = new Map<string, WorkflowStep[]>();
    for (const s of steps) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
    const lines: SubmissionLine[] = [];
    for (const u of below) {
      const status = statuses.get(u.code);
      const own = byUnit.get(u.code) ?? [];
      const submits = own.filter((s) => s.command === "submit");
      const lastReturn = own.filter((s) => s.command === "return").at(-1);
      // the period's window in this regime exists (above), so its deadline does too
      const deadline = yield* Effect.orDie(Deadline.deadlineOf(period, Deadline.defaultRules[regime], false));
      lines.push({
        unit: u.code,
        name: u.name,
        parentCode: u.parentCode,
        state: status?.state ?? "draft",
        submissions: status?.submissions ?? 0,
        firstSubmittedAt: submits[0]?.at.toISOString() ?? null,
        lastSubmittedAt: submits.at(-1)?.at.toISOString() ?? null,
        deadline: submits[0]?.deadline ?? deadline,
        timeliness: submits[0]?.timeliness ?? null,
        overdue: submits.length === 0 && today > deadline,
        returned:
          status?.state === "returned" && lastReturn
            ? { reason: lastReturn.reason, items: lastReturn.items, at: lastReturn.at.toISOString() }
            : null,
      });
    }
    const count = (f: (l: SubmissionLine) => boolean) => lines.filter(f).length;
    return {
      unit,
      period,
      regime,
      lines,
      summary: {
        units: lines.length,
        submitted: count((l) => l.submissions > 0),
        onTime: count((l) => l.timeliness === "on-time"),
        late: count((l) => l.timeliness === "late"),
        missing: count((l) => l.submissions === 0),
        returned: count((l) => l.state === "returned"),
        approved: count((l) => l.state === "approved"),
      },
    };
  });

/** What changed: the current figures against the last submission, and the last submission against the one before. */
export const changes = (unit: string, period: Period.PeriodCode) =>
  Effect.gen(function* () {
    // reports are stored only under unit codes: a code that does not decode has no submissions
    const snaps = yield* Option.match(Schema.decodeOption(UnitCode)(unit), {
      onNone: () => Effect.succeed([]),
      onSome: (code) => Effect.flatMap(WorkflowRepo, (r) => r.snapshots(code, period)),
    });
    const current = yield* Effect.flatMap(ReportSources, (s) => s.figures(unit, period));
    const last = snaps.at(-1);
    const before = snaps.at(-2);
    return {
      submissions: snaps.length,
      sinceLastSubmission: last ? Snapshot.diff(last.figures, current) : [],
      betweenLastTwo: last && before ? Snapshot.diff(before.figures, last.figures) : [],
    };
  });
