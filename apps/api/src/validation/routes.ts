/**
 * `GET /units/{unit}/periods/{period}/validation`: every finding of the applicable rules over a
 * unit's period — rule, importance, the filled Vietnamese message, both sides and the values.
 */
import * as Validation from "@cchc/contract/endpoints/Validation";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { resolveScope } from "../values/Scope.js";
import { findingsFor } from "./Findings.js";

/** Validation routes. */
export const validationRoutes = [
  handle(Validation.validateUnitPeriod, ({ params }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const findings = yield* findingsFor(scope);
      return {
        unit: scope.unit.code,
        period: scope.window.code,
        start: scope.window.start,
        end: scope.window.end,
        catalogueYear: scope.catalogue.year,
        errors: findings.filter((f) => f.importance === "error").length,
        warnings: findings.filter((f) => f.importance === "warning").length,
        findings,
      };
    }),
  ),
];
