/**
 * Builds the OpenAPI 3.1 document from the routes' own schemas — the same schemas that validate
 * requests — so the published contract cannot drift from what the server accepts.
 */

import { type AnySchema, ApiErrorBody, errorsOf, httpErrors } from "@cchc/contract";
import { JSONSchema } from "effect";
import type { JsonDocument } from "./JsonDocument.js";
import { isRawAnswer, type Route } from "./Route.js";

type Json = JsonDocument;

const toOpenApiPath = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

/** Builds the document for `routes` served under `prefix`. */
export const openApiDocument = (
  routes: ReadonlyArray<Route>,
  prefix: string,
  info: { title: string; version: string; description: string },
): Json => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {};
  const jsonSchema = (schema: AnySchema): Json =>
    JSONSchema.fromAST(schema.ast, {
      definitions,
      definitionPath: "#/components/schemas/",
      target: "openApi3.1",
      topLevelReferenceStrategy: "keep",
    }) as Json;

  const resolve = (s: Json): Json => {
    const ref = typeof s.$ref === "string" ? s.$ref.replace("#/components/schemas/", "") : undefined;
    const def = ref === undefined ? undefined : (definitions[ref] as Json | undefined);
    return def ? resolve(def) : s;
  };
  const parameters = (where: "path" | "query", schema: AnySchema | undefined): Json[] => {
    if (!schema) return [];
    const s = resolve(jsonSchema(schema));
    const required = new Set<string>(s.required ?? []);
    return Object.entries<Json>(s.properties ?? {}).map(([name, prop]) => ({
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(prop.description ? { description: prop.description } : {}),
      schema: prop,
    }));
  };

  const paths: Json = {};
  const errorRef = jsonSchema(ApiErrorBody);
  for (const { spec } of routes) {
    const p = toOpenApiPath(`${prefix}${spec.path}`);
    const okContent = isRawAnswer(spec)
      ? Object.fromEntries(
          spec.response.contentTypes.map((t) => {
            const json = t.startsWith("application/json") ? spec.response.json : undefined;
            return [t, { schema: json ? jsonSchema(json) : { type: "string", format: "binary" } }];
          }),
        )
      : { "application/json": { schema: jsonSchema(spec.response as AnySchema) } };
    // Every error the operation may answer with, grouped by status: the codes and what they mean.
    const errorAnswers: Json = {};
    for (const tag of errorsOf(spec)) {
      const { status, code, description } = httpErrors[tag];
      const line = `${code}: ${description}`;
      const at = errorAnswers[String(status)];
      if (at === undefined) errorAnswers[String(status)] = { description: line, content: { "application/json": { schema: errorRef } } };
      else if (!at.description.split("\n").includes(line)) at.description += `\n${line}`;
    }
    const op: Json = {
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
    if (spec.body) op.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(spec.body) } } };
    if (spec.rawBody)
      op.requestBody = {
        required: true,
        description: spec.rawBody.description,
        content: Object.fromEntries(spec.rawBody.contentTypes.map((t) => [t, { schema: { type: "string" } }])),
      };
    paths[p] = { ...(paths[p] ?? {}), [spec.method]: op };
  }
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: definitions,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Mã truy cập API (API token)" },
        session: { type: "apiKey", in: "cookie", name: "cchc_session" },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  };
};
