/**
 * Passwords, sessions, tokens and sign-in attempts as issue #12 asks: a password change or reset
 * ends every other session and token; an account with a one-time password may only see itself,
 * change it and sign out; tokens expire by default and at most after a year; sign-in is throttled
 * per account and per address, the right password included while locked; every attempt is audited
 * with address and user agent under the account's units.
 */
import { DEMO_PASSWORD } from "@cchc/db/accounts/DemoAccounts";
import { describe, expect, it } from "vitest";
import { MAX_TOKEN_DAYS } from "../../src/auth/Bodies.js";
import { ACCOUNT_FREE_FAILURES, ADDRESS_FREE_FAILURES } from "../../src/auth/SignInThrottle.js";
import { clientAddressFrom, parseTrustedProxies } from "../../src/http/RequestContext.js";
import { bearer, jsonInit, session, signIn, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe("the caller's address", () => {
  it("believes X-Forwarded-For only from a trusted proxy, and then the right-most untrusted hop", () => {
    const trusted = parseTrustedProxies("10.0.0.2, ::1");
    expect(clientAddressFrom("203.0.113.9", "1.2.3.4", trusted)).toBe("203.0.113.9");
    expect(clientAddressFrom("127.0.0.1", "1.2.3.4", trusted)).toBe("127.0.0.1");
    expect(clientAddressFrom("::ffff:10.0.0.2", "6.6.6.6, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddressFrom("10.0.0.2", "198.51.100.7, ::1", trusted)).toBe("198.51.100.7");
    expect(clientAddressFrom(undefined, "1.2.3.4", trusted)).toBe("local");
  });
});

describe.each(databases())("passwords, sessions and sign-in on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const req = (path: string, init?: RequestInit, address = "192.0.2.1") => testApp().app.request(`/api/v1${path}`, init, from(address));
  const signInAt = (username: string, password: string, address: string, userAgent = "vitest") =>
    req("/auth/sign-in", jsonInit("POST", { username, password }, { "user-agent": userAgent }), address);

  it("ends every other session and token on a password change; the changing session goes on re-issued", async () => {
    const t = testApp();
    const a = await signIn(t, "bientap.snv");
    const b = await signIn(t, "bientap.snv");
    const token = await tokenFor(t, "bientap.snv", ["read"]);
    expect((await req("/org-units", { headers: bearer(token) })).status).toBe(200);
    const change = await req(
      "/auth/password",
      jsonInit("POST", { currentPassword: DEMO_PASSWORD, newPassword: "mat-khau-moi-2026" }, session(a)),
    );
    expect(change.status).toBe(200);
    const changed = await json(change);
    expect(changed).toMatchObject({ changed: true, endedSessions: 2, revokedTokens: 1 });
    const cookie = (change.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(cookie).toMatch(/^cchc_session=/);
    expect(cookie).not.toBe(a.cookie);
    expect((await req("/org-units", { headers: { cookie: a.cookie } })).status).toBe(401);
    expect((await req("/org-units", { headers: { cookie: b.cookie } })).status).toBe(401);
    expect((await req("/org-units", { headers: bearer(token) })).status).toBe(401);
    expect((await req("/org-units", { headers: { cookie } })).status).toBe(200);
    const me = await json(await req("/auth/me", { headers: { cookie } }));
    expect(me.csrfToken).toBe(changed.csrfToken);
    expect((await signInAt("bientap.snv", "mat-khau-moi-2026", "192.0.2.50")).status).toBe(200);
  });

  it("after a reset, the one-time password allows only /auth/me, the change and sign-out (403 PASSWORD_CHANGE_REQUIRED)", async () => {
    const admin = bearer(await tokenFor(testApp(), "quantri.snv"));
    const old = bearer(await tokenFor(testApp(), "xem.snv", ["read"]));
    const reset = await req("/users/xem.snv/password-reset", { method: "POST", headers: admin });
    expect(reset.status).toBe(200);
    const { oneTimePassword, user, revokedTokens } = await json(reset);
    expect(user.mustChangePassword).toBe(true);
    expect(revokedTokens).toBeGreaterThanOrEqual(1);
    expect((await req("/org-units", { headers: old })).status).toBe(401);
    // an administrator of another branch may not reset it, nor learn that it exists
    const other = bearer(await tokenFor(testApp(), "quantri.vp"));
    expect((await req("/users/xem.snv/password-reset", { method: "POST", headers: other })).status).toBe(404);

    const signedIn = await signInAt("xem.snv", oneTimePassword, "192.0.2.60");
    expect(signedIn.status).toBe(200);
    const s = { cookie: (signedIn.headers.get("set-cookie") ?? "").split(";")[0] as string, csrf: (await json(signedIn)).csrfToken };
    const refused = await req("/org-units", { headers: session(s) });
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    const tokenRefused = await req("/tokens", jsonInit("POST", { name: "x", scopes: ["read"], unit: "DT.SNV" }, session(s)));
    expect(tokenRefused.status).toBe(403);
    expect((await json(await req("/auth/me", { headers: session(s) }))).user.mustChangePassword).toBe(true);
    const change = await req(
      "/auth/password",
      jsonInit("POST", { currentPassword: oneTimePassword, newPassword: DEMO_PASSWORD }, session(s)),
    );
    expect(change.status).toBe(200);
    const cookie = (change.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect((await req("/org-units", { headers: { cookie } })).status).toBe(200);
  });

  it("gives tokens 90 days by default and refuses more than a year", async () => {
    const h = bearer(await tokenFor(testApp(), "quantri.dt"));
    const made = await json(await req("/tokens", jsonInit("POST", { name: "mặc định", scopes: ["read"], unit: "DT" }, h)));
    const days = (Date.parse(made.info.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    const max = await req("/tokens", jsonInit("POST", { name: "năm", scopes: ["read"], unit: "DT", expiresInDays: MAX_TOKEN_DAYS }, h));
    expect(max.status).toBe(201);
    const beyond = await req(
      "/tokens",
      jsonInit("POST", { name: "dài", scopes: ["read"], unit: "DT", expiresInDays: MAX_TOKEN_DAYS + 1 }, h),
    );
    expect(beyond.status).toBe(400);
    expect((await json(beyond)).error.details[0].path).toBe("body.expiresInDays");
  });

  it("locks an account whatever the address, refuses even the right password with the wait, and audits every attempt", async () => {
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 1; i++) {
      const r = await signInAt("pheduyet.snv", "sai-mat-khau", `198.51.100.${i + 1}`, `agent ${i}`);
      expect(r.status, `attempt ${i}`).toBe(401);
    }
    const locked = await signInAt("pheduyet.snv", DEMO_PASSWORD, "198.51.100.200");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await json(locked)).error).toMatchObject({ code: "SIGN_IN_THROTTLED", details: { retryAfterSeconds: expect.any(Number) } });
    // the unit's administrator sees the attempts, with address and user agent
    const admin = bearer(await tokenFor(testApp(), "quantri.snv"));
    const audit = await json(await req("/audit?unit=DT.SNV&entity=user&limit=1000", { headers: admin }));
    const attempts = audit.items.filter((r: any) => r.after?.username === "pheduyet.snv");
    const failed = attempts.filter((r: any) => r.action === "auth.sign-in-failed");
    expect(failed.map((r: any) => r.after.address).sort()).toEqual(
      Array.from({ length: ACCOUNT_FREE_FAILURES + 1 }, (_, i) => `198.51.100.${i + 1}`).sort(),
    );
    expect(failed[0].after.userAgent).toMatch(/^agent /);
    expect(attempts.some((r: any) => r.action === "auth.sign-in-throttled" && r.after.address === "198.51.100.200")).toBe(true);
  });

  it("locks an address trying one password over many accounts, and ignores a forged X-Forwarded-For", async () => {
    const users = ["xem.dt", "xem.vp", "bientap.dt", "bientap.vp", "pheduyet.dt", "pheduyet.vp", "quantri.dt", "quantri.vp", "admin"];
    let i = 0;
    for (; i < ADDRESS_FREE_FAILURES + 1; i++) {
      const user = `${users[i % users.length]}${i >= users.length ? "x" : ""}`;
      const r = await req(
        "/auth/sign-in",
        jsonInit("POST", { username: user, password: "Mua-He-2022!" }, { "x-forwarded-for": `203.0.113.${i}` }),
        "192.0.2.99",
      );
      expect(r.status, user).toBe(401);
    }
    const next = await req("/auth/sign-in", jsonInit("POST", { username: "xem.snv", password: "Mua-He-2022!" }), "192.0.2.99");
    expect(next.status).toBe(429);
    // another address is not locked
    expect((await signInAt("xem.dt", DEMO_PASSWORD, "192.0.2.100")).status).toBe(200);
  });
});
