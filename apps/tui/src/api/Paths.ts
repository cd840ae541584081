/**
 * Where each operation lives in the API and how its answers map to the client's types. Kept in
 * one file because the API's feature routes are written alongside this client.
 */
import type { BulkResult, StoredValue, ValueInput } from "./ApiClient.js";

const enc = encodeURIComponent;

/** `GET /org-units`. */
export const units = "/org-units";
/** `GET /periods/{code}`. */
export const period = (code: string): string => `/periods/${enc(code)}`;
/** `GET /indicators`. */
export const indicators = "/indicators";
/** `GET|PUT /units/{unit}/periods/{period}/values`. */
export const values = (unit: string, p: string): string => `/units/${enc(unit)}/periods/${enc(p)}/values`;
/** `POST /values/bulk`. */
export const bulkValues = "/values/bulk";
/** `GET /units/{unit}/periods/{period}/validation`. */
export const validation = (unit: string, p: string): string => `/units/${enc(unit)}/periods/${enc(p)}/validation`;
/** `GET /tasks`. */
export const tasks = "/tasks";
/** `PATCH /tasks/{id}`. */
export const task = (id: string): string => `/tasks/${enc(id)}`;
/** `GET /reports/{unit}/{period}?format=`. */
export const report = (unit: string, p: string): string => `/reports/${enc(unit)}/${enc(p)}`;
/** `POST /dossiers/batch`. */
export const dossierBatch = "/dossiers/batch";
/** `POST /admin/demo`. */
export const demo = "/admin/demo";

/** The body of a single-value write. */
export const setValueBody = (input: ValueInput): unknown => ({ values: [input] });

/** The stored value in a write's answer. */
export const storedValueOf = (answer: any): StoredValue => (Array.isArray(answer?.items) ? answer.items[0] : (answer?.value ?? answer)) as StoredValue;

/** A bulk answer in the client's shape. */
export const bulkResultOf = (answer: any, dryRun: boolean): BulkResult => ({
  dryRun,
  changes: answer?.changes ?? [],
  findings: answer?.findings ?? [],
  raw: answer,
});
