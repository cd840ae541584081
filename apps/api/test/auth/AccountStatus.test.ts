/**
 * `PATCH /users/{username}` `{ disabled }`: an administrator of the account's units disables it —
 * its sessions and tokens end at once and it can no longer sign in — and enables it again; a
 * non-administrator is refused, an administrator of another branch is told "not found", bad input
 * is a 400 naming the field, nobody disables their own account, and every change is audited.
 */
import { DEMO_PASSWORD } from "@cchc/db/accounts/DemoAccounts";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { bearer, jsonInit, session, signIn, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

describe.each(databases())("disabling and enabling accounts on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const req = (path: string, init?: RequestInit) => testApp().app.request(`/api/v1${path}`, init);
  const signInStatus = async (username: string) =>
    (await req("/auth/sign-in", jsonInit("POST", { username, password: DEMO_PASSWORD }))).status;

  it("disables an account: its session and token end at once, sign-in is refused; enabling lets it sign in again", async () => {
    const t = testApp();
    const admin = await signIn(t, "quantri.vp");
    const victim = await signIn(t, "bientap.vp");
    const token = bearer(await tokenFor(t, "bientap.vp", ["read"]));
    expect((await req("/org-units", { headers: session(victim) })).status).toBe(200);

    const off = await req("/users/bientap.vp", jsonInit("PATCH", { disabled: true }, session(admin)));
    expect(off.status).toBe(200);
    const body = await json(off);
    expect(body.user.disabled).toBe(true);
    expect(body.endedSessions).toBeGreaterThanOrEqual(1);
    expect(body.revokedTokens).toBeGreaterThanOrEqual(1);
    expect((await req("/org-units", { headers: session(victim) })).status).toBe(401);
    expect((await req("/org-units", { headers: token })).status).toBe(401);
    expect(await signInStatus("bientap.vp")).toBe(401);
    const listed = await json(await req("/users", { headers: session(admin) }));
    expect(listed.items.find((u: { username: string }) => u.username === "bientap.vp").disabled).toBe(true);

    const on = await req("/users/bientap.vp", jsonInit("PATCH", { disabled: false }, session(admin)));
    expect(on.status).toBe(200);
    expect((await json(on)).user.disabled).toBe(false);
    expect(await signInStatus("bientap.vp")).toBe(200);

    const records = await t.run(Effect.flatMap(AuditLog, (a) => a.list({ entity: "user" })));
    const actions = records.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.disable", "user.enable"]));
    expect(records.find((r) => r.action === "user.disable")?.actor.name).toBe("quantri.vp");
  });

  it("refuses a non-administrator (403), hides accounts of other branches (404) and refuses one's own account (409)", async () => {
    const t = testApp();
    const editor = await signIn(t, "bientap.vp");
    const refused = await req("/users/xem.vp", jsonInit("PATCH", { disabled: true }, session(editor)));
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("ACCESS_DENIED");

    const otherAdmin = await signIn(t, "quantri.snv");
    const hidden = await req("/users/xem.vp", jsonInit("PATCH", { disabled: true }, session(otherAdmin)));
    expect(hidden.status).toBe(404);
    expect((await json(hidden)).error.code).toBe("USER_NOT_FOUND");
    expect(await signInStatus("xem.vp")).toBe(200);

    const self = await req("/users/quantri.snv", jsonInit("PATCH", { disabled: true }, session(otherAdmin)));
    expect(self.status).toBe(409);
    expect((await json(self)).error.code).toBe("USER_DISABLE_SELF");
    expect(await signInStatus("quantri.snv")).toBe(200);
  });

  it("answers 400 naming the field for bad input, and 404 for an unknown account", async () => {
    const t = testApp();
    const admin = await signIn(t, "quantri.dt");
    for (const bad of [{ disabled: "yes" }, {}, { disabled: null }]) {
      const r = await req("/users/xem.vp", jsonInit("PATCH", bad, session(admin)));
      expect(r.status, JSON.stringify(bad)).toBe(400);
      const e = (await json(r)).error;
      expect(e.code).toBe("REQUEST_INVALID");
      expect(e.details[0].path).toBe("body.disabled");
    }
    expect((await req("/users/khong-co-ai", jsonInit("PATCH", { disabled: true }, session(admin)))).status).toBe(404);
  });
});
