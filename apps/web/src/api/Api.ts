/**
 * The API calls of the web app, each one a call of the contract's client (`Http.client`, one per
 * operationId of `@cchc/contract`): inputs checked and encoded, answers decoded with the
 * endpoints' own Schemas. What a screen holds as plain strings (the unit and period of the
 * address, a form's fields) is decoded with the endpoint's Schema first (`decodeInput`).
 */
import type { AnswerOf } from "@cchc/contract";
import { Api as C } from "@cchc/contract/Api";
import type { AssemblyResult } from "@cchc/report/assembly/AssemblyResult";
import { Effect } from "effect";
import type * as A from "./Answers";
import { decodeInput, type Http, jsonAnswer } from "./Http";
import { type PeriodRecordCalls, periodRecordCalls } from "./SaveRecord";

/** The report formats that can be downloaded. */
export type ReportFormat = "docx" | "xlsx" | "md";

export type { DocumentQuery } from "./Answers";

/**
 * What the report screen reads of `GET /reports/{unit}/{period}?format=json`: the assembly's
 * warnings and the data findings (of packages/report `AssemblyResult`, which the contract leaves
 * raw because the same endpoint answers files; the document itself is not read here).
 */
export type ReportJson = Pick<AssemblyResult, "warnings" | "findings">;

/** The answer of an endpoint of the contract. */
type Answer<K extends keyof typeof C> = AnswerOf<(typeof C)[K]>;

