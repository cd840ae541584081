/**
 * `?limit=&offset=` for list routes: validated query fields and the slice of an in-memory list.
 * Lists answer `{ items, total, limit, offset }` so a client can page without guessing.
 */
import { DEFAULT_LIMIT } from "@cchc/contract/Paging";

export { DEFAULT_LIMIT, MAX_LIMIT, pageFields, pagingFields } from "@cchc/contract/Paging";

/** Resolved paging of a query. */
export const pagingOf = (q: { readonly limit?: number | undefined; readonly offset?: number | undefined }) => ({
  limit: q.limit ?? DEFAULT_LIMIT,
  offset: q.offset ?? 0,
});

/** A page of an in-memory list. */
export const page = <A>(all: ReadonlyArray<A>, q: { readonly limit?: number | undefined; readonly offset?: number | undefined }) => {
  const { limit, offset } = pagingOf(q);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
};
