/**
 * Organisation units: the tree (filtered by kind and as-of date) and one unit.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { LocalDate } from "@cchc/domain/LocalDate";
import { OrgUnit, type OrgUnitNode, toTree, UnitKind } from "@cchc/domain/OrgUnit";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";

/** A unit with its children (recursive). */
export const OrgUnitNodeBody: Schema.Schema<OrgUnitNode, any> = Schema.Struct({
  ...OrgUnit.fields,
  children: Schema.Array(Schema.suspend((): Schema.Schema<OrgUnitNode, any> => OrgUnitNodeBody)),
}).annotations({ identifier: "OrgUnitNode" });

const UnitList = Schema.Struct({
  items: Schema.Array(OrgUnit),
  tree: Schema.Array(OrgUnitNodeBody),
}).annotations({ identifier: "OrgUnitList" });

/** Org-unit routes. */
export const orgUnitRoutes = [
  route(
    {
      method: "get",
      path: "/org-units",
      operationId: "listOrgUnits",
      summary: "Danh sách và cây đơn vị",
      tags: ["Đơn vị"],
      query: Schema.Struct({
        kind: Schema.optional(UnitKind),
        asOf: Schema.optional(LocalDate).annotations({ description: "Chỉ các đơn vị còn hiệu lực vào ngày này" }),
      }),
      response: UnitList,
    },
    ({ query }) =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        const items = yield* repo.list(query);
        return { items, tree: toTree(items) };
      }),
  ),
  route(
    {
      method: "get",
      path: "/org-units/:code",
      operationId: "getOrgUnit",
      summary: "Một đơn vị",
      tags: ["Đơn vị"],
      params: Schema.Struct({ code: Schema.String }),
      response: OrgUnit,
      errors: ["ORG_UNIT_NOT_FOUND"],
    },
    ({ params }) => Effect.flatMap(OrgUnitRepo, (repo) => repo.get(params.code)),
  ),
];
