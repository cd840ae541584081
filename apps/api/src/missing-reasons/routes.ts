/**
 * Reasons why a compulsory indicator has no value (ADR 0021; DHIS2's "missing values require a
 * comment"). `GET` lists the unit's compulsory indicators for the period, the stated reasons and
 * what is still missing; `PUT …/{indicator}` states, corrects or (with `reason: null`) withdraws a
 * reason with the version read — 409 MISSING_REASON_CONFLICT when stale, 409 PERIOD_LOCKED once
 * an approval locked the report. Each change is recorded in the audit trail in its transaction.
 */
import * as MissingReasons from "@cchc/contract/endpoints/MissingReasons";
import { IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import { MissingReasonRepo } from "@cchc/db/values/MissingReasonRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as Completeness from "@cchc/domain/indicators/Completeness";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import { findingsFor, missingFor } from "../validation/Findings.js";
import { resolveScope, type Scope } from "../values/Scope.js";

/** The completeness of a scope: compulsory indicators, stated reasons, what is missing. */
const completenessOf = (scope: Scope) =>
  Effect.gen(function* () {
    const values = yield* Effect.flatMap(ValueRepo, (r) => r.list(scope.unit.code, scope.window.code));
    const reasons = yield* Effect.flatMap(MissingReasonRepo, (r) => r.list(scope.unit.code, scope.window.code));
    const valued = new Set(values.map((v) => v.indicator));
    const byIndicator = new Map(reasons.map((r) => [r.indicator, r]));
    return {
      compulsory: scope.catalogue.indicators
        .filter((i) => Completeness.isCompulsory(i, scope.unit.kind))
        .map((i) => ({ indicator: i.code, nameVi: i.nameVi, hasValue: valued.has(i.code), reason: byIndicator.get(i.code) ?? null })),
      reasons,
      missing: yield* missingFor(scope, values),
    };
  });

/** Missing-reason routes. */
export const missingReasonRoutes = [
  handle(MissingReasons.listMissingReasons, ({ params }) => Effect.flatMap(resolveScope(params.unit, params.period), completenessOf)),
  handle(MissingReasons.putMissingReason, ({ params, body }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const indicator = scope.catalogue.indicators.find((i) => i.code === params.indicator);
      if (indicator === undefined) return yield* Effect.fail(new IndicatorNotFound({ code: params.indicator, year: scope.catalogue.year }));
      const actor = actorOf(yield* CurrentPrincipal);
      const saved = yield* Effect.flatMap(MissingReasonRepo, (r) => r.set(scope.unit.code, scope.window.code, indicator.code, body, actor));
      const findings = yield* findingsFor(scope);
      return { reason: saved, missing: (yield* completenessOf(scope)).missing, findings };
    }),
  ),
];
