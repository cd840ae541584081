/**
 * Rows decoded into the domain: `rowDecoder(table, schema)` builds, once, a decoder that checks a
 * value assembled from a row against the domain's Schema (its type side: brands, literals, date
 * and period formats) and answers it typed. A row that does not match is a defect — the database
 * holds something the domain does not allow — thrown with the table and the Schema's own message.
 */

import { Either, ParseResult, Schema } from "effect";

/** A row that does not decode into the domain: a defect, never a failure callers handle. */
export class RowMismatch extends Error {
  constructor(
    readonly table: string,
    readonly detail: string,
  ) {
    super(`Dòng của bảng ${table} không khớp với miền dữ liệu: ${detail}`);
    this.name = "RowMismatch";
  }
}

/** A precompiled decoder of `table`'s rows into `schema`'s type; build it at module level. */
export const rowDecoder = <A, I>(table: string, schema: Schema.Schema<A, I>): ((value: unknown) => A) => {
  const decode = Schema.decodeUnknownEither(Schema.typeSchema(schema), { errors: "first" });
  return (value) => Either.getOrThrowWith(decode(value), (e) => new RowMismatch(table, ParseResult.TreeFormatter.formatErrorSync(e)));
};
