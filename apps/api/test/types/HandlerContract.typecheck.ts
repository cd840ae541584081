/**
 * Compile-time tests of the contract between endpoints and handlers, checked by `tsc` in
 * `npm run typecheck` (part of `npm test`): each `@ts-expect-error` line must fail to build, or the
 * directive itself is an error. Nothing here runs.
 *  1. a handler failing with an error its endpoint does not declare;
 *  2. a handler needing a service the app's layer does not provide;
 *  3. an error no mapper knows: a handler failing with it, an endpoint declaring it, a mapper
 *     record without one of the contract's tags.
 */
import { endpoint } from "@cchc/contract";
import * as Inspections from "@cchc/contract/endpoints/Inspections";
import { InspectionConflict, InspectionNotFound, InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { Context, Data, Effect } from "effect";
import { handle, type RouteInput } from "../../src/http/Route.js";
import type { Mappers } from "../../src/http/ServerErrors.js";

// The baseline compiles: a declared error, an implicit one, a provided service.
export const declared = handle(Inspections.getInspection, ({ params }) =>
  Effect.flatMap(InspectionRepo, (r) => r.get(params.id)).pipe(Effect.zipLeft(Effect.fail(new InspectionNotFound({ id: params.id })))),
);

// 1. getInspection declares InspectionNotFound only.
const failsUndeclared = ({ params }: RouteInput<typeof Inspections.getInspection>) =>
  Effect.flatMap(InspectionRepo, (r) => r.get(params.id)).pipe(
    Effect.flatMap((current) => Effect.fail(new InspectionConflict({ id: params.id, expectedVersion: 1, current }))),
  );
// @ts-expect-error InspectionConflict is not among getInspection's errors
export const undeclared = handle(Inspections.getInspection, failsUndeclared);

// 2. A service no layer of the app provides.
class Unprovided extends Context.Tag("test/Unprovided")<Unprovided, { readonly n: number }>() {}
const needsUnprovided = () => Effect.map(Unprovided, (u) => ({ items: [], total: u.n, limit: 1, offset: 0 }));
// @ts-expect-error Unprovided is not among the app's services
export const unprovided = handle(Inspections.listInspections, needsUnprovided);

// 3. An error the contract (and so the mappers) does not know.
class Unheard extends Data.TaggedError("Unheard")<{}> {}
const failsUnheard = () => Effect.fail(new Unheard());
// @ts-expect-error Unheard has no mapper, so no endpoint may fail with it
export const unmapped = handle(Inspections.getInspection, failsUnheard);

export const unknownTag = endpoint({
  method: "get",
  path: "/x",
  operationId: "x",
  summary: "x",
  tags: ["x"],
  response: Inspections.getInspection.response,
  // @ts-expect-error an endpoint may declare only tags of the contract's error list
  errors: ["Unheard"],
});

// @ts-expect-error a mapper record over the contract's tags must have every tag
export const partial: Mappers<"InspectionNotFound" | "InspectionConflict"> = {
  InspectionNotFound: (e) => ({ message: String(e.id) }),
};