/** The API calls of the web app. */
export interface Api {
  /** Whether the server answers, and whether it holds the demo accounts. */
  readonly health: () => Promise<A.HealthBody>;
  readonly units: () => Promise<A.UnitList>;
  /** The window of a period code, fetched once per code (a window never changes). */
  readonly period: (code: string) => Promise<A.PeriodBody>;
  /** The catalogue (indicators and rates) that applies to a year, fetched once per year. */
  readonly catalogue: (year: number) => Promise<A.CatalogueBody>;
  /** The rules that mention an indicator, with the catalogue year. */
  readonly indicatorRules: (code: string, year: number) => Promise<A.IndicatorDetail>;
  readonly values: (unit: string, period: string) => Promise<A.ValuesBody>;
  /** Corrects or withdraws (`stated: null`) a stated rate with the version read. */
  readonly putClaim: (unit: string, period: string, claim: A.ClaimInput) => Promise<Answer<"putClaim">>;
  /** The compulsory indicators of the unit's period, the reasons stated for missing values, what is missing. */
  readonly completeness: (unit: string, period: string) => Promise<A.CompletenessBody>;
  /** States, corrects or withdraws (`reason: null`) why a compulsory indicator has no value. */
  readonly putMissingReason: (
    unit: string,
    period: string,
    indicator: string,
    input: A.MissingReasonInput,
  ) => Promise<Answer<"putMissingReason">>;
  readonly workflow: (unit: string, period: string) => Promise<A.WorkflowBody>;
  readonly submit: (unit: string, period: string, comment?: string) => Promise<Answer<"submitReport">>;
  readonly approve: (unit: string, period: string, comment?: string) => Promise<A.WorkflowBody>;
  /** Returns (`return`) or reopens (`reopen`) with a reason and the items concerned. */
  readonly decide: (
    command: "return" | "reopen",
    unit: string,
    period: string,
    reason: string,
    items: ReadonlyArray<A.ReportItemBody>,
  ) => Promise<A.WorkflowBody>;
  readonly submissions: (unit: string, period: string) => Promise<A.SubmissionsBody>;
  readonly consolidate: (unit: string, period: string) => Promise<A.ConsolidationBody>;
  readonly inspections: PeriodRecordCalls<A.InspectionBody, A.InspectionInput, A.InspectionUpdate, Answer<"deleteInspection">>;
  readonly activities: PeriodRecordCalls<A.ActivityBody, A.ActivityInput, A.ActivityUpdate, Answer<"deleteActivity">>;
  readonly narratives: (unit: string, period: string) => Promise<ReadonlyArray<A.NarrativeBody>>;
  /** Writes a section's text with the version read (0 for a new one; 409 NARRATIVE_CONFLICT when stale). */
  readonly saveNarrative: (unit: string, period: string, section: string, text: string, version: number) => Promise<A.NarrativeSaved>;
  readonly dossierStats: (unit: string, period: string) => Promise<A.DossierStatsBody>;
  /** Sends one CSV batch of dossier records (header line first); stored whole or not at all. */
  readonly importDossiers: (csv: string, unit?: string) => Promise<A.DossierBatchResult>;
  /** Sends a whole CSV file as the first load of sources that have no records yet: stored whole or not at all. */
  readonly bulkLoadDossiers: (csv: string, unit?: string) => Promise<A.DossierBulkResult>;
  /** Writes (or with `dryRun` only counts) the figures computed from records as the period's values. */
  readonly writeDossierValues: (unit: string, period: string, dryRun: boolean) => Promise<Answer<"writeDossierStatsValues">>;
  readonly tokens: () => Promise<ReadonlyArray<A.TokenBody>>;
  /** Creates an API token; its secret is in the answer only. */
  readonly createToken: (t: A.TokenInput) => Promise<Answer<"createToken">>;
  readonly revokeToken: (id: string) => Promise<Answer<"revokeToken">>;
  readonly saveValues: (unit: string, period: string, values: ReadonlyArray<A.ValueInput>) => Promise<A.ValuesSaved>;
  /** Every change of an indicator's values (total and parts), oldest first. */
  readonly valueHistory: (unit: string, period: string, indicator: string) => Promise<ReadonlyArray<A.ValueHistoryEntry>>;
  readonly validation: (unit: string, period: string) => Promise<Answer<"validateUnitPeriod">>;
  /** The unit's plan of a year with its roll-up at `asOf` (default: today); 404 PLAN_NOT_FOUND when it has none. */
  readonly plan: (unit: string, year: number, asOf?: string) => Promise<A.PlanBody>;
  /** Every task of the plan (read page by page). */
  readonly tasks: (unit: string, year: number) => Promise<ReadonlyArray<A.TaskBody>>;
  /** Updates a task with the version read (409 TASK_CONFLICT when stale). */
  readonly updateTask: (id: number, change: A.TaskUpdate) => Promise<A.TaskBody>;
  /** Creates the unit's plan of a year (409 PLAN_EXISTS when it has one). */
  readonly createPlan: (unit: string, year: number, plan: A.PlanInput) => Promise<Answer<"createPlan">>;
  /** Adds a task to the unit's plan of a year. */
  readonly createTask: (unit: string, year: number, task: A.TaskInput) => Promise<A.TaskBody>;
  /** Removes a task with the version read (409 TASK_CONFLICT when stale). */
  readonly removeTask: (id: number, version: number) => Promise<Answer<"deleteTask">>;
  /** The users of the administrator's subtree. */
  readonly users: () => Promise<ReadonlyArray<A.UserBody>>;
  /** Creates a user; without a password the answer holds a one-time one. */
  readonly createUser: (u: A.UserInput) => Promise<Answer<"createUser">>;
  readonly grantRole: (username: string, grant: A.GrantBody) => Promise<A.UserBody>;
  readonly revokeRole: (username: string, grant: A.GrantBody) => Promise<A.UserBody>;
  /** Disables (every session and token ends) or enables an account. */
  readonly setDisabled: (username: string, disabled: boolean) => Promise<Answer<"setAccountDisabled">>;
  /** Gives the account a one-time password (shown once), to be changed at the next sign-in. */
  readonly resetPassword: (username: string) => Promise<Answer<"resetPassword">>;
  readonly documents: (query: A.DocumentQuery) => Promise<Answer<"listDocuments">>;
  readonly addDocument: (doc: A.DocumentInput) => Promise<A.DocumentBody>;
  /** Corrects a document (409 DOCUMENT_DUPLICATE when its new number/symbol is taken). */
  readonly updateDocument: (id: number, doc: A.DocumentInput) => Promise<A.DocumentBody>;
  /** Removes a document from the register (409 DOCUMENT_IN_USE while it is a task's or a criterion's evidence). */
  readonly removeDocument: (id: number) => Promise<Answer<"deleteDocument">>;
  readonly reportHtml: (unit: string, period: string) => Promise<string>;
  readonly reportJson: (unit: string, period: string) => Promise<ReportJson>;
  readonly reportUrl: (unit: string, period: string, format: ReportFormat) => string;
  readonly checkText: (text: string, period?: string) => Promise<A.CheckResult>;
  readonly checkDocx: (file: Blob, period?: string) => Promise<A.CheckResult>;
  /** Signs in; the session cookie is set by the server and the anti-forgery token kept for writes. */
  readonly signIn: (username: string, password: string) => Promise<A.SessionBody>;
  /** The signed-in user; 401 when nobody is. */
  readonly me: () => Promise<A.SessionBody>;
  readonly signOut: () => Promise<Answer<"signOut">>;
  /** Changes the caller's password; the server re-issues the session (new anti-forgery token kept). */
  readonly changePassword: (currentPassword: string, newPassword: string) => Promise<Answer<"changePassword">>;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A CSV file of dossier records as a request body, checked against the branch of `unit` when given. */
const csvRequest = (csv: string, unit: string | undefined) => ({
  ...(unit ? { query: { unit } } : {}),
  raw: { body: csv, contentType: "text/csv; charset=utf-8" },
});

/** Builds the API calls over the HTTP client. */
export const makeApi = (http: Http): Api => {
  const { client, run } = http;
  let units: Promise<A.UnitList> | undefined;
  const catalogues = new Map<number, Promise<A.CatalogueBody>>();
  const periods = new Map<string, Promise<A.PeriodBody>>();
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
        () => run(client.listOrgUnits({})),
        (p) => {
          units = p;
        },
      ),
    health: () => run(client.getHealth({})),
    period: (code) =>
      periods.get(code) ??
      once(
        () => run(client.getPeriod({ params: { code } })),
        (p) => {
          if (p) periods.set(code, p);
          else periods.delete(code);
        },
      ),
    catalogue: (year) =>
      catalogues.get(year) ??
      once(
        () =>
          run(
            client
              .listIndicators({ query: { year, limit: 1000 } })
              .pipe(Effect.map((page) => ({ year: page.year, version: page.version, indicators: page.items, rates: page.rates }))),
          ),
        (p) => {
          if (p) catalogues.set(year, p);
          else catalogues.delete(year);
        },
      ),
    indicatorRules: (code, year) => run(client.getIndicator({ params: { code }, query: { year } })),
    values: (unit, period) =>
      run(
        Effect.flatMap(decodeInput(C.listValues.params, { unit, period }), (params) =>
          client.listValues({ params, query: { limit: 1000 } }),
        ),
      ),
    putClaim: (unit, period, claim) =>
      run(
        Effect.gen(function* () {
          const params = yield* decodeInput(C.putClaim.params, { unit, period });
          const body = yield* decodeInput(C.putClaim.body, claim);
          return yield* client.putClaim({ params, body });
        }),
      ),
    completeness: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.listMissingReasons.params, { unit, period }), (params) => client.listMissingReasons({ params }))),
    putMissingReason: (unit, period, indicator, input) =>
      run(
        Effect.gen(function* () {
          const params = yield* decodeInput(C.putMissingReason.params, { unit, period, indicator });
          const body = yield* decodeInput(C.putMissingReason.body, input);
          return yield* client.putMissingReason({ params, body });
        }),
      ),
    workflow: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.getReportWorkflow.params, { unit, period }), (params) => client.getReportWorkflow({ params }))),
    submit: (unit, period, comment) =>
      run(
        Effect.flatMap(decodeInput(C.submitReport.params, { unit, period }), (params) =>
          client.submitReport({ params, body: comment ? { comment } : {} }),
        ),
      ),
    approve: (unit, period, comment) =>
      run(
        Effect.flatMap(decodeInput(C.approveReport.params, { unit, period }), (params) =>
          client.approveReport({ params, body: comment ? { comment } : {} }),
        ),
      ),
    decide: (command, unit, period, reason, items) =>
      run(
        command === "return"
          ? Effect.gen(function* () {
              const params = yield* decodeInput(C.returnReport.params, { unit, period });
              const body = yield* decodeInput(C.returnReport.body, { reason, items });
              return yield* client.returnReport({ params, body });
            })
          : Effect.gen(function* () {
              const params = yield* decodeInput(C.reopenReport.params, { unit, period });
              const body = yield* decodeInput(C.reopenReport.body, { reason, items });
              return yield* client.reopenReport({ params, body });
            }),
      ),
    submissions: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.listSubmissions.params, { unit, period }), (params) => client.listSubmissions({ params }))),
    consolidate: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.consolidateUnit.params, { unit, period }), (params) => client.consolidateUnit({ params }))),
    inspections: periodRecordCalls(run, {
      list: (query) => client.listInspections({ query }),
      create: { body: C.createInspection.body, call: (body) => client.createInspection({ body }) },
      update: { body: C.updateInspection.body, call: (id, body) => client.updateInspection({ params: { id }, body }) },
      remove: (id, version) => client.deleteInspection({ params: { id }, query: { version } }),
    }),
    activities: periodRecordCalls(run, {
      list: (query) => client.listActivities({ query }),
      create: { body: C.createActivity.body, call: (body) => client.createActivity({ body }) },
      update: { body: C.updateActivity.body, call: (id, body) => client.updateActivity({ params: { id }, body }) },
      remove: (id, version) => client.deleteActivity({ params: { id }, query: { version } }),
    }),
    narratives: (unit, period) =>
      run(
        Effect.flatMap(decodeInput(C.listNarratives.params, { unit, period }), (params) => client.listNarratives({ params })).pipe(
          Effect.map((list) => list.items),
        ),
      ),
    saveNarrative: (unit, period, section, text, version) =>
      run(
        Effect.gen(function* () {
          const params = yield* decodeInput(C.putNarrative.params, { unit, period, section });
          const body = yield* decodeInput(C.putNarrative.body, { text, version });
          return yield* client.putNarrative({ params, body });
        }),
      ),
    dossierStats: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.getDossierStats.params, { unit, period }), (params) => client.getDossierStats({ params }))),
    importDossiers: (csv, unit) => run(client.ingestDossierBatch(csvRequest(csv, unit))),
    bulkLoadDossiers: (csv, unit) => run(client.bulkLoadDossiers(csvRequest(csv, unit))),
    writeDossierValues: (unit, period, dryRun) =>
      run(
        Effect.flatMap(decodeInput(C.writeDossierStatsValues.params, { unit, period }), (params) =>
          client.writeDossierStatsValues({ params, query: { dryRun } }),
        ),
      ),
    tokens: () => run(client.listTokens({}).pipe(Effect.map((list) => list.items))),
    createToken: (t) => run(Effect.flatMap(decodeInput(C.createToken.body, t), (body) => client.createToken({ body }))),
    revokeToken: (id) => run(client.revokeToken({ params: { id } })),
    saveValues: (unit, period, values) =>
      run(
        Effect.gen(function* () {
          const params = yield* decodeInput(C.bulkValues.params, { unit, period });
          const body = yield* decodeInput(C.bulkValues.body, { values });
          return yield* client.bulkValues({ params, body });
        }),
      ),
    valueHistory: (unit, period, indicator) =>
      run(
        Effect.flatMap(decodeInput(C.valueHistory.params, { unit, period, indicator }), (params) => client.valueHistory({ params })).pipe(
          Effect.map((list) => list.items),
        ),
      ),
    validation: (unit, period) =>
      run(Effect.flatMap(decodeInput(C.validateUnitPeriod.params, { unit, period }), (params) => client.validateUnitPeriod({ params }))),
    plan: (unit, year, asOf) =>
      run(Effect.flatMap(decodeInput(C.getPlan.query, asOf ? { asOf } : {}), (query) => client.getPlan({ params: { unit, year }, query }))),
    tasks: (unit, year) =>
      run(
        Effect.gen(function* () {
          const all: Array<A.TaskBody> = [];
          for (let offset = 0; ; offset += 1000) {
            const page = yield* client.listPlanTasks({ params: { unit, year }, query: { limit: 1000, offset } });
            all.push(...page.items);
            if (page.items.length === 0 || all.length >= page.total) return all;
          }
        }),
      ),
    updateTask: (id, change) =>
      run(Effect.flatMap(decodeInput(C.updateTask.body, change), (body) => client.updateTask({ params: { id }, body }))),
    createPlan: (unit, year, plan) =>
      run(Effect.flatMap(decodeInput(C.createPlan.body, plan), (body) => client.createPlan({ params: { unit, year }, body }))),
    createTask: (unit, year, task) =>
      run(Effect.flatMap(decodeInput(C.createPlanTask.body, task), (body) => client.createPlanTask({ params: { unit, year }, body }))),
    removeTask: (id, version) => run(client.deleteTask({ params: { id }, query: { version } })),
    users: () => run(client.listUsers({}).pipe(Effect.map((list) => list.items))),
    createUser: (u) => run(Effect.flatMap(decodeInput(C.createUser.body, u), (body) => client.createUser({ body }))),
    grantRole: (username, grant) =>
      run(Effect.flatMap(decodeInput(C.grantRole.body, grant), (body) => client.grantRole({ params: { username }, body }))),
    revokeRole: (username, grant) =>
      run(Effect.flatMap(decodeInput(C.revokeRole.query, grant), (query) => client.revokeRole({ params: { username }, query }))),
    setDisabled: (username, disabled) => run(client.setAccountDisabled({ params: { username }, body: { disabled } })),
    resetPassword: (username) => run(client.resetPassword({ params: { username } })),
    documents: (query) =>
      run(Effect.flatMap(decodeInput(C.listDocuments.query, query), (q) => client.listDocuments({ query: { ...q, limit: 1000 } }))),
    removeDocument: (id) => run(client.deleteDocument({ params: { id } })),
    addDocument: (doc) => run(Effect.flatMap(decodeInput(C.createDocument.body, doc), (body) => client.createDocument({ body }))),
    updateDocument: (id, doc) =>
      run(Effect.flatMap(decodeInput(C.updateDocument.body, doc), (body) => client.updateDocument({ params: { id }, body }))),
    reportHtml: (unit, period) =>
      run(
        client
          .getReport({ params: { unit, period }, query: { format: "html" } })
          .pipe(Effect.flatMap((res) => Effect.promise(() => res.text()))),
      ),
    reportJson: (unit, period) =>
      run(
        client
          .getReport({ params: { unit, period }, query: { format: "json" } })
          // the JSON form's Schema the contract gives the report download
          .pipe(Effect.flatMap(jsonAnswer(C.getReport.operationId, C.getReport.response.json.pick("warnings", "findings")))),
      ),
    reportUrl: (unit, period, format) => http.url(C.getReport, { params: { unit, period }, query: { format } }),
    checkText: (text, period) =>
      run(
        client.checkReport({
          ...(period ? { query: { period } } : {}),
          raw: { body: text.normalize("NFC"), contentType: "text/plain; charset=utf-8" },
        }),
      ),
    checkDocx: (file, period) =>
      run(client.checkReport({ ...(period ? { query: { period } } : {}), raw: { body: file, contentType: DOCX } })),
    signIn: async (username, password) => {
      const s = await run(client.signIn({ body: { username, password } }));
      http.setCsrfToken(s.csrfToken);
      return s;
    },
    me: async () => {
      const s = await run(client.getMe({}));
      http.setCsrfToken(s.csrfToken);
      return s;
    },
    signOut: async () => {
      const r = await run(client.signOut({}));
      http.setCsrfToken(null);
      return r;
    },
    changePassword: async (currentPassword, newPassword) => {
      const r = await run(client.changePassword({ body: { currentPassword, newPassword } }));
      http.setCsrfToken(r.csrfToken);
      return r;
    },
  };
};
