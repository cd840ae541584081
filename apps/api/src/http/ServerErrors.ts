/**
 * Every failure the API's handlers and router can end with, as one union of the tagged error
 * classes, and the shape of the function that turns one of them into its answer. `http/errors.ts`
 * holds a mapper for every tag of `@cchc/contract`'s error list, typed by the class behind it.
 */
import type { ErrorTag } from "@cchc/contract";
import type { AccessDenied } from "@cchc/domain/access/Access";
import type { TokenNotFound, UserDuplicate, UserNotFound } from "@cchc/domain/access/AccountErrors";
import type { ActivityConflict, ActivityInvalid, ActivityNotFound } from "@cchc/domain/activities/ActivityErrors";
import type { CalendarTokenNotFound } from "@cchc/domain/deadlines/CalendarErrors";
import type { DocumentDuplicate, DocumentInUse, DocumentNotFound, DocumentParentInvalid } from "@cchc/domain/documents/RegisterEntry";
import type { DossierBatchInvalid, DossierBatchTooLarge } from "@cchc/domain/dossiers/DossierBatch";
import type { DossierWindowInvalid } from "@cchc/domain/dossiers/DossierErrors";
import type { CatalogueNotFound, IndicatorNotFound } from "@cchc/domain/indicators/CatalogueErrors";
import type { ClaimConflict } from "@cchc/domain/indicators/ClaimChange";
import type { MissingReasonConflict } from "@cchc/domain/indicators/Completeness";
import type { ValueConflict } from "@cchc/domain/indicators/Value";
import type { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";
import type { NarrativeConflict, NarrativeNotFound } from "@cchc/domain/narratives/NarrativeErrors";
import type { OrgUnitInvalid } from "@cchc/domain/OrgUnit";
import type { OrgUnitDuplicate, OrgUnitNotFound, OrgUnitParentMissing } from "@cchc/domain/OrgUnitErrors";
import type { PeriodCodeInvalid, PeriodNotInRegime } from "@cchc/domain/Period";
import type * as ParErrors from "@cchc/domain/par-index/ParErrors";
import type { ParTransitionInvalid } from "@cchc/domain/par-index/ParWorkflow";
import type { PlanDocumentMissing, PlanExists, PlanNotFound, TaskConflict, TaskInvalid, TaskNotFound } from "@cchc/domain/plans/PlanErrors";
import type { ReportSettingsConflict, ReportSettingsNotFound } from "@cchc/domain/report-settings/ReportSettingsErrors";
import type { PeriodLocked } from "@cchc/domain/workflow/PeriodLocked";
import type { WorkflowReasonMissing, WorkflowTransitionInvalid } from "@cchc/domain/workflow/ReportWorkflow";
import type { DocxUnreadable } from "@cchc/report/docx-text/ReadDocxText";
import type { PdfConversionFailed, PdfConverterMissing } from "@cchc/report/render/Pdf";
import type {
  AuthRequired,
  CredentialsInvalid,
  CsrfTokenInvalid,
  OwnAccountDisable,
  PasswordChangeRefused,
  PasswordChangeRequired,
  SignInFailed,
  SignInThrottled,
} from "../auth/AuthErrors.js";
import type { ReportEmpty, TextEncodingInvalid } from "../checks/ReportText.js";
import type { DossierBatchBodyTooLarge } from "../dossiers/BatchBody.js";
import type { DatabaseNotReady } from "../health/routes.js";
import type { BodyMalformed, BodyTooLarge, MediaTypeUnsupported, RequestInvalid } from "../http/RequestErrors.js";
import type { CalendarTokenInvalid } from "../reminders/ReminderErrors.js";
import type { ReminderRunBusy } from "../reminders/Scheduler.js";
import type { SubmissionBlocked, SubmissionIncomplete, WarningCommentRequired } from "../workflow/WorkflowErrors.js";
import type { RawRouteInput } from "./Route.js";

/** Every failure of the PAR Index (each class `par-index/ParErrors` exports). */
type ParError = InstanceType<(typeof ParErrors)[keyof typeof ParErrors]>;

/** The failures the API answers (one class per tag of `httpErrors`). */
export type ServerError =
  | RequestInvalid
  | BodyMalformed
  | BodyTooLarge
  | MediaTypeUnsupported
  | DatabaseNotReady
  | PasswordChangeRequired
  | PeriodCodeInvalid
  | PeriodNotInRegime
  | TextEncodingInvalid
  | DocxUnreadable
  | PdfConverterMissing
  | PdfConversionFailed
  | ReportEmpty
  | CatalogueNotFound
  | DossierBatchInvalid
  | DossierBatchTooLarge
  | DossierBatchBodyTooLarge
  | DossierWindowInvalid
  | ReportSettingsNotFound
  | ReportSettingsConflict
  | OrgUnitNotFound
  | OrgUnitDuplicate
  | OrgUnitParentMissing
  | OrgUnitInvalid
  | AuthRequired
  | CredentialsInvalid
  | CsrfTokenInvalid
  | AccessDenied
  | SignInFailed
  | SignInThrottled
  | PasswordChangeRefused
  | UserNotFound
  | UserDuplicate
  | OwnAccountDisable
  | TokenNotFound
  | PeriodLocked
  | WorkflowTransitionInvalid
  | WorkflowReasonMissing
  | SubmissionBlocked
  | WarningCommentRequired
  | IndicatorNotFound
  | ClaimConflict
  | ValueConflict
  | DocumentDuplicate
  | DocumentNotFound
  | DocumentParentInvalid
  | DocumentInUse
  | PlanExists
  | PlanDocumentMissing
  | PlanNotFound
  | TaskNotFound
  | TaskConflict
  | TaskInvalid
  | InspectionNotFound
  | InspectionConflict
  | InspectionInvalid
  | ActivityNotFound
  | ActivityConflict
  | ActivityInvalid
  | NarrativeNotFound
  | NarrativeConflict
  | ParError
  | ParTransitionInvalid
  | SubmissionIncomplete
  | MissingReasonConflict
  | CalendarTokenInvalid
  | CalendarTokenNotFound
  | ReminderRunBusy;

/** What a mapper says about a failure; status and code come from `httpErrors`. */
export interface ErrorAnswer {
  readonly message: string;
  readonly details?: unknown;
  /** Headers the answer carries besides its JSON (Retry-After). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The failure class behind a tag. */
export type ErrorOf<T extends ErrorTag> = Extract<ServerError, { readonly _tag: T }>;

/** Turns a failure into its answer; `input` (the raw request) lets it name the field at fault. */
export type Mapper<T extends ErrorTag> = (e: ErrorOf<T>, input: RawRouteInput | undefined) => ErrorAnswer;

/** Mappers for some tags. */
export type Mappers<T extends ErrorTag> = { readonly [K in T]: Mapper<K> };
