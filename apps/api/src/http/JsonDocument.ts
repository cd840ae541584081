/**
 * A JSON object read from a generated document (JSON Schema, OpenAPI): open-ended by nature, read
 * to render or to find declared bounds, never trusted as input. Its members are `unknown`: the
 * helpers below narrow them where they are read.
 */
export type JsonDocument = { readonly [key: string]: unknown };

/** Whether `v` is a JSON object (not null, not an array). */
export const isJsonObject = (v: unknown): v is JsonDocument => typeof v === "object" && v !== null && !Array.isArray(v);

/** `v` as a JSON object; throws when it is not one (a generated schema that is not an object is a bug). */
export const toJsonObject = (v: unknown, what: string): JsonDocument => {
  if (isJsonObject(v)) return v;
  throw new TypeError(`${what} is not a JSON object: ${JSON.stringify(v)}`);
};

/** The object at `key` of `doc`, or undefined when it is absent or not an object. */
export const objectAt = (doc: JsonDocument, key: string): JsonDocument | undefined => {
  const v = doc[key];
  return isJsonObject(v) ? v : undefined;
};

/** The array at `key` of `doc`, or an empty array when it is absent or not an array. */
export const arrayAt = (doc: JsonDocument, key: string): ReadonlyArray<unknown> => {
  const v = doc[key];
  return Array.isArray(v) ? v : [];
};

/** The string at `key` of `doc` (an empty one included), or undefined when it is absent or not a string. */
export const textAt = (doc: JsonDocument, key: string): string | undefined => {
  const v = doc[key];
  return typeof v === "string" ? v : undefined;
};

/** The number at `key` of `doc`, or undefined when it is absent or not a number. */
export const numberAt = (doc: JsonDocument, key: string): number | undefined => {
  const v = doc[key];
  return typeof v === "number" ? v : undefined;
};
