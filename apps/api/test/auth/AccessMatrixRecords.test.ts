/**
 * The access matrix for records found by id, whose unit the Router cannot see in the request: a
 * document and a plan task of the caller's own subtree and of another one, read, corrected,
 * moved and deleted by every role. Bodies are valid and name the caller's own unit, so only the
 * record's unit can refuse them; refused requests answer 403 without the record's content and
 * change nothing. Lists without a unit show only the caller's subtree.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import type { RegisterEntry } from "@cchc/domain/documents/RegisterEntry";
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, tokenFor } from "../support/Credentials.js";
import { newTask } from "../support/Tasks.js";
import { databases, json, useTestApp } from "../support/TestApp.js";
import { snapshot } from "./DatabaseSnapshot.js";

const OWN = "DT.VPUBND";
const OTHER = "DT.SNV";
type Role = "admin" | "editor" | "approver" | "viewer";
const users: Record<Role, string> = { admin: "quantri.vp", editor: "bientap.vp", approver: "pheduyet.vp", viewer: "xem.vp" };
const writes: ReadonlyArray<Role> = ["admin", "editor"];

const inputOf = (d: RegisterEntry, unit: string) => ({
  unit,
  direction: d.direction,
  type: d.type,
  number: d.number,
  year: d.year,
  symbol: d.symbol,
  date: d.date,
  issuer: d.issuer,
  summary: d.summary,
  parentId: d.parentId,
  reportedIn: d.reportedIn,
});

interface Case {
  readonly name: string;
  readonly write: boolean;
  readonly request: (target: string) => Promise<{ url: string; init: RequestInit }>;
  /** Text of the record that a refusal must not contain. */
  readonly secret: (target: string) => string;
  /** Whether the request itself names the record's unit (then the refusal may repeat it). */
  readonly namesTarget?: boolean;
}

