/**
 * The whole contract of `/api/v1`: every endpoint by its operationId, for `makeClient(Api, …)`.
 * A feature adds its endpoints module here.
 */
import type { AnyEndpoint } from "./Endpoint.js";
import * as Accounts from "./endpoints/Accounts.js";
import * as Activities from "./endpoints/Activities.js";
import * as Audit from "./endpoints/Audit.js";
import * as Auth from "./endpoints/Auth.js";
import * as Checks from "./endpoints/Checks.js";
import * as Claims from "./endpoints/Claims.js";
import * as Consolidation from "./endpoints/Consolidation.js";
import * as Deadlines from "./endpoints/Deadlines.js";
import * as Demo from "./endpoints/Demo.js";
import * as Documents from "./endpoints/Documents.js";
import * as Dossiers from "./endpoints/Dossiers.js";
import * as Health from "./endpoints/Health.js";
import * as Indicators from "./endpoints/Indicators.js";
import * as Inspections from "./endpoints/Inspections.js";
import * as MissingReasons from "./endpoints/MissingReasons.js";
import * as Narratives from "./endpoints/Narratives.js";
import * as Notifications from "./endpoints/Notifications.js";
import * as OrgUnits from "./endpoints/OrgUnits.js";
import * as ParIndex from "./endpoints/ParIndex.js";
import * as Periods from "./endpoints/Periods.js";
import * as Plans from "./endpoints/Plans.js";
import * as ReminderRuns from "./endpoints/ReminderRuns.js";
import * as ReportSettings from "./endpoints/ReportSettings.js";
import * as Reports from "./endpoints/Reports.js";
import * as Validation from "./endpoints/Validation.js";
import * as Values from "./endpoints/Values.js";
import * as Workflow from "./endpoints/Workflow.js";

/** The endpoints a module exports (it may export Schemas beside them). */
export type EndpointsOf<M> = { readonly [K in keyof M as M[K] extends AnyEndpoint ? K : never]: M[K] };

const isEndpoint = (v: unknown): v is AnyEndpoint =>
  typeof v === "object" && v !== null && "operationId" in v && "method" in v && "path" in v && "response" in v;

/** The endpoints of a module. */
export const endpointsOf = <M extends object>(module: M): EndpointsOf<M> =>
  Object.fromEntries(Object.entries(module).filter(([, v]) => isEndpoint(v))) as EndpointsOf<M>;

/** Every endpoint of the API by operationId. */
export const Api = {
  ...endpointsOf(Health),
  ...endpointsOf(Auth),
  ...endpointsOf(Accounts),
  ...endpointsOf(Audit),
  ...endpointsOf(Demo),
  ...endpointsOf(Workflow),
  ...endpointsOf(Consolidation),
  ...endpointsOf(Checks),
  ...endpointsOf(Reports),
  ...endpointsOf(Documents),
  ...endpointsOf(Activities),
  ...endpointsOf(Narratives),
  ...endpointsOf(Dossiers),
  ...endpointsOf(OrgUnits),
  ...endpointsOf(Periods),
  ...endpointsOf(ReportSettings),
  ...endpointsOf(Indicators),
  ...endpointsOf(Values),
  ...endpointsOf(Validation),
  ...endpointsOf(Plans),
  ...endpointsOf(Inspections),
  ...endpointsOf(ParIndex),
  ...endpointsOf(Deadlines),
  ...endpointsOf(Notifications),
  ...endpointsOf(ReminderRuns),
  ...endpointsOf(Claims),
  ...endpointsOf(MissingReasons),
};

/** The contract's type. */
export type Api = typeof Api;
