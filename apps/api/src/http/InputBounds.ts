/**
 * The bounds every request's input must keep, checked by the Router for every route before its
 * schemas run — one place, so a route added tomorrow is covered without a line of its own:
 *
 * - no string or key holds NUL (PostgreSQL text cannot) or a lone UTF-16 surrogate (not text);
 * - a path parameter has at most {@link LIMITS.paramChars} characters, a query value at most
 *   {@link LIMITS.queryChars}; a body string at most the `maxLength` its schema declares, or
 *   {@link LIMITS.bodyStringChars} when it declares none;
 * - JSON nests at most {@link LIMITS.depth} levels, an array holds at most {@link LIMITS.arrayItems}
 *   items (a schema may declare fewer), an object at most {@link LIMITS.objectKeys} keys;
 * - an integer id or version — a path parameter `id`, a body field `id`, `version`, `…Id`, `…Ids` or `evidence` — fits the
 *   stored 32-bit `integer` (1 … 2.147.483.647): rows are keyed by `serial`.
 *
 * Text is normalised to NFC before it gets here (Router). A breach is a 400 REQUEST_INVALID naming
 * the field path; it is never a failed query.
 */
import type { AnySchema } from "@cchc/contract";
import { JSONSchema } from "effect";
import type { FieldIssue } from "./ApiError.js";
import { arrayAt, isJsonObject, type JsonDocument, numberAt, objectAt, textAt, toJsonObject } from "./JsonDocument.js";

