/**
 * Credentials for API tests: sign in as a demo user (cookie + CSRF token) or mint an API token
 * directly in the database, and build request headers from them.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { DEMO_PASSWORD } from "@cchc/db/accounts/DemoAccounts";
import { TokenRepo } from "@cchc/db/accounts/TokenRepo";
import type { TokenScope } from "@cchc/domain/access/Role";
import { Effect } from "effect";
import type { TestApp } from "./TestApp.js";

/** A signed-in web session. */
export interface TestSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** Signs in through the API; throws unless it answers 200. */
export const signIn = async (t: TestApp, username: string, password = DEMO_PASSWORD): Promise<TestSession> => {
  const res = await t.app.request("/api/v1/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
};

/** Mints an API token for a user straight in the database (all scopes, every unit unless told). */
export const tokenFor = (
  t: TestApp,
  username: string,
  scopes: ReadonlyArray<TokenScope> = ["read", "write-values", "write-dossiers", "approve", "admin"],
  unit = "*",
) =>
  t.run(
    Effect.gen(function* () {
      const user = yield* Effect.flatMap(AccountRepo, (a) => a.find(username));
      const created = yield* Effect.flatMap(TokenRepo, (r) =>
        r.create({ userId: user.id, name: `test ${username}`, scopes, unit, expiresAt: null, createdBy: "test" }),
      );
      return created.secret;
    }),
  );

/** Headers of a bearer-token request. */
export const bearer = (token: string, extra: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  ...extra,
});

/** Headers of a cookie-session request (with the CSRF token). */
export const session = (s: TestSession, extra: Record<string, string> = {}): Record<string, string> => ({
  cookie: s.cookie,
  "x-csrf-token": s.csrf,
  ...extra,
});

/** A JSON request init. */
export const jsonInit = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
