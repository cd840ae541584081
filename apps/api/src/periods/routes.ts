/**
 * Handler of `GET /periods/{code}` (endpoint: `@cchc/contract/endpoints/Periods`): the date window
 * of a reporting period under a regime.
 */
import * as Periods from "@cchc/contract/endpoints/Periods";
import * as Period from "@cchc/domain/Period";
import { Effect } from "effect";
import { handle } from "../http/Route.js";

/** A resolved reporting period: see `@cchc/contract/endpoints/Periods`. */
export { PeriodWindowBody } from "@cchc/contract/endpoints/Periods";

/** Period routes. */
export const periodRoutes = [
  handle(Periods.getPeriod, ({ params, query }) =>
    Effect.map(Period.window(params.code, query.regime ?? "nd09"), (w) => ({ ...w, code: String(w.code) })),
  ),
];
