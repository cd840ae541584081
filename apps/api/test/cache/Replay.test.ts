/**
 * Replay of versioned read answers (ADR 0029): the same caller asking the same URL under the same
 * versions gets the full path's answer again, byte for byte — and nobody else does, nor the same
 * caller once a version moved, its roles changed or its session ended.
 */
import { Database } from "@cchc/db/Database";
import { anonymous } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { principalKey } from "../../src/auth/Authenticator.js";
import { conditional } from "../../src/cache/Answers.js";
import { ApiCaches, type Caches } from "../../src/cache/ApiCaches.js";
import { Bounded } from "../../src/cache/Bounded.js";
import { keep, replay } from "../../src/cache/Replay.js";
import { bearer, session, signIn, tokenFor } from "../support/Credentials.js";
import { databases, json, TEST_ADMIN_PASSWORD, useTestApp } from "../support/TestApp.js";

const VALUES = "/api/v1/units/DT.VPUBND/periods/2022-H1/values";
const DOCX = "/api/v1/reports/DT.VPUBND/2022-H1?format=docx";

/** Headers of an answer that must be the same from the full path and from its replay. */
const stable = (res: Response) => {
  const headers = Object.fromEntries(res.headers);
  delete headers["x-request-id"];
  return headers;
};

describe("replay", () => {
  const fresh = (): Caches => ({
    principals: new Bounded(10),
    reference: new Bounded(10),
    answers: new Bounded(10),
    reports: new Bounded(10),
    replay: new Bounded(10),
  });
  const auth = { principal: anonymous, csrf: null, sessionSecret: null, mustChangePassword: false };
  const E = { auth: 1, reference: 2, data: 3 };
  const url = "http://localhost/api/v1/units/DT/periods/2022-H1/values";

  it("keeps only answers `conditional` made, and replays them only under the very counters they were made under", () => {
    const c = fresh();
    c.principals.set("k", { tag: 1, until: 10_000, auth });
    keep(c, { credential: "k", url, epochs: E }, new Response("{}"));
    expect(c.replay.size).toBe(0);
    // an answer of a request that was in flight while a counter moved is kept under its own, older counters
    const made = Effect.runSync(
      conditional(new Request(url), 'W/"1.2"', "x", (x) => x.answers, Effect.succeed({ body: "{}", headers: {} })).pipe(
        Effect.provideService(ApiCaches, c),
      ),
    );
    keep(c, { credential: "k", url, epochs: E }, made);
    expect(c.replay.size).toBe(1);
    const at = (epochs: typeof E, now = 5_000) => replay(c, { credential: "k", url, ifNoneMatch: null, epochs, now });
    expect(at(E)?.status).toBe(200);
    expect(at({ ...E, data: 4 })).toBeUndefined();
    expect(at({ ...E, reference: 3 })).toBeUndefined();
    expect(at(E, 10_000)).toBeUndefined();
    expect(replay(c, { credential: "other", url, ifNoneMatch: null, epochs: E, now: 5_000 })).toBeUndefined();
    expect(replay(c, { credential: "k", url: `${url}?limit=1`, ifNoneMatch: null, epochs: E, now: 5_000 })).toBeUndefined();
    expect(replay(c, { credential: "k", url, ifNoneMatch: 'W/"1.2"', epochs: E, now: 5_000 })?.status).toBe(304);
  });
});

