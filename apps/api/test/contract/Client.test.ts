/**
 * The one client of the contract against the real app, as the web app and the console use it:
 * inputs encoded and answers decoded with the endpoints' own Schemas, failures typed by code, and
 * the OpenAPI document listing every error answer an operation declares.
 */
import { Api, ApiFailure, ApiUnreachable, ContractMismatch, endpoint, httpErrors, makeClient, runCall } from "@cchc/contract";
import { Effect, Either, Schema } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { openApi } from "../../src/app.js";
import { allRoutes } from "../../src/routes.js";
import { inspection } from "../inspections/InspectionFixture.js";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, useTestApp } from "../support/TestApp.js";

describe.each(databases())("the contract's client on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  let headers: Record<string, string> = {};
  beforeAll(async () => {
    headers = bearer(await tokenFor(testApp(), "bientap.vp"));
  });
  const client = () =>
    makeClient(Api, {
      baseUrl: "http://localhost/api/v1",
      fetch: (url, init) => Promise.resolve(testApp().app.request(String(url), init)),
      headers: () => headers,
    });

  it("creates, reads, corrects and removes through typed calls; the answers decode with the endpoints' Schemas", async () => {
    const api = client();
    const decoded = inspection;
    const created = await runCall(api.createInspection({ body: decoded }));
    expect(created).toMatchObject({ ...inspection, version: 1 });
    const read = await runCall(api.getInspection({ params: { id: created.id } }));
    expect(read).toEqual(created);
    const corrected = await runCall(api.updateInspection({ params: { id: created.id }, body: { remediationStatus: "done", version: 1 } }));
    expect(corrected.version).toBe(2);
    const list = await runCall(api.listInspections({ query: { unit: "DT.VPUBND", period: "2022-H1" } }));
    expect(list.items.map((i) => i.id)).toContain(created.id);
    expect(await runCall(api.deleteInspection({ params: { id: created.id }, query: { version: 2 } }))).toEqual({
      deleted: true,
      id: created.id,
    });
  });

  it("fails with the API's code, message and details: a stale version, an unknown id, no credentials", async () => {
    const api = client();
    const created = await runCall(api.createInspection({ body: inspection }));
    await runCall(api.updateInspection({ params: { id: created.id }, body: { findings: "Bản mới", version: 1 } }));
    const stale = await Effect.runPromise(
      Effect.either(api.updateInspection({ params: { id: created.id }, body: { findings: "Bản cũ", version: 1 } })),
    );
    expect(Either.isLeft(stale) && stale.left).toBeInstanceOf(ApiFailure);
    if (Either.isLeft(stale) && stale.left._tag === "ApiFailure") {
      expect(stale.left.status).toBe(409);
      expect(stale.left.code).toBe("INSPECTION_CONFLICT");
      expect(stale.left.details).toMatchObject({ currentVersion: 2 });
    }
    await expect(runCall(api.getInspection({ params: { id: 999_999 } }))).rejects.toMatchObject({
      status: 404,
      code: "INSPECTION_NOT_FOUND",
    });
    headers = {};
    await expect(runCall(api.listInspections({}))).rejects.toMatchObject({ status: 401, code: "AUTH_REQUIRED" });
    headers = bearer(await tokenFor(testApp(), "bientap.vp"));
  });

  it("refuses an answer that does not match the endpoint's Schema, and reports an unreachable server", async () => {
    const lying = makeClient(
      { getInspection: endpoint({ ...Api.getInspection, response: Schema.Struct({ id: Schema.String }) }) },
      {
        baseUrl: "http://localhost/api/v1",
        fetch: (url, init) => Promise.resolve(testApp().app.request(String(url), init)),
        headers: () => headers,
      },
    );
    const created = await runCall(client().createInspection({ body: inspection }));
    await expect(runCall(lying.getInspection({ params: { id: created.id } }))).rejects.toBeInstanceOf(ContractMismatch);
    const down = makeClient(Api, { baseUrl: "http://localhost/api/v1", fetch: () => Promise.reject(new Error("ECONNREFUSED")) });
    await expect(runCall(down.getInspection({ params: { id: 1 } }))).rejects.toBeInstanceOf(ApiUnreachable);
  });
});

describe("the contract and the app", () => {
  it("has every route of the app as an endpoint of Api under its operationId, and nothing else", () => {
    const endpoints = new Set<unknown>(Object.values(Api));
    for (const r of allRoutes) expect(endpoints.has(r.spec), r.spec.operationId).toBe(true);
    for (const [name, e] of Object.entries(Api)) expect(e.operationId).toBe(name);
    expect(Object.keys(Api).length).toBe(allRoutes.length);
  });
});

describe("the OpenAPI document's error answers", () => {
  const ops = Object.values(openApi.paths).flatMap((m) => Object.values(m));

  it("lists 401 and 403 on every guarded operation and 503 where the database answers", () => {
    for (const op of ops) {
      if (op.security === undefined) {
        expect(op.responses["401"]?.description, op.operationId).toContain("AUTH_REQUIRED");
        expect(op.responses["403"]?.description, op.operationId).toContain("ACCESS_DENIED");
      }
    }
    expect(ops.filter((o) => o.responses["503"]).length).toBeGreaterThan(ops.length / 2);
  });

  it("lists each error an endpoint declares under its status, with its code", () => {
    for (const e of Object.values(Api))
      for (const tag of e.errors ?? []) {
        const op = ops.find((o) => o.operationId === e.operationId);
        const { status, code } = httpErrors[tag];
        expect(op?.responses[String(status)]?.description, `${e.operationId} ${tag}`).toContain(code);
      }
  });
});
