/**
 * The console's first call, the unit list, with the org-units endpoints alone: the first useful
 * frame waits for Effect and these few Schemas, not for every endpoint of the API (LazyApiClient
 * loads the whole client afterwards). Same endpoint, same checks as `HttpApiClient.units`.
 */
import * as OrgUnits from "@cchc/contract/endpoints/OrgUnits";
import type { UnitList, UnitQuery } from "./ApiClient.js";
import { callerOf, type HttpClientOptions } from "./Call.js";

/** `GET /org-units`. */
export const listUnits = (options: HttpClientOptions, query?: UnitQuery): Promise<UnitList> =>
  callerOf({ listOrgUnits: OrgUnits.listOrgUnits }, options)("listOrgUnits", { query: query ?? {} });
