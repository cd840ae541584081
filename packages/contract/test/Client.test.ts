/**
 * The client and the endpoint rules on their own, with a recording fetch (the client against the
 * real app is in apps/api/test/contract): what is sent, what is decoded, how failures come back.
 */
import { Effect, Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Api } from "../src/Api.js";
import { ApiFailure, ApiUnreachable, ContractMismatch, fillPath, makeClient, runCall } from "../src/Client.js";
import { endpoint, textAt } from "../src/Endpoint.js";
import { httpErrors } from "../src/HttpErrors.js";
import { errorsOf, implicitErrors } from "../src/ImplicitErrors.js";

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

const recording = (answer: () => Response) => {
  const sent: Sent[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: String(url),
      method: init?.method ?? "GET",
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === "string" ? init.body : undefined,
    });
    return answer();
  };
  return { sent, fetch };
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const removed = { deleted: true, id: 7 };

describe("makeClient", () => {
  it("fills the path, encodes the query with the endpoint's Schemas, and adds the caller's headers", async () => {
    const { sent, fetch } = recording(() => json(200, removed));
    const api = makeClient(Api, {
      baseUrl: "http://x/api/v1",
      fetch,
      headers: (m): Record<string, string> => (m === "GET" ? {} : { "x-csrf-token": "t" }),
    });
    expect(await runCall(api.deleteInspection({ params: { id: 7 }, query: { version: 3 } }))).toEqual(removed);
    expect(sent).toEqual([
      {
        url: "http://x/api/v1/inspections/7?version=3",
        method: "DELETE",
        headers: { accept: "application/json", "x-csrf-token": "t" },
        body: undefined,
      },
    ]);
  });

  it("checks a body against its Schema before sending: a bad one is a ContractMismatch and nothing goes out", async () => {
    const { sent, fetch } = recording(() => json(200, {}));
    const api = makeClient(Api, { baseUrl: "", fetch });
    const bad = await Effect.runPromise(Effect.either(api.updateInspection({ params: { id: 1 }, body: { version: 0 } })));
    expect(Either.isLeft(bad) && bad.left).toBeInstanceOf(ContractMismatch);
    expect(sent).toEqual([]);
  });

  it("gives the API's error as an ApiFailure with status, code, message, details and Retry-After", async () => {
    const { fetch } = recording(() =>
      json(
        429,
        { error: { code: "SIGN_IN_THROTTLED", message: "Thử lại sau 4 giây.", details: { retryAfterSeconds: 4 } } },
        { "retry-after": "4" },
      ),
    );
    const api = makeClient(Api, { baseUrl: "", fetch });
    await expect(runCall(api.signIn({ body: { username: "a", password: "b" } }))).rejects.toMatchObject({
      _tag: "ApiFailure",
      status: 429,
      code: "SIGN_IN_THROTTLED",
      message: "Thử lại sau 4 giây.",
      details: { retryAfterSeconds: 4 },
      retryAfterSeconds: 4,
    });
  });

  it("reads a proxy's page as HTTP_<status>, an answer that does not decode as a ContractMismatch, a network error as ApiUnreachable", async () => {
    const proxy = makeClient(Api, { baseUrl: "", fetch: recording(() => new Response("<html>Bad gateway</html>", { status: 502 })).fetch });
    await expect(runCall(proxy.getHealth({}))).rejects.toMatchObject({ _tag: "ApiFailure", status: 502, code: "HTTP_502" });
    const wrong = makeClient(Api, { baseUrl: "", fetch: recording(() => json(200, { status: "ok" })).fetch });
    await expect(runCall(wrong.getHealth({}))).rejects.toBeInstanceOf(ContractMismatch);
    const down = makeClient(Api, {
      baseUrl: "",
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    await expect(runCall(down.getHealth({}))).rejects.toBeInstanceOf(ApiUnreachable);
    expect(new ApiFailure({ status: 404, code: "X", message: "m" })).toBeInstanceOf(Error);
  });

  it("escapes path segments", () => {
    expect(fillPath("/units/:unit/periods/:period", { unit: "DT/../x", period: "2022-H1" })).toBe("/units/DT%2F..%2Fx/periods/2022-H1");
  });
});

describe("the endpoints", () => {
  it("are named by their operationId, and every declared tag has an answer", () => {
    for (const [name, e] of Object.entries(Api)) {
      expect(e.operationId).toBe(name);
      for (const tag of e.errors ?? []) expect(httpErrors[tag], `${name} ${tag}`).toBeDefined();
    }
    expect(Object.keys(Api).length).toBeGreaterThan(90);
  });

  it("answer 401/403 when guarded, 400/413/415 with a body, 409 PERIOD_LOCKED on value writes, 503 with the database", () => {
    expect(implicitErrors(Api.getHealth)).toEqual([]);
    expect(implicitErrors(Api.getInspection)).toEqual([
      "RequestInvalid",
      "AuthRequired",
      "CredentialsInvalid",
      "AccessDenied",
      "PasswordChangeRequired",
      "DatabaseNotReady",
    ]);
    const put = implicitErrors(Api.updateInspection);
    for (const tag of ["BodyMalformed", "BodyTooLarge", "MediaTypeUnsupported", "CsrfTokenInvalid", "PeriodLocked"] as const)
      expect(put).toContain(tag);
    expect(errorsOf(Api.updateInspection)).toContain("InspectionConflict");
    expect(new Set(errorsOf(Api.updateInspection)).size).toBe(errorsOf(Api.updateInspection).length);
  });

  it("read access fields as text only", () => {
    const body = { grants: [{ unit: "DT.SNV" }], unit: 5 };
    expect(textAt(body, "grants", 0, "unit")).toBe("DT.SNV");
    expect(textAt(body, "unit")).toBeUndefined();
    expect(textAt(undefined, "unit")).toBeUndefined();
    expect(textAt({ unit: "" }, "unit")).toBeUndefined();
  });

  it("keep the Schemas they are given", () => {
    const e = endpoint({
      method: "get",
      path: "/x/:n",
      operationId: "x",
      summary: "x",
      tags: ["x"],
      params: Schema.Struct({ n: Schema.NumberFromString }),
      response: Schema.String,
      errors: ["OrgUnitNotFound"],
    });
    const params = e.params;
    if (params === undefined) throw new Error("the endpoint lost its params");
    expect(Schema.decodeUnknownSync(params)({ n: "4" })).toEqual({ n: 4 });
    expect(e.errors).toEqual(["OrgUnitNotFound"]);
  });
});
