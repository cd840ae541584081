/**
 * Handlers of a unit's report header and closing (endpoints:
 * `@cchc/contract/endpoints/ReportSettings`): read by anyone who may read the unit; written by its
 * editors with the version read (409 REPORT_SETTINGS_CONFLICT when stale).
 */
import * as ReportSettings from "@cchc/contract/endpoints/ReportSettings";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReportSettingsRepo } from "@cchc/db/report-settings/ReportSettingsRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";

/** Report-settings routes. */
export const reportSettingsRoutes = [
  handle(ReportSettings.getReportSettings, ({ params }) =>
    Effect.gen(function* () {
      const unit = yield* (yield* OrgUnitRepo).get(params.unit);
      return yield* (yield* ReportSettingsRepo).get(unit.code);
    }),
  ),
  handle(ReportSettings.putReportSettings, ({ params, body }) =>
    Effect.gen(function* () {
      yield* (yield* OrgUnitRepo).get(params.unit);
      const actor = actorOf(yield* CurrentPrincipal);
      const { version, ...settings } = body;
      return yield* (yield* ReportSettingsRepo).put({ unit: params.unit, ...settings }, version, actor.name ?? "api");
    }),
  ),
];
