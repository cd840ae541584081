/**
 * What the terminal client needs from the CCHC API, as an interface: the console screens and the
 * commands take an `ApiClient`, so tests give them a double implementing the same interface and
 * the program gives them the HTTP client (HttpApiClient.ts, over the contract's `makeClient`).
 *
 * Every shape here comes from the contract (`@cchc/contract`: the endpoints' Schemas) or the
 * domain, never restated: a field renamed in the API breaks this build. Only type imports, so
 * that naming a type loads neither Effect nor the contract (the console's first frame waits for
 * neither). Where the client shows less than an answer holds, it picks the fields it uses, so a
 * test double need not invent the rest.
 */
import type { AnswerOf, CallInput } from "@cchc/contract";
import type { Api } from "@cchc/contract/Api";
import type { OrgUnit, OrgUnitNode } from "@cchc/domain/OrgUnit";

type Item<A extends { readonly items: ReadonlyArray<unknown> }> = A["items"][number];

/** The body of a call as the client takes it: JSON, checked against the endpoint's Schema when sent. */
export type BodyInput<K extends keyof Api> = CallInput<Api[K]> extends { readonly body: infer B } ? B : never;

/** The query of a call as the client takes it (decoded values, brands aside). */
export type QueryInput<K extends keyof Api> = CallInput<Api[K]> extends { readonly query?: infer Q } ? NonNullable<Q> : never;

/** The path parameters of a call as the client takes them. */
export type ParamsInput<K extends keyof Api> = CallInput<Api[K]> extends { readonly params: infer P } ? P : never;

/** A unit of the organisation tree (the domain's `OrgUnit`). */
export type OrgUnitView = OrgUnit;

/** A unit with its children. */
export type UnitNode = OrgUnitNode;

/** The units and their tree (`GET /org-units`). */
export type UnitList = AnswerOf<Api["listOrgUnits"]>;

/** What the unit list may be filtered by. */
export type UnitQuery = QueryInput<"listOrgUnits">;

/** A reporting period resolved to dates (`GET /periods/{code}`). */
export type PeriodView = AnswerOf<Api["getPeriod"]>;

/** The regimes a period may be resolved under. */
export type Regime = NonNullable<QueryInput<"getPeriod">["regime"]>;

/** An indicator of the catalogue as `GET /indicators` lists it. */
export type CatalogueIndicator = Item<AnswerOf<Api["listIndicators"]>>;

/**
 * An indicator as the console and the commands use it: the catalogue's fields, and its allowed
 * disaggregations as the texts values carry ("" = total, "channel=online"), when the API lists them.
 */
export type IndicatorView = Pick<CatalogueIndicator, "code" | "area" | "nameVi" | "unitVi" | "valueType" | "dimensions"> & {
  readonly disaggregations?: ReadonlyArray<string>;
};

/** A stored value as `GET …/values` lists it. */
export type ValueItem = Item<AnswerOf<Api["listValues"]>>;

/** A stored value with its version (for optimistic concurrency); the rest when the API gave it. */
export type StoredValue = Pick<ValueItem, "indicator" | "disaggregation" | "value" | "version"> &
  Partial<Pick<ValueItem, "comment" | "source" | "updatedAt">>;

type PutValueBody = BodyInput<"putValue">;

/** A value to store; `version` is the one read before editing (absent for a new value). */
export interface ValueInput {
  readonly indicator: ParamsInput<"putValue">["indicator"];
  readonly disaggregation: string;
  readonly value: PutValueBody["value"];
  readonly version?: PutValueBody["version"] | null;
  readonly comment?: string | null;
}

/** A validation finding over a unit and period (`GET …/validation`). */
export type Finding = AnswerOf<Api["validateUnitPeriod"]>["findings"][number];

/** A finding as the client shows it: what it says and, when given, the values it is about. */
export type ValidationFindingView = Pick<Finding, "rule" | "area" | "importance" | "message"> & Partial<Pick<Finding, "values">>;

type BatchBody = BodyInput<"batchValues">;
type BatchGroup = BatchBody["groups"][number];
type BatchItem = BatchGroup["values"][number];

/** One row of a bulk import: a value of a (unit, period) group of `POST /values/batch`. */
export type BulkValueRow = Pick<BatchGroup, "unit" | "period"> & {
  readonly indicator: BatchItem["indicator"];
  readonly disaggregation: string;
  readonly value: BatchItem["value"];
  readonly comment?: string | null;
};

