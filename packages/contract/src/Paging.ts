/**
 * `?limit=&offset=` of list endpoints: the query fields and the page fields of the answer.
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
