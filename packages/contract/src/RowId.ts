/**
 * The id of a stored row in a path (`/documents/:id`, `/tasks/:id`): a positive integer that fits
 * PostgreSQL's `integer`, so that an id too large is a 400 rather than a failed query (500).
 */
import { Schema } from "effect";

/** Largest value of a PostgreSQL `integer` (serial) column. */
const MAX_ROW_ID = 2_147_483_647;

/** A row id read from a path segment. */
export const RowIdFromString = Schema.NumberFromString.pipe(
  Schema.int({ message: () => "mã phải là số nguyên" }),
  Schema.between(1, MAX_ROW_ID, { message: () => `mã phải từ 1 đến ${MAX_ROW_ID}` }),
);

/** The `:id` path parameter of a kind's row, described for OpenAPI ("Mã văn bản trong sổ"). */
export const RowIdParams = (description: string) => Schema.Struct({ id: RowIdFromString.annotations({ description }) });
