/**
 * Access to reform data the Router cannot place by itself: records found by id (a document, a
 * task), whose unit is known only once they are loaded, and lists across units.
 *
 * Policy for records by id: an unknown id answers 404 to every caller (ids are sequential, so
 * hiding which exist would protect nothing); a record outside the caller's subtree answers 403
 * ACCESS_DENIED naming only the refused action — neither the record's unit nor its content.
 * Lists without a `unit` show only the units the caller may read; a `unit` outside that reach is
 * refused (403) by the Router's default rule before the handler runs.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { AccessDenied } from "@cchc/domain/access/Access";
import { actorOf } from "@cchc/domain/access/Principal";
import type { Action } from "@cchc/domain/access/Role";
import { Effect } from "effect";
import { demand, reachableUnits } from "../auth/AccessControl.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { RequestInvalid } from "../http/RequestErrors.js";
import { pagingOf } from "../indicators/Paging.js";

/** Checks `action` on a loaded record's unit; the refusal does not say which unit the record belongs to. */
export const demandOnRecord = (action: Action, unit: string) =>
  Effect.catchTag(demand(action, unit), "AccessDenied", (e) =>
    Effect.fail(new AccessDenied({ action: e.action, unit: undefined, reason: e.reason })),
  );

/** The units whose data a list across units may show: undefined = every unit. */
export const readableUnits = Effect.map(reachableUnits("read"), (r) => (r === "*" ? undefined : r));

/** What a list across units is asked: an optional unit and the paging. */
interface UnitListQuery {
  readonly unit?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/**
 * A page of a list across units (documents, inspections, activities): the query's unit, or when it
 * names none only the units the caller may read; the answer says the paging it applied.
 */
export const readableList = <Q extends UnitListQuery, Found extends object, E, R>(
  query: Q,
  list: (
    q: Q & { readonly units: ReadonlyArray<string> | undefined; readonly limit: number; readonly offset: number },
  ) => Effect.Effect<Found, E, R>,
) =>
  Effect.gen(function* () {
    const paging = pagingOf(query);
    const units = query.unit === undefined ? yield* readableUnits : undefined;
    const found = yield* list({ ...query, units, ...paging });
    return { ...found, ...paging };
  });

/** The audit actor of the current request. */
export const currentActor = Effect.map(CurrentPrincipal, actorOf);

/** The unit named in a body must exist: otherwise 400 at `path`, never a storage failure. */
export const knownUnit = (unit: string, path: string) =>
  Effect.flatMap(OrgUnitRepo, (r) =>
    Effect.mapError(r.get(unit), () => new RequestInvalid({ issues: [{ path, message: `không có đơn vị mã "${unit}"` }] })),
  );
