/**
 * What the terminal client needs from the CCHC API, as an interface: the console screens and the
 * commands take an `ApiClient`, so tests give them a double implementing the same interface and
 * the program gives them the HTTP client (HttpApiClient.ts).
 */

/** A unit of the organisation tree. */
export interface OrgUnitView {
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: string;
  readonly parentCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly successorCode: string | null;
}

/** A unit with its children. */
export interface UnitNode extends OrgUnitView {
  readonly children: ReadonlyArray<UnitNode>;
}

/** The units and their tree. */
export interface UnitList {
  readonly items: ReadonlyArray<OrgUnitView>;
  readonly tree: ReadonlyArray<UnitNode>;
}

/** A reporting period resolved to dates. */
export interface PeriodView {
  readonly code: string;
  readonly regime: string;
  readonly start: string;
  readonly end: string;
  readonly label: string;
  readonly labelEn: string;
}

/** An indicator of the catalogue. */
export interface IndicatorView {
  readonly code: string;
  readonly area: string;
  readonly nameVi: string;
  readonly unitVi: string;
  readonly valueType: "count" | "money" | "decimal";
  readonly dimensions: ReadonlyArray<string>;
  /** Allowed disaggregations ("" = total), when the API lists them. */
  readonly disaggregations?: ReadonlyArray<string>;
}

/** A stored value with its version (for optimistic concurrency). */
export interface StoredValue {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly version: number;
  readonly comment?: string | null;
  readonly source?: string;
  readonly updatedAt?: string;
}

/** A value to store; `version` is the one read before editing (absent for a new value). */
export interface ValueInput {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly version?: number | null;
  readonly comment?: string | null;
}

/** A validation finding over a unit and period. */
export interface ValidationFindingView {
  readonly rule: string;
  readonly area: string;
  readonly importance: "error" | "warning";
  readonly message: string;
  readonly values?: ReadonlyArray<{ readonly indicator: string; readonly disaggregation: string; readonly value: number | null }>;
}

/** One row of a bulk import. */
export interface BulkValueRow {
  readonly unit: string;
  readonly period: string;
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly comment?: string | null;
}

/** What a bulk import did or would do to one value. */
export interface BulkChange {
  readonly unit: string;
  readonly period: string;
  readonly indicator: string;
  readonly disaggregation: string;
  readonly action: "insert" | "update" | "unchanged";
  readonly before: number | null;
  readonly after: number;
}

/** How a bulk import is sent: where the values come from (default "entered"), and a signal that stops waiting. */
export interface BulkOptions {
  readonly source?: "entered" | "imported";
  readonly signal?: AbortSignal;
}

/** The outcome of a bulk import (dry run or applied). */
export interface BulkResult {
  readonly dryRun: boolean;
  readonly changes: ReadonlyArray<BulkChange>;
  readonly findings: ReadonlyArray<ValidationFindingView & { readonly unit?: string; readonly period?: string }>;
  readonly raw?: unknown;
}

/** A task of a plan. */
export interface TaskView {
  readonly id: string;
  readonly area: string;
  readonly title: string;
  readonly status: string;
  readonly dueDate: string | null;
  readonly progress: number | null;
  readonly startedOn?: string | null;
  readonly version?: number;
}

/** A change of a task's progress or status. */
export interface TaskUpdate {
  readonly status?: string;
  readonly progress?: number;
  readonly startedOn?: string | null;
  readonly completedOn?: string | null;
  readonly version?: number;
}

/** A file answer being downloaded: size when known, and its bytes as a stream. */
export interface Download {
  readonly size: number | null;
  readonly contentType: string;
  readonly body: AsyncIterable<Uint8Array>;
}

/** The outcome of one batch of dossiers. */
export interface DossierBatchResult {
  readonly accepted: number;
  readonly rejected: number;
  readonly raw: unknown;
}

/** What the bulk first load of a dossier file did (`POST /dossiers/bulk`). */
export interface DossierBulkResult {
  readonly lines: number;
  readonly inserted: number;
  readonly superseded: number;
  readonly keyBuiltAfter: boolean;
}

/** What a submission answers. */
export interface SubmitResult {
  readonly status: { readonly state: string };
  readonly deadline: string;
  readonly timeliness: "on-time" | "late";
}

/** A compulsory indicator with neither a value nor a stated reason (SUBMISSION_INCOMPLETE). */
export interface MissingIndicatorView {
  readonly indicator: string;
  readonly nameVi: string;
}

/** The CCHC API as the terminal client uses it. */
export interface ApiClient {
  /** Base address, for messages. */
  readonly baseUrl: string;
  readonly units: (query?: { readonly kind?: string; readonly asOf?: string }) => Promise<UnitList>;
  readonly period: (code: string, regime?: string) => Promise<PeriodView>;
  readonly indicators: () => Promise<ReadonlyArray<IndicatorView>>;
  readonly values: (unit: string, period: string, indicator?: string) => Promise<ReadonlyArray<StoredValue>>;
  /** Stores one value; a stale `version` fails with a 409 `ServerRefused` whose details hold the stored value. */
  readonly setValue: (unit: string, period: string, input: ValueInput) => Promise<StoredValue>;
  /**
   * Stores rows of any units and periods in one transaction — all or nothing (a dry run stores
   * nothing and answers what would change and what validation would find).
   */
  readonly bulkValues: (rows: ReadonlyArray<BulkValueRow>, dryRun: boolean, options?: BulkOptions) => Promise<BulkResult>;
  readonly validate: (unit: string, period: string) => Promise<ReadonlyArray<ValidationFindingView>>;
  /**
   * Submits a report for approval; refused with a 422 `ServerRefused` (SUBMISSION_INCOMPLETE:
   * `details.missing` lists the compulsory indicators without value or reason; SUBMISSION_BLOCKED;
   * WARNING_COMMENT_REQUIRED).
   */
  readonly submit: (unit: string, period: string, comment?: string) => Promise<SubmitResult>;
  readonly tasks: (unit: string, period: string) => Promise<ReadonlyArray<TaskView>>;
  readonly updateTask: (id: string, update: TaskUpdate) => Promise<TaskView>;
  readonly report: (unit: string, period: string, format: string, signal?: AbortSignal) => Promise<Download>;
  /** Sends one batch of dossier CSV lines (with the header line); all stored or none. */
  readonly dossierBatch: (csv: string, signal?: AbortSignal) => Promise<DossierBatchResult>;
  /** Streams a whole CSV file to the bulk first load: stored whole or refused whole. */
  readonly dossierBulk: (csv: AsyncIterable<Uint8Array>, signal?: AbortSignal) => Promise<DossierBulkResult>;
  readonly loadDemo: () => Promise<unknown>;
}