/** The documented limits (docs/api.md, "Giới hạn đầu vào"). */
export const LIMITS = {
  paramChars: 200,
  queryChars: 1000,
  queryKeys: 50,
  bodyStringChars: 2000,
  keyChars: 200,
  depth: 32,
  arrayItems: 10_000,
  objectKeys: 1000,
  maxRowId: 2_147_483_647,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID_KEY = /^(id|version|expectedVersion|.+Id|.+Ids|evidence)$/;

const textIssue = (s: string): string | undefined => {
  if (s.includes("\u0000")) return "không được chứa ký tự NUL (U+0000)";
  if (LONE_SURROGATE.test(s)) return "không phải văn bản hợp lệ (có ký tự UTF-16 mồ côi)";
  return undefined;
};

/** A body schema as JSON Schema, resolved through its own definitions, for the bounds it declares. */
export interface BodyBounds {
  readonly root: JsonDocument;
  /** The named schemas `$ref: "#/$defs/…"` point at, by name. */
  readonly definitions: JsonDocument;
}

/** The bounds a body schema declares (built once per route, at mount time). */
export const boundsOf = (schema: AnySchema | undefined): BodyBounds | undefined => {
  if (schema === undefined) return undefined;
  const definitions: Record<string, JSONSchema.JsonSchema7> = {};
  try {
    const root = toJsonObject(JSONSchema.fromAST(schema.ast, { definitions, target: "jsonSchema2019-09" }), "a body schema");
    return { root, definitions };
  } catch {
    // a schema JSON Schema cannot describe still gets the defaults
    return { root: {}, definitions };
  }
};

/** A schema read where one is expected: anything but a JSON object declares no bounds, as `{}`. */
const schemaOf = (s: unknown): JsonDocument => (isJsonObject(s) ? s : {});

const resolve = (b: BodyBounds, s: unknown, seen = 0): JsonDocument => {
  if (!isJsonObject(s)) return {};
  const ref = textAt(s, "$ref")?.replace(/^#\/\$defs\//, "");
  if (ref !== undefined && seen < 20) return resolve(b, objectAt(b.definitions, ref), seen + 1);
  return s;
};

const alternatives = (b: BodyBounds, s: JsonDocument): JsonDocument[] => {
  const r = resolve(b, s);
  const alts = [...arrayAt(r, "anyOf"), ...arrayAt(r, "oneOf"), ...arrayAt(r, "allOf")].map(schemaOf);
  return alts.length === 0 ? [r] : [r, ...alts.flatMap((a) => alternatives(b, a))];
};

const stringLimit = (b: BodyBounds, s: JsonDocument): number => {
  const limits = alternatives(b, s).flatMap((a) => numberAt(a, "maxLength") ?? []);
  return limits.length === 0 ? LIMITS.bodyStringChars : Math.max(...limits);
};

const arrayLimit = (b: BodyBounds, s: JsonDocument): number => {
  const limits = alternatives(b, s).flatMap((a) => numberAt(a, "maxItems") ?? []);
  return limits.length === 0 ? LIMITS.arrayItems : Math.min(LIMITS.arrayItems, Math.max(...limits));
};

const itemSchema = (b: BodyBounds, s: JsonDocument, index: number): JsonDocument => {
  for (const a of alternatives(b, s)) {
    const prefixed = arrayAt(a, "prefixItems")[index];
    if (prefixed) return schemaOf(prefixed);
    const items = objectAt(a, "items");
    if (items) return items;
    const tupled = arrayAt(a, "items")[index];
    if (tupled) return schemaOf(tupled);
  }
  return {};
};

const propertySchema = (b: BodyBounds, s: JsonDocument, key: string): JsonDocument => {
  for (const a of alternatives(b, s)) {
    const properties = objectAt(a, "properties");
    if (properties && key in properties) return schemaOf(properties[key]);
  }
  for (const a of alternatives(b, s)) {
    const extra = objectAt(a, "additionalProperties");
    if (extra) return extra;
  }
  return {};
};

const walk = (b: BodyBounds, s: JsonDocument, value: unknown, path: string, key: string, depth: number, out: FieldIssue[]): void => {
  if (out.length >= 20) return;
  if (depth > LIMITS.depth) {
    out.push({ path, message: `lồng quá ${LIMITS.depth} cấp` });
    return;
  }
  if (typeof value === "string") {
    const bad = textIssue(value);
    if (bad) out.push({ path, message: bad });
    else {
      const limit = stringLimit(b, s);
      if (value.length > limit) out.push({ path, message: `dài quá ${limit} ký tự (${value.length})` });
    }
  } else if (typeof value === "number") {
    if (Number.isInteger(value) && ID_KEY.test(key) && Math.abs(value) > LIMITS.maxRowId)
      out.push({ path, message: `mã phải từ 1 đến ${LIMITS.maxRowId}` });
  } else if (Array.isArray(value)) {
    const limit = arrayLimit(b, s);
    if (value.length > limit) {
      out.push({ path, message: `có ${value.length} phần tử, tối đa ${limit}` });
      return;
    }
    for (const [i, v] of value.entries()) walk(b, itemSchema(b, s, i), v, `${path}[${i}]`, key, depth + 1, out);
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length > LIMITS.objectKeys) {
      out.push({ path, message: `có ${entries.length} trường, tối đa ${LIMITS.objectKeys}` });
      return;
    }
    for (const [k, v] of entries) {
      const bad = textIssue(k) ?? (k.length > LIMITS.keyChars ? `tên trường dài quá ${LIMITS.keyChars} ký tự` : undefined);
      if (bad) out.push({ path, message: bad });
      else walk(b, propertySchema(b, s, k), v, `${path}.${k}`, k, depth + 1, out);
    }
  }
};

const flat = (root: "params" | "query", record: Readonly<Record<string, string>>, limit: number, out: FieldIssue[]): void => {
  const entries = Object.entries(record);
  if (root === "query" && entries.length > LIMITS.queryKeys)
    out.push({ path: root, message: `có ${entries.length} tham số, tối đa ${LIMITS.queryKeys}` });
  for (const [k, v] of entries) {
    const path = `${root}.${k}`;
    const bad = textIssue(k) ?? textIssue(v);
    if (bad) out.push({ path, message: bad });
    else if (v.length > limit) out.push({ path, message: `dài quá ${limit} ký tự (${v.length})` });
    else if (root === "params" && k === "id" && /^\d+$/.test(v) && Number(v) > LIMITS.maxRowId)
      out.push({ path, message: `mã phải từ 1 đến ${LIMITS.maxRowId}` });
  }
};

/** The breaches of the bounds in a request's raw input; empty when it keeps them all. */
export const inputIssues = (
  input: { readonly params: Readonly<Record<string, string>>; readonly query: Readonly<Record<string, string>>; readonly body: unknown },
  body: BodyBounds | undefined,
): ReadonlyArray<FieldIssue> => {
  const out: FieldIssue[] = [];
  flat("params", input.params, LIMITS.paramChars, out);
  flat("query", input.query, LIMITS.queryChars, out);
  if (input.body !== undefined) walk(body ?? { root: {}, definitions: {} }, body?.root ?? {}, input.body, "body", "", 0, out);
  return out;
};
