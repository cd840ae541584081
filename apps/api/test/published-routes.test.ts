/**
 * The public API is a contract with other systems: a route once published is never removed or
 * renamed silently. This test fails when a published route (method, path, operationId) is gone
 * from the OpenAPI document; new routes are published by adding them to published-routes.json.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApi } from "../src/app.js";

const published: ReadonlyArray<string> = JSON.parse(readFileSync(new URL("./published-routes.json", import.meta.url), "utf8"));
const current = Object.entries(openApi.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
);

describe("published API routes", () => {
  it("keeps every published route with its method, path and operation id", () => {
    const missing = published.filter((r) => !current.includes(r));
    expect(missing, `routes removed or renamed without a new API version: ${missing.join(", ")}`).toEqual([]);
  });

  it("lists every current route as published (add new ones to published-routes.json)", () => {
    const unlisted = current.filter((r) => !published.includes(r));
    expect(unlisted, "new routes must be added to test/published-routes.json on purpose").toEqual([]);
  });

  it("documents every operation with a summary, a tag and the common error shape", () => {
    for (const methods of Object.values(openApi.paths))
      for (const op of Object.values(methods)) {
        expect(op.summary, op.operationId).toBeTruthy();
        expect(op.tags.length, op.operationId).toBeGreaterThan(0);
        expect(op.responses.default?.content["application/json"]?.schema.$ref).toBe("#/components/schemas/ApiError");
      }
  });
});
