/**
 * Typed calls of the public API, one per route the web app uses. Paths follow the route files
 * `apps/api/src/<feature>/routes.ts`.
 */
import type {
  CheckResult,
  DocumentBody,
  IndicatorBody,
  PeriodBody,
  PlanBody,
  ReportWarning,
  TaskBody,
  UnitList,
  ValidationFinding,
  ValueBody,
  ValueInput,
} from "./Contract";
import type { Http } from "./Http";

const seg = encodeURIComponent;

/** Filters of the document register. */
export interface DocumentQuery {
  readonly q?: string;
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The report formats that can be downloaded. */
export type ReportFormat = "docx" | "xlsx" | "md";

/** The API calls of the web app. */
export interface Api {
  readonly units: () => Promise<UnitList>;
  readonly period: (code: string) => Promise<PeriodBody>;
  readonly indicators: () => Promise<{ readonly items: ReadonlyArray<IndicatorBody> }>;
  readonly values: (unit: string, period: string) => Promise<{ readonly items: ReadonlyArray<ValueBody> }>;
  readonly saveValues: (unit: string, period: string, values: ReadonlyArray<ValueInput>) => Promise<{ readonly items: ReadonlyArray<ValueBody> }>;
  readonly validation: (unit: string, period: string) => Promise<{ readonly findings: ReadonlyArray<ValidationFinding> }>;
  readonly plans: (unit: string, year: number) => Promise<{ readonly items: ReadonlyArray<PlanBody> }>;
  readonly updateTask: (id: string, change: Partial<Pick<TaskBody, "status" | "progress" | "evidence">> & { readonly version?: number }) => Promise<TaskBody>;
  readonly documents: (query: DocumentQuery) => Promise<{ readonly items: ReadonlyArray<DocumentBody> }>;
  readonly addDocument: (doc: { readonly reference: string; readonly unit?: string }) => Promise<DocumentBody>;
  readonly reportHtml: (unit: string, period: string) => Promise<string>;
  readonly reportJson: (unit: string, period: string) => Promise<{ readonly warnings: ReadonlyArray<ReportWarning> }>;
  readonly reportUrl: (unit: string, period: string, format: ReportFormat) => string;
  readonly checkText: (text: string, period?: string) => Promise<CheckResult>;
  readonly checkDocx: (file: Blob, period?: string) => Promise<CheckResult>;
  readonly signIn: (username: string, password: string) => Promise<unknown>;
}

/** Builds the API calls over the HTTP client. */
export const makeApi = (http: Http): Api => ({
  units: () => http.json("get", "/org-units"),
  period: (code) => http.json("get", `/periods/${seg(code)}`),
  indicators: () => http.json("get", "/indicators"),
  values: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/values`),
  saveValues: (unit, period, values) => http.json("put", `/units/${seg(unit)}/periods/${seg(period)}/values`, { body: { values } }),
  validation: (unit, period) => http.json("get", `/units/${seg(unit)}/periods/${seg(period)}/validation`),
  plans: (unit, year) => http.json("get", "/plans", { query: { unit, year } }),
  updateTask: (id, change) => http.json("patch", `/tasks/${seg(id)}`, { body: change }),
  documents: (query) => http.json("get", "/documents", { query: { ...query } }),
  addDocument: (doc) => http.json("post", "/documents", { body: doc }),
  reportHtml: async (unit, period) => (await http.response("get", `/reports/${seg(unit)}/${seg(period)}`, { query: { format: "html" } })).text(),
  reportJson: (unit, period) => http.json("get", `/reports/${seg(unit)}/${seg(period)}`, { query: { format: "json" } }),
  reportUrl: (unit, period, format) => http.url(`/reports/${seg(unit)}/${seg(period)}`, { format }),
  checkText: (text, period) => http.json("post", "/checks", { body: period ? { text, period } : { text } }),
  checkDocx: (file, period) =>
    http.json("post", "/checks", {
      rawBody: file,
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ...(period ? { query: { period } } : {}),
    }),
  signIn: (username, password) => http.json("post", "/auth/sign-in", { body: { username, password } }),
});
