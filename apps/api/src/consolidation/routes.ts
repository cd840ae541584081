/**
 * `POST /units/{unit}/periods/{period}/consolidate`: a parent's figures from its children's
 * approved figures, by each indicator's aggregation, with the children included and missing.
 */
import * as Consolidation from "@cchc/contract/endpoints/Consolidation";
import { actorOf } from "@cchc/domain/access/Principal";
import { Clock, Effect } from "effect";
import { demand, may } from "../auth/AccessControl.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import { consolidate } from "./ConsolidationService.js";

/** Consolidation routes. */
export const consolidationRoutes = [
  handle(Consolidation.consolidateUnit, ({ params }) =>
    Effect.gen(function* () {
      if (!(yield* may("approve", params.unit))) yield* demand("write-values", params.unit);
      const p = yield* CurrentPrincipal;
      const ms = yield* Clock.currentTimeMillis;
      const r = yield* consolidate(params.unit, params.period, actorOf(p), new Date(ms));
      return {
        ...r,
        rates: r.rates.map((x) => ({ code: x.code, disaggregation: x.disaggregation, value: x.value, formatted: x.formatted })),
      };
    }),
  ),
];
