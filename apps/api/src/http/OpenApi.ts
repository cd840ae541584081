/**
 * Builds the OpenAPI 3.1 document from the routes' own schemas — the same schemas that validate
 * requests — so the published contract cannot drift from what the server accepts.
 */

import { type AnySchema, ApiErrorBody, errorsOf, httpErrors } from "@cchc/contract";
import { JSONSchema } from "effect";
import { arrayAt, isJsonObject, type JsonDocument, objectAt, textAt, toJsonObject } from "./JsonDocument.js";
import { isRawAnswer, type Route } from "./Route.js";

/** The document's `info`: what the API is called, its version and what it offers. */
export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

/** A media type's entry in a request or answer: the JSON Schema of its content. */
export interface OpenApiMedia {
  readonly schema: JsonDocument;
}

/** The content of a request or answer by media type. */
export type OpenApiContent = Readonly<Record<string, OpenApiMedia>>;

/** A path or query parameter of an operation. */
export interface OpenApiParameter {
  readonly name: string;
  readonly in: "path" | "query";
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonDocument;
}

/** The body an operation takes. */
export interface OpenApiRequestBody {
  readonly required: boolean;
  readonly description?: string;
  readonly content: OpenApiContent;
}

/** One answer of an operation (a status, or `default`). */
export interface OpenApiAnswer {
  readonly description: string;
  readonly content: OpenApiContent;
}

/** A security requirement: scheme name → scopes (none here). */
export type OpenApiSecurityRequirement = Readonly<Record<string, ReadonlyArray<string>>>;

/** One operation (a method on a path). */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: ReadonlyArray<string>;
  readonly parameters: ReadonlyArray<OpenApiParameter>;
  readonly responses: Readonly<Record<string, OpenApiAnswer>>;
  /** Present (and empty) only on public operations: no credentials needed. */
  readonly security?: ReadonlyArray<OpenApiSecurityRequirement>;
  readonly requestBody?: OpenApiRequestBody;
}

/** The operations of one path, by lower-case method. */
export type OpenApiPathItem = Readonly<Record<string, OpenApiOperation>>;

/** A way to present credentials (`components.securitySchemes`). */
export interface OpenApiSecurityScheme {
  readonly type: "http" | "apiKey";
  readonly scheme?: string;
  readonly in?: "cookie" | "header" | "query";
  readonly name?: string;
  readonly description?: string;
}

/** The OpenAPI 3.1 document of the API. */
export interface OpenApiDocument {
  readonly openapi: "3.1.0";
  readonly info: OpenApiInfo;
  readonly servers: ReadonlyArray<{ readonly url: string }>;
  readonly paths: Readonly<Record<string, OpenApiPathItem>>;
  readonly components: {
    /** The named JSON Schemas that `$ref: "#/components/schemas/…"` point at. */
    readonly schemas: Readonly<Record<string, JsonDocument>>;
    readonly securitySchemes: Readonly<Record<string, OpenApiSecurityScheme>>;
  };
  readonly security: ReadonlyArray<OpenApiSecurityRequirement>;
}

const toOpenApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/** The named schemas effect filled in, each checked to be a JSON object (same names, same order). */
const schemaMap = (definitions: Readonly<Record<string, JSONSchema.JsonSchema7>>): Readonly<Record<string, JsonDocument>> =>
  Object.fromEntries(Object.entries(definitions).map(([name, schema]) => [name, toJsonObject(schema, `schema ${name}`)]));

/** Builds the document for `routes` served under `prefix`. */
export const openApiDocument = (routes: ReadonlyArray<Route>, prefix: string, info: OpenApiInfo): OpenApiDocument => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {};
  const jsonSchema = (schema: AnySchema): JsonDocument =>
    toJsonObject(
      JSONSchema.fromAST(schema.ast, {
        definitions,
        definitionPath: "#/components/schemas/",
        target: "openApi3.1",
        topLevelReferenceStrategy: "keep",
      }),
      "a JSON Schema",
    );

  const resolve = (s: JsonDocument): JsonDocument => {
    const ref = textAt(s, "$ref")?.replace("#/components/schemas/", "");
    const def = ref === undefined ? undefined : definitions[ref];
    return isJsonObject(def) ? resolve(def) : s;
  };
  const parameters = (where: "path" | "query", schema: AnySchema | undefined): OpenApiParameter[] => {
    if (!schema) return [];
    const s = resolve(jsonSchema(schema));
    const required = new Set(arrayAt(s, "required"));
    return Object.entries(objectAt(s, "properties") ?? {}).map(([name, property]) => {
      const prop = toJsonObject(property, `the schema of parameter ${name}`);
      const description = textAt(prop, "description");
      return {
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(description ? { description } : {}),
        schema: prop,
      };
    });
  };

  const paths: Record<string, OpenApiPathItem> = {};
  const errorRef = jsonSchema(ApiErrorBody);
  for (const { spec } of routes) {
    const p = toOpenApiPath(`${prefix}${spec.path}`);
    const okContent: OpenApiContent = isRawAnswer(spec)
      ? Object.fromEntries(
          spec.response.contentTypes.map((t) => {
            const json = t.startsWith("application/json") ? spec.response.json : undefined;
            return [t, { schema: json ? jsonSchema(json) : { type: "string", format: "binary" } }];
          }),
        )
      : { "application/json": { schema: jsonSchema(spec.response as AnySchema) } };
    // Every error the operation may answer with, grouped by status: the codes and what they mean.
    const errorLines = new Map<string, string>();
    for (const tag of errorsOf(spec)) {
      const { status, code, description } = httpErrors[tag];
      const line = `${code}: ${description}`;
      const at = errorLines.get(String(status));
      if (at === undefined) errorLines.set(String(status), line);
      else if (!at.split("\n").includes(line)) errorLines.set(String(status), `${at}\n${line}`);
    }
    const errorAnswers: Record<string, OpenApiAnswer> = Object.fromEntries(
      [...errorLines].map(([status, description]) => [status, { description, content: { "application/json": { schema: errorRef } } }]),
    );
    const operation = {
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      parameters: [...parameters("path", spec.params), ...parameters("query", spec.query)],
      responses: {
        [String(spec.successStatus ?? 200)]: {
          description: isRawAnswer(spec) ? spec.response.description : "Thành công",
          content: okContent,
        },
        ...errorAnswers,
        default: {
          description: "Lỗi ngoài dự kiến (500 INTERNAL), cùng dạng lỗi chung",
          content: { "application/json": { schema: errorRef } },
        },
      },
      ...(spec.public ? { security: [] } : {}),
    };
    // A raw body (the handler reads it itself) is described instead of a JSON body's Schema; the
    // Schema is still generated first, so the named schemas come in the same order.
    const jsonBody: OpenApiRequestBody | undefined = spec.body
      ? { required: true, content: { "application/json": { schema: jsonSchema(spec.body) } } }
      : undefined;
    const requestBody: OpenApiRequestBody | undefined = spec.rawBody
      ? {
          required: true,
          description: spec.rawBody.description,
          content: Object.fromEntries(spec.rawBody.contentTypes.map((t) => [t, { schema: { type: "string" } }])),
        }
      : jsonBody;
    const op: OpenApiOperation = requestBody ? { ...operation, requestBody } : operation;
    paths[p] = { ...(paths[p] ?? {}), [spec.method]: op };
  }
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: schemaMap(definitions),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Mã truy cập API (API token)" },
        session: { type: "apiKey", in: "cookie", name: "cchc_session" },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  };
};
