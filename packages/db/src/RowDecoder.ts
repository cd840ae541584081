/**
 * Rows decoded into the domain: `rowDecoder(table, schema)` builds, once, a decoder that checks a
 * value assembled from a row against the domain's Schema (its type side: brands, literals, date
 * and period formats) and answers it typed. A row that does not match is a defect — the database
 * holds something the domain does not allow — thrown with the table and the Schema's own message.
 * Most fields are their columns renamed from snake_case to camelCase: `camelised(row)` renames
 * them all, the decoder keeps those its Schema names, and a row's own mapping spells out only the
 * fields that differ (`unit` from `unit_code`, JSON text parsed).
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

const camelNames = new Map<string, string>();

/** `held_on` → `heldOn`, each name converted once. */
const camel = (column: string): string => {
  let name = camelNames.get(column);
  if (name === undefined) {
    name = column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    camelNames.set(column, name);
  }
  return name;
};

/** The row's values under their columns' camelCase names (`count_unit` → `countUnit`), for a decoder. */
export const camelised = (row: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) out[camel(column)] = value;
  return out;
};
