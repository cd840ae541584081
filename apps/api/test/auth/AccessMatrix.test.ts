/**
 * Every route × every role × own subtree / other subtree: the status the access rules promise,
 * and refused requests change nothing in the database. Requests are generated from the route
 * specs; bodies are deliberately incomplete, so a refusal must come before validation. Which
 * routes are public or open to every signed-in caller is written out by hand, not read from the
 * routes, so a route opened by mistake fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { actionOf, unitOf } from "../../src/auth/Guard.js";
import type { Route } from "../../src/http/Route.js";
import { allRoutes } from "../../src/routes.js";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, useTestApp } from "../support/TestApp.js";
import { snapshot } from "./DatabaseSnapshot.js";

const OWN = "DT.VPUBND";
const OTHER = "DT.SNV";
type Role = "admin" | "editor" | "approver" | "viewer";
const users: Record<Role, string> = { admin: "quantri.vp", editor: "bientap.vp", approver: "pheduyet.vp", viewer: "xem.vp" };
// What each role may do, written out independently of the implementation's table.
const may: Record<Role, ReadonlyArray<string>> = {
  admin: ["read", "write-values", "write-dossiers", "approve", "admin"],
  editor: ["read", "write-values", "write-dossiers"],
  approver: ["read", "approve"],
  viewer: ["read"],
};

const queryFields = (r: Route): ReadonlyArray<string> => Object.keys((r.spec.query as { fields?: object } | undefined)?.fields ?? {});

const requestFor = (r: Route, target: string) => {
  const path = r.spec.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    if (name === "unit") return target;
    if (name === "period") return "2022-H1";
    if (name === "code") return r.spec.path.startsWith("/periods") ? "2022-H1" : target;
    if (name === "username") return "xem.dt";
    if (name === "id") return "00000000-0000-0000-0000-000000000000";
    return "x";
  });
  const query: Record<string, string> = queryFields(r).includes("unit") ? { unit: target } : {};
  const params: Record<string, string> = {};
  r.spec.path.replace(/:([A-Za-z0-9_]+)/g, (m, name: string) => {
    params[name] =
      name === "unit" || (name === "code" && !r.spec.path.startsWith("/periods")) ? target : name === "period" ? "2022-H1" : "x";
    return m;
  });
  const body = r.spec.body ? { unit: target } : undefined;
  const qs = new URLSearchParams(query).toString();
  return {
    url: `/api/v1${path}${qs ? `?${qs}` : ""}`,
    init: (headers: Record<string, string>): RequestInit => ({
      method: r.spec.method.toUpperCase(),
      headers: {
        ...headers,
        ...(r.spec.body ? { "content-type": "application/json" } : r.spec.rawBody ? { "content-type": "text/plain" } : {}),
      },
      ...(r.spec.body ? { body: JSON.stringify(body) } : r.spec.rawBody ? { body: "x" } : {}),
    }),
    raw: { params, query, body },
  };
};

// Written out by hand, independently of the routes' own flags (docs/accounts.md, ADR 0006): a
// route wrongly marked public, or wrongly opened to every signed-in caller, answers where this
// list expects a refusal, and the matrix fails.
const key = (r: Route): string => `${r.spec.method.toUpperCase()} ${r.spec.path}`;
/** The routes that answer without credentials. */
const PUBLIC_ROUTES: ReadonlyArray<string> = ["GET /health", "GET /health/ready", "GET /periods/:code", "POST /auth/sign-in"];
/**
 * Routes the Router lets through without credentials because the credential may come in the query
 * (a calendar app's read-only calendar token); they check read access on the unit themselves, so
 * without a token they answer as any unit read does.
 */
const QUERY_CREDENTIAL_ROUTES: ReadonlyArray<string> = ["GET /units/:unit/calendar.ics"];
/** Answered without credentials outside the route table: the OpenAPI document and the reference page. */
const PUBLIC_PAGES: ReadonlyArray<string> = ["/api/v1/openapi.json", "/api/docs"];
/** The routes any signed-in caller may use whatever its roles: its own session and tokens, text checks, the unit tree. */
const SIGNED_IN_ROUTES: ReadonlyArray<string> = [
  "POST /auth/sign-out",
  "GET /auth/me",
  "POST /auth/password",
  "GET /tokens",
  "DELETE /tokens/:id",
  "POST /checks",
  "POST /extractions",
  "GET /org-units",
  "GET /org-units/:code",
  "GET /org-units/:code/successors",
  "GET /calendar-tokens",
  "DELETE /calendar-tokens/:id",
  "GET /notifications",
  "POST /notifications/read",
  "GET /notifications/preferences",
  "PUT /notifications/preferences",
];

