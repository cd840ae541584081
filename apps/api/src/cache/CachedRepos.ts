/**
 * The org-unit tree and the indicator catalogues, cached per `reference` version (ADR 0013): the
 * access check of every request walks a unit's ancestors and every values or report answer loads
 * the catalogue of its year; both change rarely. Writes go to the repository as before (a write
 * request never reads from the cache).
 */
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { type Context, Effect, Layer } from "effect";
import { ApiCaches, type Caches, memo } from "./ApiCaches.js";

const referenceOf =
  (caches: Caches) =>
  (key: string) =>
  <A, E, R>(compute: Effect.Effect<A, E, R>) =>
    memo(caches.reference, "reference", key, compute);

/** Caches the result of `compute` under `key` of the reference version. */
type Reference = ReturnType<typeof referenceOf>;

/** The repository of `tag` (built by `layer`) with the reads `cachedReads` returns in place of its own. */
const withCachedReads = <I, S extends object, E, R>(
  tag: Context.Tag<I, S>,
  layer: Layer.Layer<I, E, R>,
  cachedReads: (base: S, ref: Reference) => Partial<S>,
) =>
  Layer.effect(
    tag,
    Effect.gen(function* () {
      const base = yield* tag;
      return { ...base, ...cachedReads(base, referenceOf(yield* ApiCaches)) };
    }),
  ).pipe(Layer.provide(layer));

/** OrgUnitRepo whose reads come from the cache when the tree has not changed. */
export const cachedOrgUnitRepo = withCachedReads(OrgUnitRepo, OrgUnitRepo.layer, (base, ref) => ({
  list: (q) => ref(`units:list:${JSON.stringify(q ?? null)}`)(base.list(q)),
  get: (code) => ref(`units:get:${code}`)(base.get(code)),
  successors: (code) => ref(`units:successors:${code}`)(base.successors(code)),
  subtree: (code, asOf) => ref(`units:subtree:${code}:${asOf ?? ""}`)(base.subtree(code, asOf)),
  ancestors: (code) => ref(`units:ancestors:${code}`)(base.ancestors(code)),
}));

/** CatalogueRepo whose reads come from the cache when no catalogue has changed. */
export const cachedCatalogueRepo = withCachedReads(CatalogueRepo, CatalogueRepo.layer, (base, ref) => ({
  years: () => ref("catalogue:years")(base.years()),
  forYear: (year) => ref(`catalogue:year:${year}`)(base.forYear(year)),
  applicable: (year) => ref(`catalogue:applicable:${year}`)(base.applicable(year)),
}));
