/**
 * fast-check arbitraries from the OpenAPI document's JSON Schemas: values shaped like what an
 * operation documents (most of them valid), and hostile ones — wrong types, huge and negative
 * numbers, integers past 32 bits, NUL, lone surrogates, long strings, deep nesting — mixed in.
 */
import fc from "fast-check";
import { arrayAt, isJsonObject, type JsonDocument, numberAt, objectAt, textAt } from "../../src/http/JsonDocument.js";
import type { OpenApiDocument } from "../../src/http/OpenApi.js";

/** Strings a careless or hostile client sends. */
export const hostileString = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "0000-Y",
  "2101-H1",
  "9".repeat(25),
  "-1",
  "2147483648",
  "1e309",
  "'; drop table document; --",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "Tỉnh Đồng Tháp",
  "Tỉnh Đồng Tháp".normalize("NFD"),
  "V".repeat(3000),
  "é".repeat(70_000),
);

/** Numbers a careless or hostile client sends. */
export const hostileNumber = fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 63, 1e308, -0);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constant(null),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant(Array.from({ length: 40 }).reduce<unknown>((acc) => [acc], 1)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Values that make sense in fields of these names (units, periods, indicators, dates of the seed). */
const likely: Record<string, ReadonlyArray<unknown>> = {
  unit: ["DT", "DT.VPUBND", "DT.SNV", "*"],
  period: ["2022-H1", "2022-Q1", "2022-Y"],
  reportedIn: ["2022-H1", null],
  code: ["DT", "2022-H1"],
  indicator: ["tthc.hoso.tiepnhan", "chidao.nhiemvu.cp.giao"],
  indicatorCode: ["tthc.hoso.tiepnhan"],
  year: [2022, 2023],
  regime: ["nd09", "calendar", "bnv"],
  username: ["xem.dt", "khong-co-ai"],
  date: ["2022-03-01", "2022-02-30"],
  asOf: ["2022-06-14"],
  scopes: [["read"], ["read", "write-values"]],
  role: ["viewer", "editor"],
};

/** `s` resolved through the document's named schemas; anything but a JSON object is `{}` (no shape). */
const resolve = (doc: OpenApiDocument, s: unknown, seen = 0): JsonDocument => {
  if (!isJsonObject(s)) return {};
  const ref = textAt(s, "$ref");
  if (ref !== undefined && seen < 30) return resolve(doc, doc.components.schemas[ref.replace("#/components/schemas/", "")], seen + 1);
  return s;
};

/** The schemas of `allOf` merged into one, later ones overriding earlier ones key by key. */
const merged = (doc: OpenApiDocument, allOf: ReadonlyArray<unknown>): JsonDocument => {
  const out: Record<string, unknown> = {};
  for (const a of allOf) Object.assign(out, resolve(doc, a));
  return out;
};

/** An arbitrary for values of `schema` (depth-bounded), named `key` in its parent. */
export const shaped = (doc: OpenApiDocument, schema: unknown, key = "", depth = 0): fc.Arbitrary<unknown> => {
  const s = resolve(doc, schema);
  const options: Array<fc.Arbitrary<unknown>> = [];
  if (likely[key]) options.push(fc.constantFrom(...(likely[key] as unknown[])));
  const enums = arrayAt(s, "enum");
  if (enums.length > 0) options.push(fc.constantFrom(...enums));
  if ("const" in s) options.push(fc.constant(s.const));
  const examples = arrayAt(s, "examples");
  if (examples.length > 0) options.push(fc.constantFrom(...examples));
  const alts = [...arrayAt(s, "anyOf"), ...arrayAt(s, "oneOf")];
  if (alts.length > 0 && depth < 6) options.push(fc.oneof(...alts.map((a) => shaped(doc, a, key, depth + 1))));
  const allOf = arrayAt(s, "allOf");
  if (allOf.length > 0 && depth < 6) options.push(shaped(doc, { ...s, allOf: undefined, ...merged(doc, allOf) }, key, depth + 1));
  const type = Array.isArray(s.type) ? arrayAt(s, "type")[0] : s.type;
  if (type === "string")
    options.push(
      s.format === "date" || /date|On$|At$|from|to/.test(key)
        ? fc.constantFrom("2022-03-01", "2022-06-14", "2021-12-15")
        : fc.string({ minLength: numberAt(s, "minLength") ?? 0, maxLength: Math.min(numberAt(s, "maxLength") ?? 20, 40) }),
    );
  if (type === "integer")
    options.push(fc.integer({ min: numberAt(s, "minimum") ?? 0, max: Math.min(numberAt(s, "maximum") ?? 50, 2 ** 31 - 1) }));
  if (type === "number") options.push(fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0, max: 100, noNaN: true })));
  if (type === "boolean") options.push(fc.boolean());
  if (type === "null") options.push(fc.constant(null));
  if (type === "array" || s.items)
    options.push(
      depth > 5
        ? fc.constant([])
        : fc.array(shaped(doc, s.items, key, depth + 1), { maxLength: 3, minLength: Math.min(numberAt(s, "minItems") ?? 0, 3) }),
    );
  if (type === "object" || s.properties) {
    const props = Object.entries(objectAt(s, "properties") ?? {});
    const required = new Set(arrayAt(s, "required"));
    options.push(
      depth > 5
        ? fc.constant({})
        : fc.record(Object.fromEntries(props.map(([k, v]) => [k, shaped(doc, v, k, depth + 1)])), {
            requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
          }),
    );
  }
  if (options.length === 0) options.push(fc.jsonValue({ maxDepth: 2 }));
  return fc.oneof(...options);
};

/** Mostly the documented shape; one time in four a hostile value somewhere in it, or instead of it. */
export const fuzzed = (doc: OpenApiDocument, schema: unknown, key = ""): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: shaped(doc, schema, key) },
    { weight: 1, arbitrary: hostileValue },
    {
      weight: 1,
      arbitrary: fc.tuple(shaped(doc, schema, key), fc.string({ maxLength: 12 }), hostileValue).map(([v, k, bad]) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
        const keys = Object.keys(v);
        const target = keys.length > 0 ? (keys[k.length % keys.length] as string) : k;
        return { ...v, [target]: bad };
      }),
    },
  );
