import { AuditLog } from "@cchc/db/audit/AuditLog";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { ACCOUNT_FREE_FAILURES } from "../../src/auth/SignInThrottle.js";
import { bearer, jsonInit, session, signIn, tokenFor } from "../support/Credentials.js";
import { databases, json, TEST_ADMIN_PASSWORD, useTestApp } from "../support/TestApp.js";

describe.each(databases())("accounts and access on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });

  it("answers public routes without credentials and 401 elsewhere", async () => {
    const { app } = testApp();
    expect((await app.request("/api/v1/health")).status).toBe(200);
    expect((await app.request("/api/v1/periods/2022-H1")).status).toBe(200);
    expect((await app.request("/api/v1/openapi.json")).status).toBe(200);
    const res = await app.request("/api/v1/org-units");
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe("AUTH_REQUIRED");
    const bad = await app.request("/api/v1/org-units", { headers: bearer("cchc_nope") });
    expect(bad.status).toBe(401);
    expect((await json(bad)).error.code).toBe("CREDENTIALS_INVALID");
  });

  it("signs in with an HttpOnly SameSite cookie, answers /me with the CSRF token and signs out", async () => {
    const t = testApp();
    const res = await t.app.request("/api/v1/auth/sign-in", jsonInit("POST", { username: "bientap.dt", password: "cchc-demo-2022" }));
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cchc_session=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    const s = await signIn(t, "bientap.dt");
    const me = await json(await t.app.request("/api/v1/auth/me", { headers: { cookie: s.cookie } }));
    expect(me.user.username).toBe("bientap.dt");
    expect(me.user.grants).toEqual([{ role: "editor", unit: "DT" }]);
    expect(me.csrfToken).toBe(s.csrf);
    expect(JSON.stringify(me)).not.toContain("scrypt");
    const https = await t.app.request(
      "https://cchc.example/api/v1/auth/sign-in",
      jsonInit("POST", { username: "xem.dt", password: "cchc-demo-2022" }),
    );
    expect(https.headers.get("set-cookie")).toContain("Secure");
    const proxied = await t.app.request(
      "/api/v1/auth/sign-in",
      jsonInit("POST", { username: "xem.dt", password: "cchc-demo-2022" }, { "x-forwarded-proto": "https" }),
    );
    expect(proxied.headers.get("set-cookie")).toContain("Secure");

    const out = await t.app.request("/api/v1/auth/sign-out", { method: "POST", headers: session(s) });
    expect(out.status).toBe(200);
    expect((await t.app.request("/api/v1/auth/me", { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it("requires the CSRF token for cookie writes but not for bearer tokens", async () => {
    const t = testApp();
    const s = await signIn(t, "quantri.dt");
    const body = { name: "thử", scopes: ["read"], unit: "DT" };
    const noCsrf = await t.app.request("/api/v1/tokens", jsonInit("POST", body, { cookie: s.cookie }));
    expect(noCsrf.status).toBe(403);
    expect((await json(noCsrf)).error.code).toBe("CSRF_TOKEN_INVALID");
    const wrong = await t.app.request("/api/v1/tokens", jsonInit("POST", body, { cookie: s.cookie, "x-csrf-token": "x" }));
    expect(wrong.status).toBe(403);
    const ok = await t.app.request("/api/v1/tokens", jsonInit("POST", body, session(s)));
    expect(ok.status).toBe(201);
    const created = await json(ok);
    expect(created.token).toMatch(/^cchc_[A-Za-z0-9_-]{43}$/);
    expect(created.info.prefix).toBe(created.token.slice(0, 10));
    const token = await tokenFor(t, "quantri.dt", ["admin"], "DT");
    const viaToken = await t.app.request("/api/v1/tokens", jsonInit("POST", body, bearer(token)));
    expect(viaToken.status).toBe(201);
  });

  it("limits a token to its scopes and subtree, and revocation ends it", async () => {
    const t = testApp();
    const s = await signIn(t, "bientap.dt");
    const created = await json(
      await t.app.request("/api/v1/tokens", jsonInit("POST", { name: "tui", scopes: ["read"], unit: "DT.VPUBND" }, session(s))),
    );
    const h = bearer(created.token);
    expect((await t.app.request("/api/v1/units/DT.VPUBND.HCQT/periods/2022-H1/values", { headers: h })).status).toBe(200);
    // unit names are readable by any signed-in caller (ADR 0006); a unit's data is not
    const other = await t.app.request("/api/v1/units/DT.SNV/periods/2022-H1/values", { headers: h });
    expect(other.status).toBe(403);
    const refusal = await json(other);
    expect(refusal.error.code).toBe("ACCESS_DENIED");
    expect(JSON.stringify(refusal)).not.toContain("Sở Nội vụ");
    const list = await json(await t.app.request("/api/v1/tokens", { headers: session(s) }));
    expect(list.items.map((i: { id: string }) => i.id)).toContain(created.info.id);
    expect(JSON.stringify(list)).not.toContain(created.token);
    const revoked = await t.app.request(`/api/v1/tokens/${created.info.id}`, { method: "DELETE", headers: session(s) });
    expect(revoked.status).toBe(200);
    expect((await t.app.request("/api/v1/org-units/DT.VPUBND", { headers: h })).status).toBe(401);
  });

  it("lets an administrator create users and grant roles only in their subtree", async () => {
    const t = testApp();
    const admin = await signIn(t, "admin", TEST_ADMIN_PASSWORD);
    const created = await t.app.request(
      "/api/v1/users",
      jsonInit("POST", { username: "moi.vp", displayName: "Người mới", grants: [{ role: "viewer", unit: "DT.VPUBND" }] }, session(admin)),
    );
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(body.oneTimePassword).toMatch(/^.{16}$/);
    expect(body.user.mustChangePassword).toBe(true);
    await signIn(t, "moi.vp", body.oneTimePassword);
    const vpAdminToken = await tokenFor(t, "quantri.dt", ["admin"], "DT.VPUBND");
    const inside = await t.app.request(
      "/api/v1/users/moi.vp/roles",
      jsonInit("POST", { role: "editor", unit: "DT.VPUBND.HCQT" }, bearer(vpAdminToken)),
    );
    expect(inside.status).toBe(200);
    const outside = await t.app.request(
      "/api/v1/users/moi.vp/roles",
      jsonInit("POST", { role: "editor", unit: "DT.SNV" }, bearer(vpAdminToken)),
    );
    expect(outside.status).toBe(403);
    const records = await t.run(Effect.flatMap(AuditLog, (a) => a.list({ entity: "user" })));
    expect(records.map((r) => r.action)).toEqual(expect.arrayContaining(["user.create", "role.grant"]));
    expect(JSON.stringify(records)).not.toContain(body.oneTimePassword);
  });

  it("slows repeated failed sign-ins down with 429 and Retry-After", async () => {
    const t = testApp();
    const attempt = (password: string) => t.app.request("/api/v1/auth/sign-in", jsonInit("POST", { username: "xem.vp", password }));
    for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++) expect((await attempt(`sai-${i}`)).status).toBe(401);
    const locked = await attempt("cchc-demo-2022");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await json(locked)).error.code).toBe("SIGN_IN_THROTTLED");
    expect((await attempt("sai")).status).toBe(429);
    // another user from the same address is not affected
    expect((await t.app.request("/api/v1/auth/sign-in", jsonInit("POST", { username: "xem.dt", password: "cchc-demo-2022" }))).status).toBe(
      200,
    );
  });
});
