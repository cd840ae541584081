/**
 * Reading the `details` of an error answer, which the contract types as `unknown` (each error
 * code has its own): fields are looked up without trusting their shape.
 */

/** The fields of a value that is an object (none otherwise). */
export const recordOf = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};

/** A number field, or null. */
export const numberField = (value: unknown, key: string): number | null => {
  const v = recordOf(value)[key];
  return typeof v === "number" ? v : null;
};

/** A string field, or undefined. */
export const stringField = (value: unknown, key: string): string | undefined => {
  const v = recordOf(value)[key];
  return typeof v === "string" ? v : undefined;
};
