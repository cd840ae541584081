import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApi } from "../../src/app.js";

// The published contract must be a valid OpenAPI 3.1 document that third parties' generators
// accept: checked by an independent validator (schema of the specification, $refs resolved).
describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 with every reference resolved", async () => {
    const doc = structuredClone(openApi);
    const validated = (await SwaggerParser.validate(doc as never)) as { openapi?: string; paths?: object };
    expect(validated.openapi).toBe("3.1.0");
    expect(Object.keys(validated.paths ?? {}).length).toBeGreaterThan(40);
  });

  it("fails the validator when an operation is broken (the check can fail)", async () => {
    const doc = structuredClone(openApi) as { paths: Record<string, Record<string, { responses?: unknown }>> };
    const [path] = Object.keys(doc.paths);
    const op = Object.values(doc.paths[path as string] ?? {})[0];
    if (op) op.responses = "không phải một đối tượng";
    await expect(SwaggerParser.validate(doc as never)).rejects.toThrow();
  });

  it("gives every operation a unique operationId", () => {
    const ids = Object.values(openApi.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("publishes the Schema of a file download's JSON form, and files as binary", () => {
    const content = openApi.paths["/api/v1/reports/{unit}/{period}"]?.get?.responses["200"]?.content ?? {};
    expect(content["application/json; charset=utf-8"]?.schema.$ref).toBe("#/components/schemas/AssemblyResult");
    expect(content["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]?.schema).toEqual({
      type: "string",
      format: "binary",
    });
  });
});