type BatchChange = AnswerOf<Api["batchValues"]>["groups"][number]["changes"][number];

/** What a bulk import did or would do to one value (a change of the batch answer, per row). */
export interface BulkChange {
  readonly unit: string;
  readonly period: string;
  readonly indicator: BatchChange["indicator"];
  readonly disaggregation: BatchChange["disaggregation"];
  readonly action: "insert" | "update" | "unchanged";
  readonly before: BatchChange["new"]["value"] | null;
  readonly after: BatchChange["new"]["value"];
}

/** How a bulk import is sent: where the values come from (default "entered"), and a signal that stops waiting. */
export interface BulkOptions {
  readonly source?: BatchBody["source"];
  readonly signal?: AbortSignal;
}

/** The outcome of a bulk import (dry run or applied), over all its groups; `raw` is the API's answer. */
export interface BulkResult {
  readonly dryRun: boolean;
  readonly changes: ReadonlyArray<BulkChange>;
  readonly findings: ReadonlyArray<ValidationFindingView & { readonly unit?: string; readonly period?: string }>;
  readonly raw?: AnswerOf<Api["batchValues"]>;
}

/** A task of a plan (`GET /plans/{unit}/{year}/tasks`). */
export type PlanTask = Item<AnswerOf<Api["listPlanTasks"]>>;

/** A task as the console shows it. */
export type TaskView = Pick<PlanTask, "id" | "area" | "title" | "status" | "deadline" | "progress" | "startedOn" | "version">;

/** A change of a task (`PUT /tasks/{id}`): only the fields sent change; `version` is the one read. */
export type TaskUpdate = BodyInput<"updateTask">;

/** The formats a report is made in. */
export type ReportFormat = NonNullable<QueryInput<"getReport">["format"]>;

/** A file answer being downloaded: size when known, and its bytes as a stream. */
export interface Download {
  readonly size: number | null;
  readonly contentType: string;
  readonly body: AsyncIterable<Uint8Array>;
}

/** The outcome of one batch of dossiers: how many lines were stored, and the API's answer. */
export interface DossierBatchResult {
  readonly accepted: number;
  readonly rejected: number;
  readonly raw: AnswerOf<Api["ingestDossierBatch"]>;
}

/** What the bulk first load of a dossier file did (`POST /dossiers/bulk`). */
export type DossierBulkResult = AnswerOf<Api["bulkLoadDossiers"]>;

/** What a submission answers: the deadline and whether it was met (the rest when the API gave it). */
export type SubmitResult = Pick<AnswerOf<Api["submitReport"]>, "deadline" | "timeliness">;

/** What loading the demo data did: how many rows it added (the steps when the API gave them). */
export type DemoResult = Pick<AnswerOf<Api["loadDemo"]>, "added">;

/** A compulsory indicator with neither a value nor a stated reason (SUBMISSION_INCOMPLETE). */
export interface MissingIndicatorView {
  readonly indicator: string;
  readonly nameVi: string;
}

/** The CCHC API as the terminal client uses it. */
export interface ApiClient {
  /** Base address, for messages. */
  readonly baseUrl: string;
  readonly units: (query?: UnitQuery) => Promise<UnitList>;
  readonly period: (code: string, regime?: Regime) => Promise<PeriodView>;
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
  /** The tasks of the unit's plan of the period's year (none when it has no plan). */
  readonly tasks: (unit: string, period: string) => Promise<ReadonlyArray<TaskView>>;
  readonly updateTask: (id: TaskView["id"], update: TaskUpdate) => Promise<TaskView>;
  readonly report: (unit: string, period: string, format: ReportFormat, signal?: AbortSignal) => Promise<Download>;
  /** Sends one batch of dossier CSV lines (with the header line); all stored or none. */
  readonly dossierBatch: (csv: string, signal?: AbortSignal) => Promise<DossierBatchResult>;
  /** Streams a whole CSV file to the bulk first load: stored whole or refused whole. */
  readonly dossierBulk: (csv: AsyncIterable<Uint8Array>, signal?: AbortSignal) => Promise<DossierBulkResult>;
  readonly loadDemo: () => Promise<DemoResult>;
}