describe.each(databases())("replay of read answers on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const caches = () => testApp().run(ApiCaches);

  it("answers the same caller's same read again with the full path's bytes and headers, and 304 to the holder of the ETag", async () => {
    const t = testApp();
    const s = await signIn(t, "xem.vp");
    const first = await t.app.request(VALUES, { headers: session(s) });
    expect(first.status).toBe(200);
    const bytes = await first.text();
    const entriesBefore = (await caches()).replay.size;
    expect(entriesBefore).toBeGreaterThan(0);
    const second = await t.app.request(VALUES, { headers: session(s) });
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(bytes);
    expect(stable(second)).toEqual(stable(first));
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    const held = await t.app.request(VALUES, { headers: session(s, { "if-none-match": first.headers.get("etag") as string }) });
    expect(held.status).toBe(304);
    // a report download: the same bytes again
    const docx = await t.app.request(DOCX, { headers: session(s) });
    expect(docx.status).toBe(200);
    const docxBytes = new Uint8Array(await docx.arrayBuffer());
    const docxAgain = await t.app.request(DOCX, { headers: session(s) });
    expect(new Uint8Array(await docxAgain.arrayBuffer())).toEqual(docxBytes);
    expect(stable(docxAgain)).toEqual(stable(docx));
  });

  it("never answers another caller from it: a caller without access to the unit is refused", async () => {
    const t = testApp();
    const reader = bearer(await tokenFor(t, "xem.vp"));
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);
    const outsider = bearer(await tokenFor(t, "xem.snv"));
    const refused = await t.app.request(VALUES, { headers: outsider });
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("ACCESS_DENIED");
    // a token narrowed to another unit, of a user who may read this one
    const narrowed = bearer(await tokenFor(t, "xem.dt", ["read"], "DT.SNV"));
    expect((await t.app.request(VALUES, { headers: narrowed })).status).toBe(403);
  });

  it("stops at once when the caller's role is revoked, its session ends or the data changes", async () => {
    const t = testApp();
    const admin = await signIn(t, "admin", TEST_ADMIN_PASSWORD);
    const reader = bearer(await tokenFor(t, "pheduyet.vp"));
    const first = await t.app.request(VALUES, { headers: reader });
    expect(first.status).toBe(200);
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);

    // a value changed in the database (as another process would write it): the next read of the same caller sees it
    const body = await json(first);
    const item = body.items.find((v: { value: unknown }) => typeof v.value === "number");
    await t.run(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() =>
          sql`update indicator_value set value = value + 1 where unit_code = 'DT.VPUBND' and period_code = '2022-H1' and indicator_code = ${item.indicator} and disaggregation = ${item.disaggregation ?? ""}`.execute(
            kysely,
          ),
        ),
      ),
    );
    const after = await t.app.request(VALUES, { headers: reader });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
    const changed = (await json(after)).items.find(
      (v: { indicator: string; disaggregation: unknown }) => v.indicator === item.indicator && v.disaggregation === item.disaggregation,
    );
    expect(changed.value).toBe(item.value + 1);
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);

    // the role revoked: refused at once
    const revoked = await t.app.request("/api/v1/users/pheduyet.vp/roles?role=approver&unit=DT.VPUBND", {
      method: "DELETE",
      headers: session(admin),
    });
    expect(revoked.status).toBe(200);
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(403);

    // a session closed by sign-out: 401 at once
    const s = await signIn(t, "xem.vp");
    expect((await t.app.request(VALUES, { headers: session(s) })).status).toBe(200);
    expect((await t.app.request(VALUES, { headers: session(s) })).status).toBe(200);
    expect((await t.app.request("/api/v1/auth/sign-out", { method: "POST", headers: session(s) })).status).toBeLessThan(300);
    expect((await t.app.request(VALUES, { headers: session(s) })).status).toBe(401);
  });

  it("is not used once the caller's cached principal has expired: the credential is checked again", async () => {
    const t = testApp();
    const token = await tokenFor(t, "xem.vp");
    const reader = bearer(token);
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);
    const c = await caches();
    const key = principalKey(token, undefined) as string;
    const entry = c.principals.get(key);
    expect(entry).toBeDefined();
    // as if its time had run out (a session's expiry, or the principal cache's own limit)
    c.principals.set(key, { ...(entry as NonNullable<typeof entry>), until: 0 });
    expect((await t.app.request(VALUES, { headers: reader })).status).toBe(200);
    // the full path ran: it resolved the token again and cached the principal afresh
    expect(c.principals.get(key)?.until).toBeGreaterThan(Date.now());
  });
});
