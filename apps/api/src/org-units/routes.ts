/**
 * Handlers of the organisation units (endpoints: `@cchc/contract/endpoints/OrgUnits`): the tree
 * (filtered by kind and as-of date), one unit, and the chain of units that took over from one (the
 * 2025 reform). Any signed-in caller may read them, whatever subtree its roles cover (ADR 0006).
 */
import * as OrgUnits from "@cchc/contract/endpoints/OrgUnits";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import * as LocalDate from "@cchc/domain/LocalDate";
import { currentOf, toTree } from "@cchc/domain/OrgUnit";
import { Clock, Effect } from "effect";
import { handle } from "../http/Route.js";

/** A unit with its children (recursive): see `@cchc/contract/endpoints/OrgUnits`. */
export { OrgUnitNodeBody } from "@cchc/contract/endpoints/OrgUnits";

/** Org-unit routes. */
export const orgUnitRoutes = [
  handle(OrgUnits.listOrgUnits, ({ query }) =>
    Effect.gen(function* () {
      const repo = yield* OrgUnitRepo;
      const items = yield* repo.list(query);
      return { items, tree: toTree(items) };
    }),
  ),
  handle(OrgUnits.getOrgUnit, ({ params }) => Effect.flatMap(OrgUnitRepo, (repo) => repo.get(params.code))),
  handle(OrgUnits.getOrgUnitSuccessors, ({ params, query }) =>
    Effect.gen(function* () {
      const repo = yield* OrgUnitRepo;
      const unit = yield* repo.get(params.code);
      const successors = yield* repo.successors(unit.code);
      const asOf = query.asOf ?? LocalDate.ofInstantInVietnam(new Date(yield* Clock.currentTimeMillis));
      return { unit, successors, current: currentOf(unit, successors, asOf) ?? null, asOf };
    }),
  ),
];
