/**
 * Typed calls of the public API, one per route the web app uses. Paths follow the route files
 * `apps/api/src/<feature>/routes.ts`.
 */

import type {
  ActivityBody,
  CatalogueBody,
  CheckResult,
  ClaimInput,
  CompletenessBody,
  ConsolidationBody,
  DocumentBody,
  DocumentInput,
  DossierBatchResult,
  DossierStatsBody,
  GrantBody,
  HealthBody,
  IndicatorDetail,
  IndicatorPage,
  InspectionBody,
  MissingReasonInput,
  NarrativeBody,
  PeriodBody,
  PlanBody,
  ReportItemBody,
  ReportJson,
  SessionBody,
  SubmissionsBody,
  TaskBody,
  TaskInput,
  TaskPage,
  TokenBody,
  UnitList,
  UserBody,
  ValidationFinding,
  ValueBody,
  ValueHistoryEntry,
  ValueInput,
  ValuesBody,
  WorkflowBody,
} from "./Contract";
import type { Http } from "./Http";

const seg = encodeURIComponent;

/** Filters of the document register. */
export interface DocumentQuery {
  readonly unit?: string;
  readonly limit?: number;
  readonly q?: string;
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The report formats that can be downloaded. */
export type ReportFormat = "docx" | "xlsx" | "md";

/** The API calls of the web app. */
export interface Api {
  /** Whether the server answers, and whether it holds the demo accounts. */
  readonly health: () => Promise<HealthBody>;
  readonly units: () => Promise<UnitList>;
  /** The window of a period code, fetched once per code (a window never changes). */
  readonly period: (code: string) => Promise<PeriodBody>;
  /** The catalogue (indicators and rates) that applies to a year, fetched once per year. */
  readonly catalogue: (year: number) => Promise<CatalogueBody>;
  /** The rules that mention an indicator, with the catalogue year. */
  readonly indicatorRules: (code: string, year: number) => Promise<IndicatorDetail>;
  readonly values: (unit: string, period: string) => Promise<ValuesBody>;
  /** Corrects or withdraws (`stated: null`) a stated rate with the version read. */
  readonly putClaim: (unit: string, period: string, claim: ClaimInput) => Promise<{ readonly findings: ReadonlyArray<ValidationFinding> }>;
  /** The compulsory indicators of the unit's period, the reasons stated for missing values, what is missing. */
  readonly completeness: (unit: string, period: string) => Promise<CompletenessBody>;
  /** States, corrects or withdraws (`reason: null`) why a compulsory indicator has no value. */
  readonly putMissingReason: (unit: string, period: string, indicator: string, input: MissingReasonInput) => Promise<unknown>;
  readonly workflow: (unit: string, period: string) => Promise<WorkflowBody>;
  readonly submit: (unit: string, period: string, comment?: string) => Promise<unknown>;
  readonly approve: (unit: string, period: string, comment?: string) => Promise<WorkflowBody>;
  /** Returns (`return`) or reopens (`reopen`) with a reason and the items concerned. */
  readonly decide: (
    command: "return" | "reopen",
    unit: string,
    period: string,
    reason: string,
    items: ReadonlyArray<ReportItemBody>,
  ) => Promise<WorkflowBody>;
  readonly submissions: (unit: string, period: string) => Promise<SubmissionsBody>;
  readonly consolidate: (unit: string, period: string) => Promise<ConsolidationBody>;
  readonly inspections: (unit: string, period: string) => Promise<ReadonlyArray<InspectionBody>>;
  readonly saveInspection: (id: number | null, body: Record<string, unknown>) => Promise<InspectionBody>;
  readonly removeInspection: (id: number, version: number) => Promise<unknown>;
  readonly activities: (unit: string, period: string) => Promise<ReadonlyArray<ActivityBody>>;
  readonly saveActivity: (id: number | null, body: Record<string, unknown>) => Promise<ActivityBody>;
  readonly removeActivity: (id: number, version: number) => Promise<unknown>;
  readonly narratives: (unit: string, period: string) => Promise<ReadonlyArray<NarrativeBody>>;
  /** Writes a section's text with the version read (0 for a new one; 409 NARRATIVE_CONFLICT when stale). */
  readonly saveNarrative: (unit: string, period: string, section: string, text: string, version: number) => Promise<NarrativeBody>;
  readonly dossierStats: (unit: string, period: string) => Promise<DossierStatsBody>;
  /** Sends one CSV batch of dossier records (header line first); stored whole or not at all. */
  readonly importDossiers: (csv: string, unit?: string) => Promise<DossierBatchResult>;
  /** Writes (or with `dryRun` only counts) the figures computed from records as the period's values. */
  readonly writeDossierValues: (unit: string, period: string, dryRun: boolean) => Promise<{ readonly changed: number }>;
  readonly tokens: () => Promise<ReadonlyArray<TokenBody>>;
  /** Creates an API token; its secret is in the answer only. */
  readonly createToken: (t: {
    readonly name: string;
    readonly scopes: ReadonlyArray<string>;
    readonly unit: string;
    readonly expiresInDays?: number;
  }) => Promise<{ readonly token: string; readonly info: TokenBody }>;
  readonly revokeToken: (id: string) => Promise<unknown>;
  readonly saveValues: (
    unit: string,
    period: string,
    values: ReadonlyArray<ValueInput>,
  ) => Promise<{ readonly items: ReadonlyArray<ValueBody> }>;
  /** Every change of an indicator's values (total and parts), oldest first. */
  readonly valueHistory: (unit: string, period: string, indicator: string) => Promise<ReadonlyArray<ValueHistoryEntry>>;
  readonly validation: (unit: string, period: string) => Promise<{ readonly findings: ReadonlyArray<ValidationFinding> }>;
  /** The unit's plan of a year with its roll-up at `asOf` (default: today); 404 PLAN_NOT_FOUND when it has none. */
  readonly plan: (unit: string, year: number, asOf?: string) => Promise<PlanBody>;
  /** Every task of the plan (read page by page). */
  readonly tasks: (unit: string, year: number) => Promise<ReadonlyArray<TaskBody>>;
  /** Updates a task with the version read (409 TASK_CONFLICT when stale). */
  readonly updateTask: (
    id: number,
    change: Partial<Pick<TaskBody, "status" | "progress" | "evidence" | "title" | "area" | "leadUnit" | "deadline">> & {
      readonly version: number;
    },
  ) => Promise<TaskBody>;
  /** Creates the unit's plan of a year (409 PLAN_EXISTS when it has one). */
  readonly createPlan: (
    unit: string,
    year: number,
    plan: { readonly title: string; readonly documentId: number | null },
  ) => Promise<unknown>;
  /** Adds a task to the unit's plan of a year. */
  readonly createTask: (unit: string, year: number, task: TaskInput) => Promise<TaskBody>;
  /** Removes a task with the version read (409 TASK_CONFLICT when stale). */
  readonly removeTask: (id: number, version: number) => Promise<unknown>;
  /** The users of the administrator's subtree. */
  readonly users: () => Promise<ReadonlyArray<UserBody>>;
  /** Creates a user; without a password the answer holds a one-time one. */
  readonly createUser: (u: {
    readonly username: string;
    readonly displayName: string;
    readonly grants: ReadonlyArray<GrantBody>;
  }) => Promise<{ readonly user: UserBody; readonly oneTimePassword: string | null }>;
  readonly grantRole: (username: string, grant: GrantBody) => Promise<UserBody>;
  readonly revokeRole: (username: string, grant: GrantBody) => Promise<UserBody>;
  /** Disables (every session and token ends) or enables an account. */
  readonly setDisabled: (username: string, disabled: boolean) => Promise<{ readonly user: UserBody }>;
  /** Gives the account a one-time password (shown once), to be changed at the next sign-in. */
  readonly resetPassword: (username: string) => Promise<{ readonly user: UserBody; readonly oneTimePassword: string }>;
  readonly documents: (query: DocumentQuery) => Promise<{ readonly items: ReadonlyArray<DocumentBody>; readonly total: number }>;
  readonly addDocument: (doc: DocumentInput) => Promise<DocumentBody>;
  readonly reportHtml: (unit: string, period: string) => Promise<string>;
  readonly reportJson: (unit: string, period: string) => Promise<ReportJson>;
  readonly reportUrl: (unit: string, period: string, format: ReportFormat) => string;
  readonly checkText: (text: string, period?: string) => Promise<CheckResult>;
  readonly checkDocx: (file: Blob, period?: string) => Promise<CheckResult>;
  /** Signs in; the session cookie is set by the server and the anti-forgery token kept for writes. */
  readonly signIn: (username: string, password: string) => Promise<SessionBody>;
  /** The signed-in user; 401 when nobody is. */
  readonly me: () => Promise<SessionBody>;
  readonly signOut: () => Promise<unknown>;
  /** Changes the caller's password; the server re-issues the session (new anti-forgery token kept). */
  readonly changePassword: (currentPassword: string, newPassword: string) => Promise<unknown>;
}

/** Builds the API calls over the HTTP client. */
export const makeApi = (http: Http): Api => {
  let units: Promise<UnitList> | undefined;
  const catalogues = new Map<number, Promise<CatalogueBody>>();
  const periods = new Map<string, Promise<PeriodBody>>();
  const once = <T>(load: () => Promise<T>, keep: (p: Promise<T> | undefined) => void): Promise<T> => {
    const p = load();
    keep(p);
    // a failed load is not kept, so that "Thử lại" asks again
    p.catch(() => keep(undefined));
    return p;
  };
  return {
    units: () =>
      units ??
      once(
        () => http.json<UnitList>("get", "/org-units"),
        (p) => {
          units = p;
        },
      ),
    health: () => http.json("get", "/health"),
    period: (code) =>
      periods.get(code) ??
      once(
        () => http.json<PeriodBody>("get", `/periods/${seg(code)}`),
        (p) => {
          if (p) periods.set(code, p);
          else periods.delete(code);
        },
      ),
    catalogue: (year) =>
      catalogues.get(year) ??
      once(
        async () => {
          const page = await http.json<IndicatorPage>("get", "/indicators", { query: { year, limit: 1000 } });
          return { year: page.year, version: page.version, indicators: page.items, rates: page.rates };
        },
        (p) => {
          if (p) catalogues.set(year, p);
          else catalogues.delete(year);
        },
      ),
    indicatorRules: (code, year) => http.json("get", `/indicators/${seg(code)}`, { query: { year } }),
    values: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/values`, { query: { limit: 1000 } }),
    putClaim: (unit, period, claim) => http.json("put", `/units/${seg(unit)}/periods/${seg(period)}/claims`, { body: claim }),
    completeness: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/missing-reasons`),
    putMissingReason: (unit, period, indicator, input) =>
      http.json("put", `/units/${seg(unit)}/periods/${seg(period)}/missing-reasons/${seg(indicator)}`, { body: input }),
    workflow: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/workflow`),
    submit: (unit, period, comment) =>
      http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/submit`, { body: comment ? { comment } : {} }),
    approve: (unit, period, comment) =>
      http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/approve`, { body: comment ? { comment } : {} }),
    decide: (command, unit, period, reason, items) =>
      http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/${command}`, { body: { reason, items } }),
    submissions: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/submissions`),
    consolidate: (unit, period) => http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/consolidate`),
    inspections: async (unit, period) =>
      (await http.json<{ readonly items: ReadonlyArray<InspectionBody> }>("get", "/inspections", { query: { unit, period, limit: 1000 } }))
        .items,
    saveInspection: (id, body) =>
      id === null ? http.json("post", "/inspections", { body }) : http.json("put", `/inspections/${id}`, { body }),
    removeInspection: (id, version) => http.json("delete", `/inspections/${id}`, { query: { version } }),
    activities: async (unit, period) =>
      (await http.json<{ readonly items: ReadonlyArray<ActivityBody> }>("get", "/activities", { query: { unit, period, limit: 1000 } }))
        .items,
    saveActivity: (id, body) =>
      id === null ? http.json("post", "/activities", { body }) : http.json("put", `/activities/${id}`, { body }),
    removeActivity: (id, version) => http.json("delete", `/activities/${id}`, { query: { version } }),
    narratives: async (unit, period) =>
      (await http.json<{ readonly items: ReadonlyArray<NarrativeBody> }>("get", `/units/${seg(unit)}/periods/${seg(period)}/narratives`))
        .items,
    saveNarrative: (unit, period, section, text, version) =>
      http.json("put", `/units/${seg(unit)}/periods/${seg(period)}/narratives/${seg(section)}`, { body: { text, version } }),
    dossierStats: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/dossier-stats`),
    importDossiers: (csv, unit) =>
      http.json("post", "/dossiers/batch", {
        rawBody: csv,
        contentType: "text/csv; charset=utf-8",
        ...(unit ? { query: { unit } } : {}),
      }),
    writeDossierValues: (unit, period, dryRun) =>
      http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/dossier-stats/values`, { query: { dryRun: String(dryRun) } }),
    tokens: async () => (await http.json<{ readonly items: ReadonlyArray<TokenBody> }>("get", "/tokens")).items,
    createToken: (t) => http.json("post", "/tokens", { body: t }),
    revokeToken: (id) => http.json("delete", `/tokens/${seg(id)}`),
    saveValues: (unit, period, values) => http.json("post", `/units/${seg(unit)}/periods/${seg(period)}/values`, { body: { values } }),
    valueHistory: async (unit, period, indicator) =>
      (
        await http.json<{ readonly items: ReadonlyArray<ValueHistoryEntry> }>(
          "get",
          `/units/${seg(unit)}/periods/${seg(period)}/values/${seg(indicator)}/history`,
        )
      ).items,
    validation: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/validation`),
    plan: (unit, year, asOf) => http.json("get", `/plans/${seg(unit)}/${year}`, asOf ? { query: { asOf } } : {}),
    tasks: async (unit, year) => {
      const all: TaskBody[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await http.json<TaskPage>("get", `/plans/${seg(unit)}/${year}/tasks`, { query: { limit: 1000, offset } });
        all.push(...page.items);
        if (page.items.length === 0 || all.length >= page.total) return all;
      }
    },
    updateTask: (id, change) => http.json("put", `/tasks/${id}`, { body: change }),
    createPlan: (unit, year, plan) => http.json("post", `/plans/${seg(unit)}/${year}`, { body: plan }),
    createTask: (unit, year, task) => http.json("post", `/plans/${seg(unit)}/${year}/tasks`, { body: task }),
    removeTask: (id, version) => http.json("delete", `/tasks/${id}`, { query: { version } }),
    users: async () => (await http.json<{ readonly items: ReadonlyArray<UserBody> }>("get", "/users")).items,
    createUser: (u) => http.json("post", "/users", { body: u }),
    grantRole: (username, grant) => http.json("post", `/users/${seg(username)}/roles`, { body: grant }),
    revokeRole: (username, grant) => http.json("delete", `/users/${seg(username)}/roles`, { query: { ...grant } }),
    setDisabled: (username, disabled) => http.json("patch", `/users/${seg(username)}`, { body: { disabled } }),
    resetPassword: (username) => http.json("post", `/users/${seg(username)}/password-reset`),
    documents: (query) => http.json("get", "/documents", { query: { limit: 1000, ...query } }),
    addDocument: (doc) => http.json("post", "/documents", { body: doc }),
    reportHtml: async (unit, period) =>
      (await http.response("get", `/reports/${seg(unit)}/${seg(period)}`, { query: { format: "html" } })).text(),
    reportJson: (unit, period) => http.json("get", `/reports/${seg(unit)}/${seg(period)}`, { query: { format: "json" } }),
    reportUrl: (unit, period, format) => http.url(`/reports/${seg(unit)}/${seg(period)}`, { format }),
    checkText: (text, period) =>
      http.json("post", "/checks", {
        rawBody: text.normalize("NFC"),
        contentType: "text/plain; charset=utf-8",
        ...(period ? { query: { period } } : {}),
      }),
    checkDocx: (file, period) =>
      http.json("post", "/checks", {
        rawBody: file,
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ...(period ? { query: { period } } : {}),
      }),
    signIn: async (username, password) => {
      const s = await http.json<SessionBody>("post", "/auth/sign-in", { body: { username, password } });
      http.setCsrfToken(s.csrfToken);
      return s;
    },
    me: async () => {
      const s = await http.json<SessionBody>("get", "/auth/me");
      http.setCsrfToken(s.csrfToken);
      return s;
    },
    signOut: async () => {
      const r = await http.json("post", "/auth/sign-out");
      http.setCsrfToken(null);
      return r;
    },
    changePassword: async (currentPassword, newPassword) => {
      const r = await http.json<{ readonly csrfToken: string | null }>("post", "/auth/password", {
        body: { currentPassword, newPassword },
      });
      http.setCsrfToken(r.csrfToken);
      return r;
    },
  };
};
