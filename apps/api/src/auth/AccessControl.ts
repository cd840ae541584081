/**
 * The access check as an Effect: resolves a unit's chain in the tree and applies the pure
 * decision of `@cchc/domain/access/Access`. Used by the Router for every route and by handlers
 * that need a second check (acting for another user, listing across units).
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import * as Access from "@cchc/domain/access/Access";
import type { Principal } from "@cchc/domain/access/Principal";
import type { Action } from "@cchc/domain/access/Role";
import { Effect } from "effect";
import { AuthRequired } from "./AuthErrors.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";

/** The unit and its ancestors, itself first; an unknown unit is its own chain (only "every unit" grants cover it). */
export const chainOf = (unit: string) =>
  Effect.flatMap(OrgUnitRepo, (repo) =>
    Effect.match(repo.ancestors(unit), {
      onFailure: () => [unit] as ReadonlyArray<string>,
      onSuccess: (up) => [unit, ...up.map((u) => u.code).reverse()] as ReadonlyArray<string>,
    }),
  );

/** Checks that `principal` may do `action` on `unit` (or somewhere, when no unit): 401 for anonymous, 403 otherwise. */
export const check = (principal: Principal, action: Action, unit: string | undefined) =>
  Effect.gen(function* () {
    if (principal.via === "anonymous") return yield* Effect.fail(new AuthRequired());
    const target: Access.Target = unit === undefined ? { kind: "none" } : { kind: "unit", unit, chain: yield* chainOf(unit) };
    return yield* Access.decide(principal, action, target);
  });

/** Checks the current request's principal. */
export const demand = (action: Action, unit: string | undefined) => Effect.flatMap(CurrentPrincipal, (p) => check(p, action, unit));

/** Whether the current principal may do the action on the unit. */
export const may = (action: Action, unit: string | undefined) =>
  Effect.match(demand(action, unit), { onFailure: () => false, onSuccess: () => true });

/** The unit codes the current principal may do `action` on ("*" = all), for narrowing lists. */
export const reachableUnits = (action: Action) =>
  Effect.gen(function* () {
    const p = yield* CurrentPrincipal;
    const repo = yield* OrgUnitRepo;
    const chains = new Map<string, ReadonlyArray<string>>();
    for (const g of p.grants) if (g.unit !== "*") chains.set(g.unit, yield* chainOf(g.unit));
    if (p.tokenUnit !== null && p.tokenUnit !== "*") chains.set(p.tokenUnit, yield* chainOf(p.tokenUnit));
    const roots = Access.subtreesFor(p, action, (u) => chains.get(u) ?? [u]);
    if (roots.includes("*")) return "*" as const;
    const units = new Set<string>();
    for (const root of roots) {
      const sub = yield* Effect.orElseSucceed(repo.subtree(root), () => []);
      for (const u of sub) units.add(u.code);
    }
    return [...units];
  });
