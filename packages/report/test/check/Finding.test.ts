import { JSONSchema, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { CheckResult, Finding } from "../../src/check/Finding.js";
import { ExtractionResult } from "../../src/extract/Extraction.js";

describe("Finding schemas", () => {
  it("produce JSON Schema for the API's OpenAPI document", () => {
    const check = JSONSchema.make(CheckResult) as { $defs?: Record<string, unknown> };
    expect(Object.keys(check.$defs ?? {})).toEqual(expect.arrayContaining(["Finding", "FindingRule", "CheckedPeriod"]));
    const extraction = JSONSchema.make(ExtractionResult) as { $defs?: Record<string, unknown> };
    expect(Object.keys(extraction.$defs ?? {})).toEqual(expect.arrayContaining(["ExtractedFigure", "StatedClaim"]));
  });

  it("rejects an unknown rule code", () => {
    const f = {
      rule: "spelling",
      severity: "error",
      confidence: "certain",
      line: 1,
      column: 1,
      excerpt: "",
      message: "",
      suggestion: null,
      index: 0,
      length: 0,
    };
    expect(() => Schema.decodeUnknownSync(Finding)(f)).toThrow();
    expect(Schema.decodeUnknownSync(Finding)({ ...f, rule: "term-misspelled" }).rule).toBe("term-misspelled");
  });
});
