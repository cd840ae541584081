/**
 * A property-based fuzzer driven by the OpenAPI document: for every operation, generated path
 * parameters, queries and bodies (mostly the documented shapes, some hostile), sent as the
 * administrator of every unit and without credentials. Every answer must be below 500, carry a
 * status the operation documents, and — when an error — the common error shape, when a success
 * JSON that the endpoint's answer Schema decodes (what a client built on `@cchc/contract` reads);
 * a refused write must leave every table as it was. The run is deterministic (fixed seed) and its size is
 * `SAMPLES` requests per operation and caller; the figures go to docs/reliability.md.
 */
import { Api, isRaw } from "@cchc/contract";
import { Either, Schema } from "effect";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { openApi } from "../src/app.js";
import { isJsonObject, objectAt } from "../src/http/JsonDocument.js";
import type { OpenApiOperation, OpenApiParameter } from "../src/http/OpenApi.js";
import { snapshot } from "../test/auth/DatabaseSnapshot.js";
import { bearer, tokenFor } from "../test/support/Credentials.js";
import { databases, useTestApp } from "../test/support/TestApp.js";
import { reportFigures } from "./support/Figures.js";
import { fuzzed, hostileString } from "./support/JsonSchemaArbitrary.js";

/** Requests per operation and caller (two callers). */
const SAMPLES = Number(process.env.CCHC_FUZZ_SAMPLES ?? 4);
const SEED = 20261202;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly op: OpenApiOperation;
}

const operations: ReadonlyArray<Operation> = Object.entries(openApi.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ method, path, op })),
);

/** Whether `text` is JSON in the common error shape `{ error: { code, message, … } }`. */
const hasErrorShape = (text: string): boolean => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  const error = isJsonObject(parsed) ? objectAt(parsed, "error") : undefined;
  return typeof error?.code === "string" && typeof error.message === "string";
};

// A path segment as a client would send it; a lone surrogate cannot be URI-encoded, so its UTF-8 bytes go raw.
const segment = (v: unknown): string => {
  const text = String(v);
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
};

const requestArbitrary = (o: Operation) => {
  const pathParams = o.op.parameters.filter((p) => p.in === "path");
  const queryParams = o.op.parameters.filter((p) => p.in === "query");
  const value = (p: OpenApiParameter) =>
    fc.oneof({ weight: 4, arbitrary: fuzzed(openApi, p.schema, p.name) }, { weight: 1, arbitrary: hostileString });
  const json = o.op.requestBody?.content["application/json"]?.schema;
  const raw = o.op.requestBody && !json ? Object.keys(o.op.requestBody.content) : [];
  return fc.record({
    path: fc
      .tuple(...pathParams.map(value))
      .map((values) => pathParams.reduce((p, param, i) => p.replace(`{${param.name}}`, segment(values[i])), o.path)),
    query: fc.tuple(...queryParams.map((q) => fc.option(value(q), { nil: undefined, freq: 2 }))).map((values) => {
      const q = new URLSearchParams();
      queryParams.forEach((param, i) => {
        const v = values[i];
        if (v !== undefined) {
          try {
            q.set(param.name, typeof v === "string" ? v : JSON.stringify(v));
          } catch {
            // a value URLSearchParams cannot hold is not sent
          }
        }
      });
      return q.toString();
    }),
    body: json
      ? fuzzed(openApi, json).map((b) => JSON.stringify(b) ?? "null")
      : raw.length
        ? fc.constantFrom("", "x", "năm 2022\n", "\u0000")
        : fc.constant(undefined),
    contentType: json
      ? fc.constantFrom("application/json", "application/json", "application/json", "text/plain")
      : fc.constantFrom(...(raw.length ? raw : ["application/json"])),
  });
};

const db = databases().at(-1);

describe.runIf(db !== undefined)(`OpenAPI fuzzer on ${db?.name}`, () => {
  const testApp = useTestApp(db as NonNullable<typeof db>, { as: "anonymous" });
  const callers: Record<string, Record<string, string>> = { anonymous: {} };
  beforeAll(async () => {
    callers.admin = bearer(await tokenFor(testApp(), "admin"));
  });

  it("answers every generated request below 500, with a documented status and the error shape; refused writes change nothing", async () => {
    const t = testApp();
    const failures: string[] = [];
    let tried = 0;
    let serverErrors = 0;
    let refused = 0;
    let refusedWrites = 0;
    let successesDecoded = 0;
    const started = Date.now();
    // the tables as they were after the last accepted write: a refused write must leave them so
    let baseline = await t.run(snapshot);
    for (const [index, o] of operations.entries()) {
      const samples = fc.sample(requestArbitrary(o), { numRuns: SAMPLES, seed: SEED + index });
      for (const [who, headers] of Object.entries(callers))
        for (const r of samples) {
          const write = o.method !== "get";
          // a refused sign-in is recorded (audit, throttle) by design; every other refusal stores nothing
          const watch = write && o.op.operationId !== "signIn";
          const url = `${r.path}${r.query ? `?${r.query}` : ""}`;
          const res = await t.app.request(url, {
            method: o.method.toUpperCase(),
            headers: { ...headers, ...(r.body === undefined ? {} : { "content-type": r.contentType }) },
            ...(r.body === undefined ? {} : { body: r.body }),
          });
          tried++;
          const text = await res.text();
          const what = `${who} ${o.method.toUpperCase()} ${url.slice(0, 200)} body=${(r.body ?? "").slice(0, 200)} → ${res.status} ${text.slice(0, 300)}`;
          if (res.status >= 500) {
            serverErrors++;
            failures.push(what);
            continue;
          }
          if (!(String(res.status) in o.op.responses) && !("default" in o.op.responses)) failures.push(`undocumented status: ${what}`);
          if (res.status >= 400) {
            refused++;
            if (!hasErrorShape(text)) failures.push(`error shape: ${what}`);
            if (watch) {
              refusedWrites++;
              const after = await t.run(snapshot);
              if (JSON.stringify(after) !== JSON.stringify(baseline)) failures.push(`refused request changed data: ${what}`);
              baseline = after;
            }
          } else if ((res.headers.get("content-type") ?? "").includes("application/json")) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              failures.push(`success is not JSON: ${what}`);
            }
            const answer = Api[o.op.operationId as keyof typeof Api]?.response;
            // a raw answer (report download: files, or its JSON form) gives the Schema of its JSON form
            const schema = answer === undefined ? undefined : isRaw(answer) ? answer.json : answer;
            if (schema === undefined) failures.push(`JSON success without a Schema in the contract: ${what}`);
            else if (parsed !== undefined) {
              const decoded = Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown>)(parsed);
              if (Either.isLeft(decoded))
                failures.push(`success does not match its Schema: ${what}\n${decoded.left.message.slice(0, 400)}`);
              else successesDecoded++;
            }
          }
          // an accepted write (or a sign-in attempt) moves the baseline on
          if (write && !(watch && res.status >= 400)) baseline = await t.run(snapshot);
        }
    }
    reportFigures("fuzz", {
      database: db?.name,
      operations: operations.length,
      samplesPerOperationAndCaller: SAMPLES,
      seed: SEED,
      requests: tried,
      refused,
      refusedWritesCompared: refusedWrites,
      successesDecoded,
      serverErrors,
      failures: failures.length,
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect(failures.slice(0, 30)).toEqual([]);
    expect(tried).toBe(operations.length * SAMPLES * 2);
    // the generated requests do reach the handlers: a fuzzer that only ever hit refusals would prove little
    expect(successesDecoded).toBeGreaterThan(operations.length / 4);
  });
});
