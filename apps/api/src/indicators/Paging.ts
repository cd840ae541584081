/**
 * `?limit=&offset=` for list routes: validated query fields and the slice of an in-memory list.
 * Lists answer `{ items, total, limit, offset }` so a client can page without guessing.
 */
import { Schema } from "effect";

/** Page size when the query names none. */
export const DEFAULT_LIMIT = 50;
/** Largest page size a query may ask for. */
export const MAX_LIMIT = 1000;

/** The query fields of a paged list. */
export const pagingFields = {
  limit: Schema.optional(
    Schema.NumberFromString.pipe(
      Schema.int({ message: () => "limit phải là số nguyên" }),
      Schema.between(1, MAX_LIMIT, { message: () => `limit phải từ 1 đến ${MAX_LIMIT}` }),
    ),
  ).annotations({ description: `Số phần tử tối đa (mặc định ${DEFAULT_LIMIT}, tối đa ${MAX_LIMIT})` }),
  offset: Schema.optional(
    Schema.NumberFromString.pipe(
      Schema.int({ message: () => "offset phải là số nguyên" }),
      Schema.nonNegative({ message: () => "offset không được âm" }),
    ),
  ).annotations({ description: "Bỏ qua bao nhiêu phần tử đầu (mặc định 0)" }),
};

/** The paging fields of a list answer. */
export const pageFields = { total: Schema.Number, limit: Schema.Number, offset: Schema.Number };

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
