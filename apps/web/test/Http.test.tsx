import { Api as C } from "@cchc/contract/Api";
import { describe, expect, it } from "vitest";
import { makeApi } from "../src/api/Api";
import { ApiFailure, type FetchLike, isMissingRoute, makeHttp } from "../src/api/Http";
import { storedValue, valuesAnswer } from "./support/Answers";
import { answer, apiError, demoUnits, fakeFetch } from "./support/Fakes";

/** The rejection of a promise (fails the test when it resolves). */
const failureOf = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
};

describe("Http over the contract's client", () => {
  it("sends the session cookie, and the anti-forgery token on writes only", async () => {
    const seen: Array<{ method: string; csrf: string | null; credentials: RequestCredentials | undefined }> = [];
    const { fetch } = fakeFetch({
      "GET /api/v1/org-units": { body: demoUnits() },
      "POST /api/v1/auth/sign-out": answer("signOut", { signedOut: true }),
    });
    const spy: FetchLike = (input, init) => {
      seen.push({ method: init?.method ?? "GET", csrf: new Headers(init?.headers).get("x-csrf-token"), credentials: init?.credentials });
      return fetch(input, init);
    };
    const http = makeHttp(spy);
    http.setCsrfToken("csrf-1");
    await http.run(http.client.listOrgUnits({}));
    await http.run(http.client.signOut({}));
    expect(seen).toEqual([
      { method: "GET", csrf: null, credentials: "same-origin" },
      { method: "POST", csrf: "csrf-1", credentials: "same-origin" },
    ]);
  });

  it("tells the 401 listeners and rejects with the contract's ApiFailure", async () => {
    const http = makeHttp(fakeFetch({ "GET /api/v1/auth/me": apiError(401, "AUTH_REQUIRED", "Cần đăng nhập.") }).fetch);
    let told = 0;
    const stop = http.onUnauthorized(() => {
      told++;
    });
    const e = await failureOf(http.run(http.client.getMe({})));
    expect(e).toBeInstanceOf(ApiFailure);
    expect(e).toMatchObject({ status: 401, code: "AUTH_REQUIRED", message: "Cần đăng nhập." });
    expect(told).toBe(1);
    stop();
    await failureOf(http.run(http.client.getMe({})));
    expect(told).toBe(1);
  });

  it("reads a failed network as NETWORK (status 0)", async () => {
    const http = makeHttp(async () => {
      throw new TypeError("Failed to fetch");
    });
    const e = await failureOf(http.run(http.client.getHealth({})));
    expect(e).toBeInstanceOf(ApiFailure);
    expect(e).toMatchObject({ status: 0, code: "NETWORK", message: "Failed to fetch" });
  });

  it("refuses an answer the contract does not describe, naming the operation", async () => {
    const http = makeHttp(fakeFetch({ "GET /api/v1/health": { body: { status: "ok" } } }).fetch);
    const e = await failureOf(http.run(http.client.getHealth({})));
    expect(e).toBeInstanceOf(ApiFailure);
    expect(e).toMatchObject({ status: 0, code: "CONTRACT_MISMATCH", details: { operationId: "getHealth", where: "answer" } });
    expect(e instanceof ApiFailure ? e.message : "").toContain("getHealth");
  });

  it("reads a 404 that is not the API's (a proxy's page) as a route the server lacks", async () => {
    const http = makeHttp(async () => new Response("<html>Not Found</html>", { status: 404, headers: { "content-type": "text/html" } }));
    const e = await failureOf(http.run(http.client.getHealth({})));
    expect(e).toMatchObject({ status: 404, message: "Máy chủ trả lời 404 (không phải câu trả lời của API CCHC)." });
    expect(isMissingRoute(e)).toBe(true);
  });

  it("builds download links with the endpoint's path and encoded query", () => {
    const http = makeHttp(fakeFetch({}).fetch);
    expect(http.url(C.getReport, { params: { unit: "DT.VPUBND", period: "2022-H1" }, query: { format: "docx" } })).toBe(
      "/api/v1/reports/DT.VPUBND/2022-H1?format=docx",
    );
  });
});

describe("Api over the client", () => {
  it("decodes the answer and sends the query the contract encodes", async () => {
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/units/DT/periods/2022-H1/values": answer(
        "listValues",
        valuesAnswer("DT", "2022-H1", [storedValue("tthc.pakn.tiepnhan", "", 137)]),
      ),
    });
    const urls: string[] = [];
    const api = makeApi(
      makeHttp((input, init) => {
        urls.push(input);
        return fetch(input, init);
      }),
    );
    const values = await api.values("DT", "2022-H1");
    expect(values.items.map((v) => [v.indicator, v.value])).toEqual([["tthc.pakn.tiepnhan", 137]]);
    expect(urls).toEqual(["/api/v1/units/DT/periods/2022-H1/values?limit=1000"]);
    expect(calls).toHaveLength(1);
  });

  it("refuses a period code the contract refuses before any request, as the API would (400 REQUEST_INVALID)", async () => {
    const { fetch, calls } = fakeFetch({});
    const api = makeApi(makeHttp(fetch));
    const e = await failureOf(api.consolidate("DT", "2022-X9"));
    expect(e).toBeInstanceOf(ApiFailure);
    expect(e).toMatchObject({ status: 400, code: "REQUEST_INVALID" });
    expect(e instanceof ApiFailure ? e.message : "").toContain("Mã kỳ báo cáo không hợp lệ");
    expect(calls).toHaveLength(0);
  });
});
