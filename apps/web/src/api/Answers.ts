/**
 * Names for the answers and inputs of the API the screens read and write, each derived from the
 * contract (`@cchc/contract`): an answer is what an endpoint's response Schema decodes to, an
 * input what its body Schema takes as JSON (the form's strings before they are checked). Nothing
 * here restates a shape, so a renamed field breaks the build here and in the API at once.
 */
import type { AnswerOf } from "@cchc/contract";
import type { Api } from "@cchc/contract/Api";
import type { Schema } from "effect";

type Contract = Api;
type Of<K extends keyof Contract> = AnswerOf<Contract[K]>;
type ItemOf<K extends keyof Contract> = Of<K> extends { readonly items: ReadonlyArray<infer I> } ? I : never;
/** The JSON a body of an endpoint is sent as, before its Schema checks it. */
export type BodyIn<K extends keyof Contract> = Schema.Schema.Encoded<Exclude<Contract[K]["body"], undefined>>;
/** The query of an endpoint as the address writes it, before its Schema checks it. */
export type QueryIn<K extends keyof Contract> = Schema.Schema.Encoded<Exclude<Contract[K]["query"], undefined>>;

/** `GET /health`. */
export type HealthBody = Of<"getHealth">;
/** `GET /org-units`. */
export type UnitList = Of<"listOrgUnits">;
/** `GET /periods/{code}`. */
export type PeriodBody = Of<"getPeriod">;
/** `GET /indicators`: one page of the catalogue of a year, with all its rates. */
export type IndicatorPage = Of<"listIndicators">;
/** The indicator catalogue of a year: indicators that are typed and rates computed from them. */
export type CatalogueBody = Pick<IndicatorPage, "year" | "version" | "rates"> & { readonly indicators: IndicatorPage["items"] };
/** `GET /indicators/{code}`: an indicator with the rates and rules that mention it. */
export type IndicatorDetail = Of<"getIndicator">;

/** `GET …/values`: the stored values with the stated rates. */
export type ValuesBody = Of<"listValues">;
/** A stored value with its version (for optimistic concurrency). */
export type ValueBody = ValuesBody["items"][number];
/** A stated rate compared with the computed one. */
export type ClaimCheckBody = NonNullable<ValuesBody["claims"]>[number];
/** A value as the entry form saves it: its indicator, disaggregation ("" = total), figure and the version read (0 for a new value). */
export type ValueInput = Required<Pick<BodyIn<"bulkValues">["values"][number], "indicator" | "disaggregation" | "value" | "version">>;
/** What a bulk entry changed, with the findings after it. */
export type ValuesSaved = Of<"bulkValues">;
/** One change of a stored value. */
export type ValueHistoryEntry = ItemOf<"valueHistory">;
/** A validation finding on stored values. */
export type ValidationFinding = Of<"validateUnitPeriod">["findings"][number];

/** `PUT …/claims`: a correction of a stated rate (`stated: null` withdraws it). */
export type ClaimInput = BodyIn<"putClaim">;
/** `GET …/missing-reasons`: the unit's compulsory indicators, the reasons stated, what is missing. */
export type CompletenessBody = Of<"listMissingReasons">;
/** A stated reason why a compulsory indicator has no value. */
export type MissingReasonBody = CompletenessBody["reasons"][number];
/** `PUT …/missing-reasons/{indicator}`: a reason (`null` withdraws it) with the version read. */
export type MissingReasonInput = BodyIn<"putMissingReason">;

/** `GET …/workflow`. */
export type WorkflowBody = Of<"getReportWorkflow">;
/** A part of a report named by a return or a reopening. */
export type ReportItemBody = BodyIn<"returnReport">["items"][number];
/** `GET …/submissions`. */
export type SubmissionsBody = Of<"listSubmissions">;
/** One unit's line of `GET …/submissions`. */
export type SubmissionLineBody = SubmissionsBody["lines"][number];
/** `POST …/consolidate`. */
export type ConsolidationBody = Of<"consolidateUnit">;

/** An inspection. */
export type InspectionBody = Of<"getInspection">;
/** What recording an inspection sends. */
export type InspectionInput = BodyIn<"createInspection">;
/** What correcting an inspection sends (the fields that change and the version read). */
export type InspectionUpdate = BodyIn<"updateInspection">;
/** An activity. */
export type ActivityBody = Of<"getActivity">;
/** What recording an activity sends. */
export type ActivityInput = BodyIn<"createActivity">;
/** What correcting an activity sends (the fields that change and the version read). */
export type ActivityUpdate = BodyIn<"updateActivity">;
/** A narrative section of a unit's period. */
export type NarrativeBody = ItemOf<"listNarratives">;
/** A narrative section after a save, with the stated rates that now follow the text. */
export type NarrativeSaved = Of<"putNarrative">;

/** `GET …/dossier-stats`. */
export type DossierStatsBody = Of<"getDossierStats">;
/** `POST /dossiers/batch`: what a stored batch changed. */
export type DossierBatchResult = Of<"ingestDossierBatch">;
/** `POST /dossiers/bulk`: what the first load of a file stored. */
export type DossierBulkResult = Of<"bulkLoadDossiers">;

/** An API token of the signed-in user. */
export type TokenBody = ItemOf<"listTokens">;
/** What creating an API token sends. */
export type TokenInput = BodyIn<"createToken">;
/** A user as administrators see it. */
export type UserBody = ItemOf<"listUsers">;
/** A role held on a unit's subtree ("*" = every unit). */
export type GrantBody = BodyIn<"grantRole">;
/** What creating a user sends. */
export type UserInput = BodyIn<"createUser">;
/** The signed-in user and the session's anti-forgery token. */
export type SessionBody = Of<"getMe">;

/** `GET /plans/{unit}/{year}`. */
export type PlanBody = Of<"getPlan">;
/** A task of an annual plan. */
export type TaskBody = Of<"getTask">;
/** What adding a task sends. */
export type TaskInput = BodyIn<"createPlanTask">;
/** What correcting a task sends (the fields that change and the version read). */
export type TaskUpdate = BodyIn<"updateTask">;
/** What creating a plan sends. */
export type PlanInput = BodyIn<"createPlan">;

/** A document of the register. */
export type DocumentBody = Of<"getDocument">;
/** What registering a document sends. */
export type DocumentInput = BodyIn<"createDocument">;
/** Filters of the document register. */
export type DocumentQuery = Omit<QueryIn<"listDocuments">, "limit" | "offset">;

/** `POST /checks`. */
export type CheckResult = Of<"checkReport">;
/** A finding of the report checker. */
export type CheckFinding = CheckResult["findings"][number];
