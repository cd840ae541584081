/**
 * A JSON object read from a generated document (JSON Schema, OpenAPI): open-ended by nature, read
 * to render or to find declared bounds, never trusted as input.
 */
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema and OpenAPI objects are open-ended
export type JsonDocument = Record<string, any>;