/** Routes whose handler accepts either of two actions (the Router checks reading): consolidation by the level above. */
const EITHER_ACTION: Readonly<Record<string, ReadonlyArray<string>>> = {
  "POST /units/:unit/periods/:period/consolidate": ["write-values", "approve"],
};

/** "pass" = anything but 401/403. */
const expected = (r: Route, role: Role | "anonymous", target: string): 401 | 403 | "pass" => {
  if (PUBLIC_ROUTES.includes(key(r))) return "pass";
  if (role === "anonymous") return 401;
  if (SIGNED_IN_ROUTES.includes(key(r))) return "pass";
  if (!(EITHER_ACTION[key(r)] ?? [actionOf(r.spec)]).some((a) => may[role].includes(a))) return 403;
  const unit = unitOf(r.spec, requestFor(r, target).raw);
  return unit === undefined || unit === OWN ? "pass" : 403;
};

describe.each(databases())("access matrix on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const headers: Partial<Record<Role | "anonymous", Record<string, string>>> = { anonymous: {} };

  beforeAll(async () => {
    const t = testApp();
    // every role on OWN is a demo account (quantri.vp, bientap.vp, pheduyet.vp, xem.vp)
    for (const role of Object.keys(users) as Role[]) headers[role] = bearer(await tokenFor(t, users[role]));
  });

  it("covers every route; the routes marked public or signed-in-only are exactly the listed ones", async () => {
    expect(allRoutes.length).toBeGreaterThan(20);
    const keys = allRoutes.map(key);
    for (const listed of [...PUBLIC_ROUTES, ...SIGNED_IN_ROUTES]) expect(keys, listed).toContain(listed);
    expect(
      allRoutes
        .filter((r) => r.spec.public)
        .map(key)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES, ...QUERY_CREDENTIAL_ROUTES].sort());
    expect(
      allRoutes
        .filter((r) => r.spec.access?.authenticatedOnly)
        .map(key)
        .sort(),
    ).toEqual([...SIGNED_IN_ROUTES].sort());
    for (const page of PUBLIC_PAGES) expect([page, (await testApp().app.request(page)).status]).toEqual([page, 200]);
  });

  it("refuses what it must before validation, and refused requests change nothing", async () => {
    const t = testApp();
    const refused: Array<{ route: Route; who: Role | "anonymous"; target: string; status: 401 | 403 }> = [];
    const passed: Array<{ route: Route; who: Role | "anonymous"; target: string }> = [];
    for (const route of allRoutes)
      for (const who of ["anonymous", "admin", "editor", "approver", "viewer"] as const)
        for (const target of [OWN, OTHER]) {
          const e = expected(route, who, target);
          if (e === "pass") passed.push({ route, who, target });
          else refused.push({ route, who, target, status: e });
        }
    expect(refused.length).toBeGreaterThan(100);

    const before = await t.run(snapshot);
    const wrong: string[] = [];
    for (const { route, who, target, status } of refused) {
      const req = requestFor(route, target);
      const res = await t.app.request(req.url, req.init(headers[who] ?? {}));
      const body = (await res.json()) as { error?: { code: string } };
      const code = status === 401 ? "AUTH_REQUIRED" : "ACCESS_DENIED";
      if (res.status !== status || body.error?.code !== code)
        wrong.push(`${route.spec.method} ${route.spec.path} as ${who} on ${target}: ${res.status} ${body.error?.code}`);
    }
    expect(wrong).toEqual([]);
    expect(await t.run(snapshot)).toEqual(before);

    for (const { route, who, target } of passed) {
      const req = requestFor(route, target);
      const res = await t.app.request(req.url, req.init(headers[who] ?? {}));
      if (res.status === 401 || res.status === 403 || res.status >= 500)
        wrong.push(`${route.spec.method} ${route.spec.path} as ${who} on ${target}: ${res.status} ${await res.text()}`);
    }
    expect(wrong).toEqual([]);
  }, 240_000); // every route × every role: hundreds of requests, slow on a loaded machine
});