describe.each(databases())("access matrix of records by id on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  const documents: Record<string, RegisterEntry> = {};
  const tasks: Record<string, number> = {};

  beforeAll(async () => {
    const t = testApp();
    await t.run(
      Effect.flatMap(AccountRepo, (a) =>
        Effect.either(
          a.create({
            username: users.admin,
            displayName: "Quản trị VPUBND",
            password: "mat-khau-thu-nghiem",
            grants: [{ role: "admin", unit: OWN }],
          }),
        ),
      ),
    );
    for (const role of Object.keys(users) as Role[]) headers[role] = bearer(await tokenFor(t, users[role]));
    await t.run(
      Effect.gen(function* () {
        const docs = yield* DocumentRepo;
        // documents no task or PAR Index criterion cites: a cited one is not removed (ADR 0035)
        const kh19 = (yield* docs.list({ unit: OWN, q: "19/KH-VPUBND" })).items[0] as RegisterEntry;
        documents[OWN] = yield* docs.insert({
          ...inputOf(kh19, OWN),
          number: 8,
          summary: "kiểm tra công vụ riêng của Văn phòng năm 2022",
          parentId: null,
        });
        documents[OTHER] = yield* docs.insert({
          ...inputOf(kh19, OTHER),
          number: 7,
          symbol: "KH-SNV",
          issuer: "Sở Nội vụ",
          summary: "kiểm tra công vụ riêng của Sở Nội vụ năm 2022",
          parentId: null,
        });
        const plans = yield* PlanRepo;
        const own = yield* plans.plan(OWN, 2022);
        tasks[OWN] = ((yield* plans.tasks(own.id))[0] as { id: number }).id;
        const other = yield* plans.ensurePlan({ unit: OTHER, year: 2022, title: "Kế hoạch CCHC năm 2022 của Sở Nội vụ", documentId: null });
        const task = yield* plans.insertTask(
          other.id,
          newTask({ area: "civil-service", title: "Rà soát vị trí việc làm của Sở Nội vụ", leadUnit: OTHER }),
        );
        tasks[OTHER] = task.id;
      }),
    );
  });

  const taskVersion = (id: number) =>
    testApp()
      .run(Effect.flatMap(PlanRepo, (r) => r.task(id)))
      .then((t) => t.version);
  const jsonRequest = (method: string, url: string, body: unknown) => ({
    url,
    init: { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) } as RequestInit,
  });
  const cases: ReadonlyArray<Case> = [
    {
      name: "GET /documents/:id",
      write: false,
      request: async (target) => ({ url: `/api/v1/documents/${documents[target]?.id}`, init: { method: "GET" } }),
      secret: (target) => documents[target]?.summary as string,
    },
    {
      name: "PUT /documents/:id (kept in its unit)",
      write: true,
      namesTarget: true,
      request: async (target) =>
        jsonRequest("PUT", `/api/v1/documents/${documents[target]?.id}`, inputOf(documents[target] as RegisterEntry, target)),
      secret: (target) => documents[target]?.summary as string,
    },
    {
      name: "PUT /documents/:id (moved into the caller's unit)",
      write: true,
      request: async (target) =>
        jsonRequest("PUT", `/api/v1/documents/${documents[target]?.id}`, inputOf(documents[target] as RegisterEntry, OWN)),
      secret: (target) => documents[target]?.summary as string,
    },
    {
      name: "PUT /tasks/:id",
      write: true,
      request: async (target) =>
        jsonRequest("PUT", `/api/v1/tasks/${tasks[target]}`, {
          progress: 10,
          status: "in-progress",
          version: await taskVersion(tasks[target] as number),
        }),
      secret: () => "Rà soát vị trí việc làm",
    },
    {
      name: "DELETE /documents/:id",
      write: true,
      request: async (target) => ({ url: `/api/v1/documents/${documents[target]?.id}`, init: { method: "DELETE" } }),
      secret: (target) => documents[target]?.summary as string,
    },
  ];

  it("refuses records of another subtree with 403 and no content, changing nothing; allows the own subtree", async () => {
    const t = testApp();
    const send = async (c: Case, role: Role, target: string) => {
      const { url, init } = await c.request(target);
      return t.app.request(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers[role] } });
    };
    const before = await t.run(snapshot);
    const wrong: string[] = [];
    let refusals = 0;
    for (const c of cases)
      for (const role of Object.keys(users) as Role[])
        for (const target of [OWN, OTHER]) {
          const allowed = target === OWN && (!c.write || writes.includes(role));
          if (allowed) continue;
          const res = await send(c, role, target);
          const text = await res.text();
          refusals++;
          if (res.status !== 403 || !text.includes("ACCESS_DENIED")) wrong.push(`${c.name} as ${role} on ${target}: ${res.status} ${text}`);
          if (text.includes(c.secret(target)) || (target === OTHER && !c.namesTarget && text.includes(OTHER)))
            wrong.push(`${c.name} as ${role} on ${target} reveals the record: ${text}`);
        }
    expect(wrong).toEqual([]);
    expect(refusals).toBe(28);
    expect(await t.run(snapshot)).toEqual(before);

    // The own subtree: reads for everyone, writes for admin and editor (the record is deleted once).
    for (const c of cases)
      for (const role of Object.keys(users) as Role[]) {
        if (c.write && !writes.includes(role)) continue;
        const res = await send(c, role, OWN);
        const ok = c.name.startsWith("DELETE") ? [200, 404] : [200];
        if (!ok.includes(res.status)) wrong.push(`${c.name} as ${role} on ${OWN}: ${res.status} ${await res.text()}`);
      }
    expect(wrong).toEqual([]);
  });

  it("answers 404 for an unknown id to every caller", async () => {
    const t = testApp();
    for (const role of Object.keys(users) as Role[]) {
      expect((await t.app.request("/api/v1/documents/999999", { headers: headers[role] })).status).toBe(404);
      const put = await t.app.request("/api/v1/tasks/999999", {
        method: "PUT",
        headers: { "content-type": "application/json", ...headers[role] },
        body: JSON.stringify({ progress: 1, version: 1 }),
      });
      expect(put.status).toBe(writes.includes(role) ? 404 : 403);
    }
  });

  it("lists across units only what the caller may read, and refuses a unit outside its subtree", async () => {
    const t = testApp();
    const snv = bearer(await tokenFor(t, "bientap.snv"));
    const province = bearer(await tokenFor(t, "xem.dt"));
    const everything = bearer(await tokenFor(t, "admin"));
    const list = async (path: string, h: Record<string, string>) => {
      const res = await t.app.request(path, { headers: h });
      return { status: res.status, body: await json(res) };
    };
    for (const path of ["/api/v1/documents", "/api/v1/inspections", "/api/v1/activities"]) {
      const mine = await list(`${path}?limit=1000`, headers.viewer as Record<string, string>);
      expect(mine.status).toBe(200);
      expect(mine.body.total).toBeGreaterThan(0);
      expect(mine.body.items.every((i: { unit: string }) => i.unit === OWN || i.unit.startsWith(`${OWN}.`))).toBe(true);
      const theirs = await list(`${path}?limit=1000`, snv);
      expect(theirs.body.items.every((i: { unit: string }) => i.unit === OTHER || i.unit.startsWith(`${OTHER}.`))).toBe(true);
      expect(theirs.body.total).toBe(theirs.body.items.length);
      const all = await list(`${path}?limit=1000`, province);
      expect(all.body.total).toBeGreaterThanOrEqual(mine.body.total + theirs.body.total);
      expect(all.body.total).toBe((await list(`${path}?limit=1000`, everything)).body.total);
      const refused = await list(`${path}?unit=${OWN}`, snv);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("ACCESS_DENIED");
      expect(refused.body.items).toBeUndefined();
    }
    const activities = await list("/api/v1/activities", snv);
    expect(activities.body.totals).toEqual({});
    const paged = await list("/api/v1/inspections?limit=1&offset=0", headers.viewer as Record<string, string>);
    expect(paged.body).toMatchObject({ limit: 1, offset: 0, total: 1 });
  });
});
