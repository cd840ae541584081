/**
 * Where a person lands after signing in: on their own unit (the highest unit of their grants;
 * the first of them when several, the others offered in the context bar) and on the current
 * reporting period — unless the link they opened names a unit they may read and a period.
 * Never on a unit they cannot read.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import type { GrantBody } from "../api/Answers";
import type { Place } from "../router/Router";
import { allows, currentPeriod, homeUnits } from "./Access";

/**
 * The change of place to make on arrival (null: stay). Without known grants (an older server, or
 * a server without accounts) the place is left as the link says.
 */
export const placeFor = (
  grants: ReadonlyArray<GrantBody> | undefined,
  units: ReadonlyArray<OrgUnit>,
  place: Place,
  search: URLSearchParams,
  now: Date = new Date(),
): Partial<Place> | null => {
  if (grants === undefined || units.length === 0) return null;
  const change: { unit?: string; period?: string } = {};
  const named = search.get("unit")?.trim();
  const home = homeUnits(grants, units)[0];
  if (home !== undefined && (!named || !allows(grants, units, "read", place.unit))) change.unit = home;
  if (!search.get("period")?.trim()) change.period = currentPeriod(LocalDate.ofInstantInVietnam(now));
  return Object.keys(change).length > 0 ? change : null;
};
