/**
 * The access decision: may this principal do this action on this unit? A role covers the unit it
 * is held on and everything below it; a token narrows its owner's rights to its scopes and its
 * subtree. The unit's place in the tree comes in as its chain of codes (itself, its parent, …, the
 * root), so the decision is pure and the same everywhere.
 */
import { Data, Either } from "effect";
import type { Grant, Principal } from "./Principal.js";
import { type Action, EVERY_UNIT, roleAllows, scopesAllow } from "./Role.js";

/** Why access is refused. */
export type DenialReason = "unauthenticated" | "no-role" | "token-scope" | "token-unit";

/** The principal may not do `action` on `unit` (undefined: on no unit at all). */
export class AccessDenied extends Data.TaggedError("AccessDenied")<{
  readonly action: Action;
  readonly unit: string | undefined;
  readonly reason: DenialReason;
}> {}

/** Where an action is aimed: a unit with its chain (itself first, root last), or nowhere in particular. */
export type Target = { readonly kind: "unit"; readonly unit: string; readonly chain: ReadonlyArray<string> } | { readonly kind: "none" };

const covers = (grantUnit: string, chain: ReadonlyArray<string>): boolean => grantUnit === EVERY_UNIT || chain.includes(grantUnit);

/** The grants of a principal that allow an action (before token limits). */
export const grantsFor = (p: Principal, action: Action): ReadonlyArray<Grant> => p.grants.filter((g) => roleAllows(g.role, action));

/**
 * Decides an action. Without a unit, the principal needs the action somewhere; for a unit, a
 * grant on the unit or an ancestor (or on every unit). A token must carry a scope for the action
 * and, when limited to a subtree, the unit must lie in it.
 */
export const decide = (p: Principal, action: Action, target: Target): Either.Either<void, AccessDenied> => {
  const unit = target.kind === "unit" ? target.unit : undefined;
  const deny = (reason: DenialReason) => Either.left(new AccessDenied({ action, unit, reason }));
  if (p.via === "anonymous") return deny("unauthenticated");
  if (p.scopes !== null && !scopesAllow(p.scopes, action)) return deny("token-scope");
  const grants = grantsFor(p, action);
  if (target.kind === "none") return grants.length > 0 ? Either.void : deny("no-role");
  if (p.tokenUnit !== null && !covers(p.tokenUnit, target.chain)) return deny("token-unit");
  return grants.some((g) => covers(g.unit, target.chain)) ? Either.void : deny("no-role");
};

/** Whether the principal may do the action on the unit. */
export const allows = (p: Principal, action: Action, target: Target): boolean => Either.isRight(decide(p, action, target));

/**
 * The roots of the subtrees on which the principal may do an action: "*" for everything.
 * A token limited to a subtree yields that subtree when a grant covers it, or the grants inside it.
 * Callers listing data across units use it to keep to what the principal may see.
 */
export const subtreesFor = (p: Principal, action: Action, chainOf: (unit: string) => ReadonlyArray<string>): ReadonlyArray<string> => {
  if (p.via === "anonymous") return [];
  if (p.scopes !== null && !scopesAllow(p.scopes, action)) return [];
  const units = grantsFor(p, action).map((g) => g.unit);
  if (p.tokenUnit === null) return units.includes(EVERY_UNIT) ? [EVERY_UNIT] : [...new Set(units)];
  const tokenUnit = p.tokenUnit;
  if (tokenUnit === EVERY_UNIT) return units.includes(EVERY_UNIT) ? [EVERY_UNIT] : [...new Set(units)];
  if (units.some((u) => covers(u, chainOf(tokenUnit)))) return [tokenUnit];
  return [...new Set(units.filter((u) => u !== EVERY_UNIT && chainOf(u).includes(tokenUnit)))];
};

/** Whether a principal holds the administrator role on every unit. */
export const isGlobalAdmin = (p: Principal): boolean =>
  p.via !== "anonymous" &&
  (p.scopes === null || scopesAllow(p.scopes, "admin")) &&
  (p.tokenUnit === null || p.tokenUnit === EVERY_UNIT) &&
  p.grants.some((g) => g.role === "admin" && g.unit === EVERY_UNIT);
