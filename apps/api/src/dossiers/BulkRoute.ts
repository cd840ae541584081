/**
 * `POST /dossiers/bulk` (endpoint: `@cchc/contract/endpoints/Dossiers` bulkLoadDossiers): the bulk
 * first load of a one-stop system's history (`cchc import dossiers --bulk`). The CSV body is
 * streamed into one transaction (`@cchc/db/dossiers/DossierBulkLoad`): stored whole or refused
 * whole, for sources that have no records yet.
 */
import * as Dossiers from "@cchc/contract/endpoints/Dossiers";
import { DossierIngest } from "@cchc/db/dossiers/DossierIngest";
import { Effect } from "effect";
import { reachableUnits } from "../auth/AccessControl.js";
import { MediaTypeUnsupported } from "../http/RequestErrors.js";
import { handle } from "../http/Route.js";
import { formatOf } from "./BatchBody.js";
import { bodyLines } from "./BulkBody.js";

/** The route. */
export const BulkLoadRoute = handle(Dossiers.bulkLoadDossiers, ({ request }) =>
  Effect.gen(function* () {
    const contentType = request.headers.get("content-type") ?? "";
    if (formatOf(contentType) !== "csv")
      return yield* Effect.fail(new MediaTypeUnsupported({ contentType: contentType || "(không có)", accepted: ["text/csv"] }));
    const reachable = yield* reachableUnits("write-dossiers");
    const allowedUnits = reachable === "*" ? ("*" as const) : new Set(reachable);
    return yield* (yield* DossierIngest).bulkLoadCsvStream(bodyLines(request.body), { allowedUnits });
  }),
);
