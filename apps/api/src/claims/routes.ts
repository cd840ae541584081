/**
 * Stated rates (claims) of a unit's period: the figures a report states ("đạt tỷ lệ: 49,5%") that
 * validation compares with the rates computed from the counts. `PUT` corrects one (or withdraws it
 * with `stated: null`) with the version read — 409 CLAIM_CONFLICT when stale, 409 PERIOD_LOCKED
 * once an approval locked the report — and answers the claim and the validation findings after
 * the change. Each change is recorded in the audit trail in its transaction.
 */
import * as Claims from "@cchc/contract/endpoints/Claims";
import { IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import { findingsFor } from "../validation/Findings.js";
import { resolveScope } from "../values/Scope.js";

/** Claim routes. */
export const claimRoutes = [
  handle(Claims.putClaim, ({ params, body }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      if (!scope.catalogue.rates.some((r) => r.code === body.rate && r.disaggregation === body.disaggregation))
        return yield* Effect.fail(new IndicatorNotFound({ code: body.rate, year: scope.catalogue.year }));
      const actor = actorOf(yield* CurrentPrincipal);
      const saved = yield* Effect.flatMap(ValueRepo, (r) => r.setClaim(scope.unit.code, scope.window.code, body, actor));
      return {
        claim: saved === null ? null : { ...saved, text: saved.text ?? null },
        findings: yield* findingsFor(scope),
      };
    }),
  ),
];
