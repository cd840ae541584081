/**
 * Every route of the public API `/api/v1`, in the order of the OpenAPI document.
 * A feature adds its route list here.
 */

import { activityRoutes } from "./activities/routes.js";
import { auditRoutes } from "./audit/routes.js";
import { accountRoutes } from "./auth/accountRoutes.js";
import { accountStatusRoutes } from "./auth/accountStatusRoutes.js";
import { passwordResetRoutes } from "./auth/passwordResetRoutes.js";
import { authRoutes } from "./auth/routes.js";
import { checkRoutes } from "./checks/routes.js";
import { claimRoutes } from "./claims/routes.js";
import { consolidationRoutes } from "./consolidation/routes.js";
import { demoRoutes } from "./demo/routes.js";
import { documentRoutes } from "./documents/routes.js";
import { dossierRoutes } from "./dossiers/routes.js";
import { healthRoutes } from "./health/routes.js";
import type { Route } from "./http/Route.js";
import { indicatorRoutes } from "./indicators/routes.js";
import { inspectionRoutes } from "./inspections/routes.js";
import { missingReasonRoutes } from "./missing-reasons/routes.js";
import { narrativeRoutes } from "./narratives/routes.js";
import { orgUnitRoutes } from "./org-units/routes.js";
import { parIndexRoutes } from "./par-index/routes.js";
import { periodRoutes } from "./periods/routes.js";
import { planRoutes } from "./plans/routes.js";
import { reminderRoutes } from "./reminders/routes.js";
import { reportSettingsRoutes } from "./report-settings/routes.js";
import { reportRoutes } from "./reports/routes.js";
import { validationRoutes } from "./validation/routes.js";
import { valueRoutes } from "./values/routes.js";
import { workflowRoutes } from "./workflow/routes.js";

/** All routes of the API. */
export const allRoutes: ReadonlyArray<Route> = [
  ...healthRoutes,
  ...periodRoutes,
  ...orgUnitRoutes,
  ...checkRoutes,
  ...demoRoutes,
  ...authRoutes,
  ...accountRoutes,
  ...workflowRoutes,
  ...consolidationRoutes,
  ...auditRoutes,
  ...reportRoutes,
  ...reportSettingsRoutes,
  ...indicatorRoutes,
  ...valueRoutes,
  ...validationRoutes,
  ...documentRoutes,
  ...planRoutes,
  ...inspectionRoutes,
  ...activityRoutes,
  ...narrativeRoutes,
  ...dossierRoutes,
  ...passwordResetRoutes,
  ...accountStatusRoutes,
  ...parIndexRoutes,
  ...reminderRoutes,
  ...claimRoutes,
  ...missingReasonRoutes,
];
