/**
 * Where each operation lives in the API and how its answers map to the client's types. Kept in
 * one file because the API's feature routes are written alongside this client.
 */
import type { BulkChange, BulkResult, IndicatorView, TaskView, ValidationFindingView } from "./ApiClient.js";

const enc = encodeURIComponent;

/** `GET /org-units`. */
export const units = "/org-units";
/** `GET /periods/{code}`. */
export const period = (code: string): string => `/periods/${enc(code)}`;
/** `GET /indicators` (paged). */
export const indicators = "/indicators";
/** `GET|POST /units/{unit}/periods/{period}/values`: list (paged) and bulk entry. */
export const values = (unit: string, p: string): string => `/units/${enc(unit)}/periods/${enc(p)}/values`;
/** `POST /values/batch`: values of several units and periods in one transaction. */
export const valuesBatch = "/values/batch";
/** `PUT /units/{unit}/periods/{period}/values/{indicator}`: one value with its version. */
export const value = (unit: string, p: string, indicator: string): string => `${values(unit, p)}/${enc(indicator)}`;
/** `POST /units/{unit}/periods/{period}/submit`. */
export const submit = (unit: string, period: string): string =>
  `/units/${encodeURIComponent(unit)}/periods/${encodeURIComponent(period)}/submit`;

/** `GET /units/{unit}/periods/{period}/validation`. */
export const validation = (unit: string, p: string): string => `/units/${enc(unit)}/periods/${enc(p)}/validation`;
/** `GET /plans/{unit}/{year}/tasks`: the tasks of a unit's plan of the year. */
export const tasks = (unit: string, year: string): string => `/plans/${enc(unit)}/${enc(year)}/tasks`;
/** `PUT /tasks/{id}`. */
export const task = (id: string): string => `/tasks/${enc(id)}`;
/** `GET /reports/{unit}/{period}?format=`. */
export const report = (unit: string, p: string): string => `/reports/${enc(unit)}/${enc(p)}`;
/** `POST /dossiers/batch`. */
export const dossierBatch = "/dossiers/batch";
export const dossierBulk = "/dossiers/bulk";
/** `POST /admin/demo`. */
export const demo = "/admin/demo";

/** `POST /auth/sign-in`: a session cookie and its CSRF token. */
export const signIn = "/auth/sign-in";
/** `POST /auth/sign-out`. */
export const signOut = "/auth/sign-out";
/** Changing the caller's password. */
export const password = "/auth/password";
/** Name of the session cookie sign-in sets. */
export const SESSION_COOKIE = "cchc_session";
/** `POST /tokens`: a new API token. */
export const tokens = "/tokens";
/** `DELETE /tokens/{id}`: revokes a token. */
export const token = (id: string): string => `/tokens/${enc(id)}`;

/** Largest page the list routes give. */
export const PAGE = "1000";

/** An indicator of the catalogue answer: its dimensions' options become disaggregation texts. */
export const indicatorOf = (i: any): IndicatorView => ({
  code: i.code,
  area: i.area,
  nameVi: i.nameVi,
  unitVi: i.unitVi,
  valueType: i.valueType,
  dimensions: i.dimensions ?? [],
  ...(Array.isArray(i.disaggregations)
    ? {
        disaggregations: [
          "",
          ...i.disaggregations.flatMap((d: any) =>
            typeof d === "string" ? [d] : (d.options ?? []).map((o: any) => `${d.dimension}=${typeof o === "string" ? o : o.code}`),
          ),
        ].filter((d, n, all) => all.indexOf(d) === n),
      }
    : {}),
});

/** A plan task in the client's shape. */
export const taskOf = (t: any): TaskView => ({
  id: String(t.id),
  area: t.area,
  title: t.title,
  status: t.status,
  dueDate: t.deadline ?? t.dueDate ?? null,
  progress: t.progress ?? null,
  startedOn: t.startedOn ?? null,
  version: t.version,
});

/** One change of a bulk answer in the client's shape. */
export const changeOf = (unit: string, p: string, c: any): BulkChange => ({
  unit,
  period: p,
  indicator: c.indicator,
  disaggregation: c.disaggregation ?? "",
  // A figure counts as changed when its value does: a row that only brings a new comment is "unchanged".
  action: c.old === null || c.old === undefined ? "insert" : c.old.value !== (c.new?.value ?? c.value) ? "update" : "unchanged",
  before: c.old?.value ?? null,
  after: c.new?.value ?? c.value,
});

/** A bulk answer of one unit and period in the client's shape. */
export const bulkResultOf = (unit: string, p: string, answer: any, dryRun: boolean): BulkResult => ({
  dryRun,
  changes: (answer?.changes ?? []).map((c: any) => changeOf(unit, p, c)),
  findings: (answer?.findings ?? []).map((f: ValidationFindingView) => ({ ...f, unit, period: p })),
  raw: answer,
});

/** A batch answer (`{ dryRun, groups: [{ unit, period, changes, findings }] }`) in the client's shape. */
export const batchResultOf = (answer: any, dryRun: boolean): BulkResult => {
  const groups: ReadonlyArray<BulkResult> = (answer?.groups ?? []).map((g: any) => bulkResultOf(g.unit, g.period, g, dryRun));
  return {
    dryRun,
    changes: groups.flatMap((g) => g.changes),
    findings: groups.flatMap((g) => g.findings),
    raw: answer,
  };
};
