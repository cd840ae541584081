/**
 * The shapes of the API's answers the web app reads, as the OpenAPI document of `/api/v1`
 * describes them. Units and periods come from the domain schemas; the rest mirror the routes'
 * schemas in `apps/api/src/<feature>/routes.ts`.
 */

import type { Activity } from "@cchc/domain/activities/Activity";
import type { RegisterEntry, RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import type { ServiceIndicator } from "@cchc/domain/dossiers/DossierIndicators";
import type { DossierBlock } from "@cchc/domain/dossiers/DossierStats";
import type { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import type { Inspection } from "@cchc/domain/inspections/Inspection";
import type { OrgUnit, OrgUnitNode } from "@cchc/domain/OrgUnit";
import type { PeriodWindow } from "@cchc/domain/Period";
import type { PlanTask } from "@cchc/domain/plans/Task";
import type { Finding } from "@cchc/domain/validation/Finding";
import type { Rule } from "@cchc/domain/validation/Rule";

/** `GET /org-units`. */
export interface UnitList {
  readonly items: ReadonlyArray<OrgUnit>;
  readonly tree: ReadonlyArray<OrgUnitNode>;
}

/** `GET /periods/{code}`. */
export type PeriodBody = PeriodWindow;

/** The indicator catalogue of a year: indicators that are typed and rates computed from them. */
export interface CatalogueBody {
  readonly year: number;
  readonly version: number;
  readonly indicators: ReadonlyArray<IndicatorDefinition>;
  readonly rates: ReadonlyArray<RateDefinition>;
}

/** `GET /indicators`: one page of the catalogue of a year, with all its rates. */
export interface IndicatorPage {
  readonly year: number;
  readonly version: number;
  readonly titleVi: string;
  readonly items: ReadonlyArray<IndicatorDefinition>;
  readonly total: number;
  readonly rates: ReadonlyArray<RateDefinition>;
}

/** `GET /indicators/{code}`: an indicator with the rates and rules that mention it. */
export interface IndicatorDetail {
  readonly year: number;
  readonly rules: ReadonlyArray<Rule>;
}

/** A reference to a stored value: indicator and disaggregation. */
export interface ValueRef {
  readonly indicator: string;
  readonly disaggregation: string;
}

/** A stored value with its version (for optimistic concurrency). */
export interface ValueBody extends ValueRef {
  readonly value: number;
  readonly version: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string | null;
}

/** A value to save; `version` is the one read (0 or absent for a new value). */
export interface ValueInput extends ValueRef {
  readonly value: number | null;
  readonly version: number;
}

/** One change of a stored value (`GET /units/{unit}/periods/{period}/values/{indicator}/history`). */
export interface ValueHistoryEntry extends ValueRef {
  readonly oldValue: number | null;
  readonly newValue: number;
  readonly oldVersion: number;
  readonly newVersion: number;
  /** entered, imported, computed or consolidated. */
  readonly source: string;
  readonly comment: string | null;
  /** The user name of who changed it (the token's owner for an API token). */
  readonly changedBy: string;
  /** ISO 8601 instant. */
  readonly changedAt: string;
}

/** `GET /health`; `demo` is absent on servers older than the demo flag. */
export interface HealthBody {
  readonly status: "ok";
  readonly database: string;
  readonly version: string;
  /** Whether the demo accounts exist (their documented password works). */
  readonly demo?: boolean;
}

/** A validation finding on stored values (the domain's finding). */
export type ValidationFinding = Finding;

/** A task of an annual plan (the domain's `PlanTask`). */
export type TaskBody = PlanTask;

/** Share of tasks started and completed at a date. */
export interface RollupBody {
  readonly asOf: string;
  readonly total: number;
  readonly started: number;
  readonly completed: number;
  readonly startedRateText: string;
  readonly completedRateText: string;
}

/** `GET /plans/{unit}/{year}`. */
export interface PlanBody {
  readonly id: number;
  readonly unit: string;
  readonly year: number;
  readonly title: string;
  readonly document: DocumentBody | null;
  readonly rollup: RollupBody;
}

/** `GET /plans/{unit}/{year}/tasks`: one page of tasks. */
export interface TaskPage {
  readonly items: ReadonlyArray<TaskBody>;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly rollup: RollupBody;
}

/** A document of the register (the domain's `RegisterEntry`). */
export type DocumentBody = RegisterEntry;

/** What registering a document sends (the domain's `RegisterEntryInput`). */
export type DocumentInput = RegisterEntryInput;

/** A warning of report assembly (packages/report AssemblyWarning). */
export interface ReportWarning {
  readonly code: string;
  readonly message: string;
  readonly sectionId?: string;
  readonly indicator?: string;
}

/** `GET /reports/{unit}/{period}?format=json`: the assembled document, its warnings and the data findings. */
export interface ReportJson {
  readonly warnings: ReadonlyArray<ReportWarning>;
  readonly findings?: ReadonlyArray<{ readonly message: string; readonly importance?: string; readonly severity?: string }>;
}

/** A finding of the report checker (packages/report/src/check/Finding.ts). */
export interface CheckFinding {
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  readonly confidence: "certain" | "likely";
  readonly line: number;
  readonly column: number;
  readonly excerpt: string;
  readonly message: string;
  readonly suggestion: string | null;
  readonly index: number;
  readonly length: number;
}

/** `POST /checks`. */
export interface CheckResult {
  readonly period: { readonly code: string; readonly start: string; readonly end: string; readonly source: string } | null;
  readonly reportDate: string | null;
  readonly findings: ReadonlyArray<CheckFinding>;
  /** For an uploaded .docx: the text read from it, which the findings' `index`/`length` point into (absent for pasted text). */
  readonly text?: string;
}

/** A role held on a unit's subtree ("*" = every unit). */
export interface GrantBody {
  readonly unit: string;
  readonly role: "admin" | "editor" | "approver" | "viewer";
}

/** A user as administrators see it (`GET /users`). */
export interface UserBody {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly grants: ReadonlyArray<GrantBody>;
}

/** What adding a task sends (`POST /plans/{unit}/{year}/tasks`). */
export interface TaskInput {
  readonly area: string;
  readonly title: string;
  readonly leadUnit: string;
  readonly deadline: string | null;
  readonly status?: "not-started" | "in-progress" | "done" | "cancelled";
  readonly progress?: number;
  readonly evidence?: ReadonlyArray<number>;
}

/** The signed-in user and the session's anti-forgery token (`POST /auth/sign-in`, `GET /auth/me`). */
export interface SessionBody {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly mustChangePassword: boolean;
    /** Absent on servers older than the grants in /auth/me. */
    readonly grants?: ReadonlyArray<GrantBody>;
  };
  readonly via: "session" | "token";
  readonly csrfToken: string | null;
}

/** A stated rate compared with the computed one (`GET …/values`, `claims`). */
export interface ClaimCheckBody {
  readonly rate: string;
  readonly disaggregation: string;
  readonly stated: number;
  readonly statedText: string;
  readonly decimals: number;
  readonly qualifier: "exact" | "at-least";
  readonly text: string | null;
  readonly computed: number | null;
  readonly computedText: string;
  readonly matches: boolean | null;
  /** Absent on servers older than editable claims. */
  readonly version?: number;
}

/** `GET …/values`: the stored values with the stated rates. */
export interface ValuesBody {
  readonly items: ReadonlyArray<ValueBody>;
  readonly claims?: ReadonlyArray<ClaimCheckBody>;
}

/** `PUT …/claims`: a correction of a stated rate (`stated: null` withdraws it). */
export interface ClaimInput {
  readonly rate: string;
  readonly disaggregation: string;
  readonly stated: number | null;
  readonly version: number;
}

/** A stated reason why a compulsory indicator has no value. */
export interface MissingReasonBody {
  readonly indicator: string;
  readonly reason: string;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** `GET …/missing-reasons`: the unit's compulsory indicators, the reasons stated, what is missing. */
export interface CompletenessBody {
  readonly compulsory: ReadonlyArray<{
    readonly indicator: string;
    readonly nameVi: string;
    readonly hasValue: boolean;
    readonly reason: MissingReasonBody | null;
  }>;
  readonly reasons: ReadonlyArray<MissingReasonBody>;
  readonly missing: ReadonlyArray<{ readonly indicator: string; readonly nameVi: string }>;
}

/** `PUT …/missing-reasons/{indicator}`: a reason (`null` withdraws it) with the version read. */
export interface MissingReasonInput {
  readonly reason: string | null;
  readonly version: number;
}

/** A report state of the review workflow. */
export type ReportStateBody = "draft" | "submitted" | "approved" | "returned" | "reopened";

/** A part of a report named by a return or a reopening. */
export interface ReportItemBody {
  readonly kind: "indicator" | "section";
  readonly code: string;
  readonly disaggregation?: string;
  readonly note?: string;
}

/** One step of the workflow's history. */
export interface WorkflowStepBody {
  readonly id: number;
  readonly command: "submit" | "approve" | "return" | "reopen";
  readonly from: ReportStateBody;
  readonly to: ReportStateBody;
  readonly actor: { readonly kind: string; readonly id: string | null; readonly name: string | null };
  readonly at: string;
  readonly reason: string | null;
  readonly comment: string | null;
  readonly items: ReadonlyArray<ReportItemBody>;
  readonly deadline: string | null;
  readonly timeliness: "on-time" | "late" | null;
}

/** `GET …/workflow`. */
export interface WorkflowBody {
  readonly unit: string;
  readonly period: string;
  readonly state: ReportStateBody;
  readonly submissions: number;
  readonly locked: boolean;
  readonly open: ReadonlyArray<ReportItemBody>;
  readonly deadline: string | null;
  readonly history: ReadonlyArray<WorkflowStepBody>;
}

/** One unit's line of `GET …/submissions`. */
export interface SubmissionLineBody {
  readonly unit: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly state: ReportStateBody;
  readonly submissions: number;
  readonly firstSubmittedAt: string | null;
  readonly lastSubmittedAt: string | null;
  readonly deadline: string;
  readonly timeliness: "on-time" | "late" | null;
  readonly overdue: boolean;
  readonly returned: { readonly reason: string | null; readonly items: ReadonlyArray<ReportItemBody>; readonly at: string } | null;
}

/** `GET …/submissions`. */
export interface SubmissionsBody {
  readonly lines: ReadonlyArray<SubmissionLineBody>;
  readonly summary: {
    readonly units: number;
    readonly submitted: number;
    readonly onTime: number;
    readonly late: number;
    readonly missing: number;
    readonly returned: number;
    readonly approved: number;
  };
}

/** `POST …/consolidate`. */
export interface ConsolidationBody {
  readonly included: ReadonlyArray<string>;
  readonly missing: ReadonlyArray<string>;
  readonly skipped: ReadonlyArray<string>;
  readonly stored: number;
  readonly runId: number;
}

/** An inspection (the domain's `Inspection`). */
export type InspectionBody = Inspection;
/** An activity (the domain's `Activity`). */
export type ActivityBody = Activity;

/** An API token of the signed-in user (`GET /tokens`). */
export interface TokenBody {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: ReadonlyArray<string>;
  readonly unit: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** A narrative section of a unit's period (`GET …/narratives`, `PUT …/narratives/{section}`). */
export interface NarrativeBody {
  readonly unit: string;
  readonly period: string;
  readonly section: string;
  readonly text: string;
  readonly paragraphs: ReadonlyArray<string>;
  readonly note: string | null;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
  /** After a save: the stated rates that now follow the text (`stated: null` withdrawn). */
  readonly claimsFollowed?: ReadonlyArray<{ readonly rate: string; readonly disaggregation: string; readonly stated: number | null }>;
}

/** `GET …/dossier-stats`: the dossier block of a unit's subtree, by level and channel, with the QĐ 766 rates. */
export interface DossierStatsBody {
  readonly unit: string;
  readonly period: { readonly code: string; readonly regime: string; readonly start: string; readonly end: string; readonly label: string };
  readonly total: DossierBlock;
  readonly byLevel: Readonly<Record<"province" | "district" | "commune", DossierBlock>>;
  readonly byChannel: Readonly<Record<"online-full" | "online-partial" | "in-person" | "post", DossierBlock>>;
  readonly serviceIndicators: ReadonlyArray<ServiceIndicator>;
}

/** `POST /dossiers/batch`: what a stored batch changed. */
export interface DossierBatchResult {
  readonly lines: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}
