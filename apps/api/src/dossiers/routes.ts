/**
 * Handlers of the dossier records and their statistics (endpoints:
 * `@cchc/contract/endpoints/Dossiers`). Rules: docs/dossier-statistics.md.
 */
import * as Dossiers from "@cchc/contract/endpoints/Dossiers";
import { DossierIngest } from "@cchc/db/dossiers/DossierIngest";
import { DossierStatistics } from "@cchc/db/dossiers/DossierStatistics";
import { writeComputedValues } from "@cchc/db/dossiers/DossierValues";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { serviceIndicators } from "@cchc/domain/dossiers/DossierIndicators";
import * as Period from "@cchc/domain/Period";
import { Effect } from "effect";
import { demand, reachableUnits } from "../auth/AccessControl.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import { valueChange } from "../values/ValueChange.js";
import { readBatch } from "./BatchBody.js";
import { BulkLoadRoute } from "./BulkRoute.js";

/** Every receiving unit of the batch must be one the caller may write dossiers for. */
const demandUnits = (units: ReadonlySet<string>) =>
  Effect.gen(function* () {
    const reachable = yield* reachableUnits("write-dossiers");
    if (reachable === "*") return;
    const allowed = new Set(reachable);
    for (const u of units) if (!allowed.has(u)) yield* demand("write-dossiers", u);
  });

/** Dossier routes. */
export const dossierRoutes = [
  handle(Dossiers.ingestDossierBatch, ({ request }) =>
    Effect.gen(function* () {
      const { batch } = yield* readBatch(request);
      yield* demandUnits(new Set(batch.rows.map((r) => r.unitCode)));
      const summary = yield* (yield* DossierIngest).ingestChecked(batch);
      return { lines: summary.lines, inserted: summary.inserted, updated: summary.updated, unchanged: summary.unchanged };
    }),
  ),
  BulkLoadRoute,
  handle(Dossiers.getDossierStats, ({ params, query }) =>
    Effect.gen(function* () {
      const window = yield* Period.window(params.period, query.regime ?? "nd09");
      // an unknown unit answers 404 ORG_UNIT_NOT_FOUND, as the statistics would
      const unit = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
      const stats = yield* (yield* DossierStatistics).stats(unit.code, window);
      return {
        unit: stats.unitCode,
        period: { code: window.code, regime: window.regime, start: window.start, end: window.end, label: window.label },
        total: stats.total,
        byLevel: stats.byLevel,
        byChannel: stats.byChannel,
        serviceIndicators: serviceIndicators(stats.total),
      };
    }),
  ),
  handle(Dossiers.writeDossierStatsValues, ({ params, query }) =>
    Effect.gen(function* () {
      const window = yield* Period.window(params.period, query.regime ?? "nd09");
      // an unknown unit answers 404 ORG_UNIT_NOT_FOUND, as the statistics would
      const unit = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
      const who = actorOf(yield* CurrentPrincipal);
      const dryRun = query.dryRun === true;
      const results = yield* writeComputedValues(unit.code, window.code, window, who.name ?? "api", { dryRun, auditAs: who });
      return {
        unit: params.unit,
        period: window.code,
        dryRun,
        changed: results.filter((r) => r.changed).length,
        changes: results.map(valueChange),
      };
    }),
  ),
];
