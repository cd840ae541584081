/**
 * Test doubles passed in as dependencies (no module mocks): a fake `fetch` answering from a
 * table of routes and recording the calls, a fake browser history, and a render helper that
 * wraps a component in the app's provider.
 */
import type { AnySchema } from "@cchc/contract";
import type { Api } from "@cchc/contract/Api";
import { OrgUnit } from "@cchc/domain/OrgUnit";
import { render } from "@solidjs/testing-library";
import { Schema } from "effect";
import type { JSX } from "solid-js";
import type { FetchLike } from "../../src/api/Http";
import { createRouter, type HistoryHost } from "../../src/router/Router";
import { AppProvider } from "../../src/shell/AppContext";

/** One answer: a JSON body, or a text body with its content type (an HTML report). */
export type FakeReply =
  | { readonly status?: number; readonly body: unknown }
  | { readonly status?: number; readonly text: string; readonly contentType: string };

/** An answer of the fake API: a reply, or a function of the request. */
export type FakeAnswer = FakeReply | ((init: RequestInit | undefined, url: URL) => FakeReply);

/** A recorded call. */
export interface FakeCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** The JSON an endpoint of the contract answers, as it travels (before its Schema decodes it). */
export type Wire<K extends keyof Api> = Api[K]["response"] extends AnySchema ? Schema.Schema.Encoded<Api[K]["response"]> : never;

/** A successful answer of an endpoint, its body checked against the contract at compile time (a fixture misses no field). */
export const answer = <K extends keyof Api>(_operationId: K, body: Wire<K>, status = 200): FakeReply => ({ status, body });

/** The API's error answer: `{ error: { code, message } }` with a status. */
export const apiError = (status: number, code: string, message: string): FakeReply => ({ status, body: { error: { code, message } } });

/** A fake `fetch` over a table `"GET /api/v1/org-units" → answer`; unknown routes answer the API's 404. */
export const fakeFetch = (routes: Readonly<Record<string, FakeAnswer>>): { readonly fetch: FetchLike; readonly calls: FakeCall[] } => {
  const calls: FakeCall[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input, "http://test.local");
    const method = (init?.method ?? "GET").toUpperCase();
    const raw = init?.body;
    let body: unknown = raw;
    if (typeof raw === "string") {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    calls.push({ method, path: url.pathname, body });
    const answer = routes[`${method} ${url.pathname}`];
    if (!answer) {
      return new Response(
        JSON.stringify({ error: { code: "ROUTE_NOT_FOUND", message: `Không có đường dẫn ${method} ${url.pathname} trong API.` } }),
        {
          status: 404,
          headers: { "content-type": "application/json" },
        },
      );
    }
    const a = typeof answer === "function" ? answer(init, url) : answer;
    if ("text" in a) return new Response(a.text, { status: a.status ?? 200, headers: { "content-type": a.contentType } });
    return new Response(JSON.stringify(a.body), { status: a.status ?? 200, headers: { "content-type": "application/json" } });
  };
  return { fetch, calls };
};

/** A fake history at a URL; `confirm` answers as told and records questions. */
export const fakeHost = (
  url = "/?unit=DT&period=2022-H1&lang=vi",
  confirmAnswer = true,
): HistoryHost & { readonly questions: string[]; readonly urls: string[] } => {
  const u = new URL(url, "http://test.local");
  const location = { pathname: u.pathname, search: u.search, hash: u.hash };
  const urls: string[] = [];
  const questions: string[] = [];
  const set = (next: string) => {
    const n = new URL(next, "http://test.local");
    location.pathname = n.pathname;
    location.search = n.search;
    location.hash = n.hash;
    urls.push(next);
  };
  return {
    location,
    history: { pushState: (_d, _u, next) => set(next), replaceState: (_d, _u, next) => set(next) },
    addEventListener: () => {},
    confirm: (q) => {
      questions.push(q);
      return confirmAnswer;
    },
    questions,
    urls,
  };
};

/** Renders `ui` inside the app provider with a fake fetch and history. */
export const renderWithApp = (ui: () => JSX.Element, options: { readonly fetch: FetchLike; readonly host?: HistoryHost }) => {
  const host = options.host ?? fakeHost();
  let router: ReturnType<typeof createRouter> | undefined;
  const result = render(() => {
    router = createRouter(host);
    return (
      <AppProvider fetch={options.fetch} router={router}>
        {ui()}
      </AppProvider>
    );
  });
  return { ...result, host, router: () => router as ReturnType<typeof createRouter> };
};

/** The demo units as `GET /org-units` answers them. */
export const demoUnits = (): Wire<"listOrgUnits"> => {
  type Unit = Wire<"listOrgUnits">["items"][number];
  type Node = Wire<"listOrgUnits">["tree"][number];
  const unit = (code: string, name: string, kind: Unit["kind"], parentCode: string | null): Unit => ({
    code,
    name,
    shortName: null,
    kind,
    parentCode,
    validFrom: "2008-01-01",
    validTo: null,
    successorCode: null,
  });
  const items = [
    unit("DT", "Tỉnh Đồng Tháp", "province", null),
    unit("DT.SNV", "Sở Nội vụ", "department", "DT"),
    unit("DT.VPUBND", "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp", "department", "DT"),
    unit("DT.VPUBND.CTTDT", "Cổng Thông tin điện tử Đồng Tháp", "division", "DT.VPUBND"),
  ];
  const node = (u: Unit): Node => ({ ...u, children: items.filter((i) => i.parentCode === u.code).map(node) });
  return { items, tree: items.filter((i) => i.parentCode === null).map(node) };
};

/** Units as the app holds them once `GET /org-units` is decoded (the session's list). */
export const decodedUnits = (items: Wire<"listOrgUnits">["items"]): ReadonlyArray<OrgUnit> =>
  Schema.decodeSync(Schema.Array(OrgUnit))(items);
