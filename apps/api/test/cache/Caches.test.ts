import { SessionRepo } from "@cchc/db/accounts/SessionRepo";
import { Database } from "@cchc/db/Database";
import { Effect } from "effect";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { matches } from "../../src/cache/Answers.js";
import { Bounded } from "../../src/cache/Bounded.js";
import { databases, json, TEST_ADMIN_PASSWORD, useTestApp } from "../support/TestApp.js";

describe("Bounded", () => {
  it("forgets the least recently used entry when full", () => {
    const b = new Bounded<string, number>(2);
    b.set("a", 1);
    b.set("b", 2);
    expect(b.get("a")).toBe(1);
    b.set("c", 3);
    expect(b.get("b")).toBeUndefined();
    expect(b.get("a")).toBe(1);
    expect(b.get("c")).toBe(3);
    b.deleteWhere((v) => v === 1);
    expect(b.size).toBe(1);
  });
});

describe("If-None-Match", () => {
  it("matches weak and strong forms, lists and *", () => {
    expect(matches('W/"3.4"', 'W/"3.4"')).toBe(true);
    expect(matches('"3.4"', 'W/"3.4"')).toBe(true);
    expect(matches('W/"1.1", W/"3.4"', 'W/"3.4"')).toBe(true);
    expect(matches("*", 'W/"3.4"')).toBe(true);
    expect(matches('W/"3.5"', 'W/"3.4"')).toBe(false);
    expect(matches(null, 'W/"3.4"')).toBe(false);
  });
});

const VALUES = "/api/v1/units/DT.VPUBND/periods/2022-H1/values";
const DOCX = "/api/v1/reports/DT.VPUBND/2022-H1?format=docx";

describe.each(databases())("cached answers and principals on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  let cookie = "";
  const signedIn = async () => {
    if (cookie !== "") return { cookie };
    const res = await testApp().app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: TEST_ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(200);
    cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    return { cookie };
  };
  const get = async (path: string, headers: Record<string, string> = {}) =>
    testApp().app.request(path, { headers: { ...(await signedIn()), ...headers } });

  it("answers values with an ETag, 304 while unchanged, and the new value and ETag right after a write by anyone", async () => {
    const { run } = testApp();
    const first = await get(VALUES);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/"\d+\.\d+"$/);
    const body = await json(first);
    const again = await get(VALUES);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await json(again)).toEqual(body);
    expect((await get(VALUES, { "if-none-match": etag })).status).toBe(304);

    // a change written straight to the database (as another process would) is seen at once
    const item = body.items.find((v: any) => typeof v.value === "number");
    await run(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() =>
          sql`update indicator_value set value = value + 5 where unit_code = 'DT.VPUBND' and period_code = '2022-H1' and indicator_code = ${item.indicator} and disaggregation = ${item.disaggregation ?? ""}`.execute(
            kysely,
          ),
        ),
      ),
    );
    const after = await get(VALUES, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const changed = (await json(after)).items.find((v: any) => v.indicator === item.indicator && v.disaggregation === item.disaggregation);
    expect(changed.value).toBe(item.value + 5);
  });

  it("sends an unchanged report again without rebuilding it (same bytes, ETag, 304) and rebuilds it after a change", async () => {
    const { run } = testApp();
    const first = await get(DOCX);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") as string;
    const bytes = new Uint8Array(await first.arrayBuffer());
    const second = await get(DOCX);
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("content-disposition")).toBe(first.headers.get("content-disposition"));
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(bytes);
    expect((await get(DOCX, { "if-none-match": etag })).status).toBe(304);
    // another number is another report
    const numbered = await get(`${DOCX}&number=12`);
    expect(numbered.status).toBe(200);
    expect(new Uint8Array(await numbered.arrayBuffer())).not.toEqual(bytes);
    await run(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() => sql`update narrative set text = text || ' Đã sửa.' where unit_code = 'DT.VPUBND'`.execute(kysely)),
      ),
    );
    const rebuilt = await get(DOCX, { "if-none-match": etag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.get("etag")).not.toBe(etag);
  });

  it("ends a session at once when it is closed outside the request that uses it", async () => {
    const { run } = testApp();
    const { cookie: own } = await signedIn();
    const secret = decodeURIComponent(own.split("=")[1] as string);
    expect((await get(VALUES)).status).toBe(200);
    await run(Effect.flatMap(SessionRepo, (s) => s.close(secret)));
    expect((await get(VALUES)).status).toBe(401);
  });
});
