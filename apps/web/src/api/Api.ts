/**
 * Typed calls of the public API, one per route the web app uses. Paths follow the route files
 * `apps/api/src/<feature>/routes.ts`.
 */
import type {
  CheckResult,
  DocumentBody,
  CatalogueBody,
  PeriodBody,
  PlanBody,
  SessionBody,
  ReportJson,
  TaskBody,
  UnitList,
  ValidationFinding,
  ValueBody,
  ValueInput,
} from "./Contract";
import type { Rule } from "@cchc/domain/validation/Rule";
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
  /** The catalogue (indicators and rates), fetched once. */
  readonly catalogue: () => Promise<CatalogueBody>;
  /** The validation rules, fetched once. */
  readonly rules: () => Promise<ReadonlyArray<Rule>>;
  readonly values: (unit: string, period: string) => Promise<{ readonly items: ReadonlyArray<ValueBody> }>;
  readonly saveValues: (unit: string, period: string, values: ReadonlyArray<ValueInput>) => Promise<{ readonly items: ReadonlyArray<ValueBody> }>;
  readonly validation: (unit: string, period: string) => Promise<{ readonly findings: ReadonlyArray<ValidationFinding> }>;
  readonly plans: (unit: string, year: number) => Promise<{ readonly items: ReadonlyArray<PlanBody> }>;
  readonly updateTask: (id: string, change: Partial<Pick<TaskBody, "status" | "progress" | "evidence">> & { readonly version?: number }) => Promise<TaskBody>;
  readonly documents: (query: DocumentQuery) => Promise<{ readonly items: ReadonlyArray<DocumentBody> }>;
  readonly addDocument: (doc: { readonly reference: string; readonly unit?: string }) => Promise<DocumentBody>;
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
}

/** Builds the API calls over the HTTP client. */
export const makeApi = (http: Http): Api => {
  let catalogue: Promise<CatalogueBody> | undefined;
  let rules: Promise<ReadonlyArray<Rule>> | undefined;
  const once = <T>(load: () => Promise<T>, keep: (p: Promise<T> | undefined) => void): Promise<T> => {
    const p = load();
    keep(p);
    // a failed load is not kept, so that "Thử lại" asks again
    p.catch(() => keep(undefined));
    return p;
  };
  return {
  units: () => http.json("get", "/org-units"),
  period: (code) => http.json("get", `/periods/${seg(code)}`),
  catalogue: () =>
    catalogue ??
    once(
      () => http.json<CatalogueBody>("get", "/indicators"),
      (p) => {
        catalogue = p;
      },
    ),
  rules: () =>
    rules ??
    once(
      async () => (await http.json<{ readonly items: ReadonlyArray<Rule> }>("get", "/validation/rules")).items,
      (p) => {
        rules = p;
      },
    ),
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
  checkText: (text, period) =>
    http.json("post", "/checks", { rawBody: text.normalize("NFC"), contentType: "text/plain; charset=utf-8", ...(period ? { query: { period } } : {}) }),
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
  };
};
