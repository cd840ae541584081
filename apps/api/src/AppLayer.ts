/**
 * The services of the API composed once: database, repositories and domain services.
 * A feature adds its layer here.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { TokenRepo } from "@cchc/db/accounts/TokenRepo";
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { Versions } from "@cchc/db/cache/Versions";
import { ConsolidationRepo } from "@cchc/db/consolidation/ConsolidationRepo";
import { Database, type DatabaseConfig } from "@cchc/db/Database";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { DossierIngest } from "@cchc/db/dossiers/DossierIngest";
import { DossierStatistics } from "@cchc/db/dossiers/DossierStatistics";
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { NarrativeRepo } from "@cchc/db/narratives/NarrativeRepo";
import { ParIndexRepo } from "@cchc/db/par-index/ParIndexRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import { ReportSettingsRepo } from "@cchc/db/report-settings/ReportSettingsRepo";
import { MissingReasonRepo } from "@cchc/db/values/MissingReasonRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { PeriodLock } from "@cchc/db/workflow/PeriodLock";
import { WorkflowRepo } from "@cchc/db/workflow/WorkflowRepo";
import { Layer } from "effect";
import { Authenticator } from "./auth/Authenticator.js";
import { ApiCaches } from "./cache/ApiCaches.js";
import { cachedCatalogueRepo, cachedOrgUnitRepo } from "./cache/CachedRepos.js";
import { Mailer, PublicUrl } from "./reminders/Mailer.js";
import { ParIndexDeadlines } from "./reminders/ParIndexDeadlines.js";
import { reportSourcesLayer } from "./workflow/ReportSourcesLive.js";

/** The cache versions of the database and this process's caches (ADR 0013). */
export const CacheLayer = ApiCaches.layer.pipe(Layer.provideMerge(Versions.layer));

/** Repositories over a database; the unit tree and the catalogues through the caches. */
export const RepoLayer = Layer.mergeAll(
  cachedOrgUnitRepo,
  AccountRepo.layer,
  SessionRepo.layer,
  TokenRepo.layer,
  AuditLog.layer,
  WorkflowRepo.layer,
  PeriodLock.layer,
  ConsolidationRepo.layer,
  cachedCatalogueRepo,
  ValueRepo.layer,
  MissingReasonRepo.layer,
  DocumentRepo.layer,
  PlanRepo.layer,
  InspectionRepo.layer,
  ActivityRepo.layer,
  NarrativeRepo.layer,
  DossierIngest.layer,
  DossierStatistics.layer,
  ReportSettingsRepo.layer,
  ParIndexRepo.layer,
  ReminderStore.layer,
).pipe(Layer.provideMerge(CacheLayer));

/**
 * Services built on the repositories: who the caller is (tests pass `Authenticator.withFallback`)
 * and the reform-data port of the workflow.
 */
export const serviceLayer = (authenticator: typeof Authenticator.layer = Authenticator.layer, delivery: DeliveryLayers = {}) =>
  Layer.mergeAll(
    authenticator,
    reportSourcesLayer,
    delivery.mailer ?? Mailer.none,
    delivery.publicUrl ?? PublicUrl.fallback,
    delivery.parIndex ?? ParIndexDeadlines.live,
  ).pipe(Layer.provideMerge(RepoLayer));

/** How reminders leave the server: the mailer (none by default), the app's public address, extra deadline sources. */
export interface DeliveryLayers {
  readonly mailer?: Layer.Layer<Mailer>;
  readonly publicUrl?: Layer.Layer<PublicUrl>;
  readonly parIndex?: Layer.Layer<ParIndexDeadlines>;
}

/** Everything the routes need, over the configured database. */
export const appLayer = (config: DatabaseConfig, delivery: DeliveryLayers = {}) =>
  serviceLayer(Authenticator.layer, delivery).pipe(Layer.provideMerge(Database.layer(config)));

/** The services available to every route handler. */
export type AppServices = Layer.Layer.Success<ReturnType<typeof appLayer>>;
