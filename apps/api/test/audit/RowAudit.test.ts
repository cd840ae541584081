/**
 * Row-level audit of reform data: every changed value (one record each, none for an unchanged
 * one, none for a dry run or a refused batch), document, task and narrative is recorded with who,
 * when, and the state before and after — by the handler, never as a second generic request record.
 */
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const UNIT = "DT.VPUBND";
const BASE = `/api/v1/units/${UNIT}/periods/2022-H1`;

interface Row {
  readonly id: number;
  readonly at: string;
  readonly actor: { readonly kind: string; readonly name: string };
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly unit: string;
  readonly before: any;
  readonly after: any;
}

describe.each(databases())("row-level audit of reform data on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  let editor: Record<string, string> = {};
  let approver: Record<string, string> = {};
  beforeAll(async () => {
    editor = bearer(await tokenFor(testApp(), "bientap.vp", ["write-values"]));
    approver = bearer(await tokenFor(testApp(), "pheduyet.vp", ["approve"]));
  });
  const trail = async (entity: string): Promise<ReadonlyArray<Row>> =>
    (await json(await testApp().app.request(`/api/v1/audit?unit=${UNIT}&entity=${entity}`, { headers: approver }))).items;
  const newSince = async (entity: string, before: ReadonlyArray<Row>) => {
    const seen = new Set(before.map((r) => r.id));
    return (await trail(entity)).filter((r) => !seen.has(r.id));
  };

  it("records one entry per changed value with old and new, and nothing for unchanged, dry-run or refused writes", async () => {
    const t = testApp();
    const start = await trail("value");
    const post = (body: unknown) => t.app.request(`${BASE}/values`, jsonInit("POST", body, editor));

    const dry = await post({ dryRun: true, values: [{ indicator: "congvu.vipham", value: 2 }] });
    expect(dry.status).toBe(200);
    expect(await newSince("value", start)).toEqual([]);

    const bulk = await post({
      values: [
        { indicator: "bomay.bienche.congchuc", value: 59 },
        { indicator: "congvu.vipham", value: 1 },
        { indicator: "tthc.pakn.tiepnhan", value: 3 },
      ],
    });
    expect(bulk.status).toBe(200);
    const rows = await newSince("value", start);
    expect(rows.map((r) => r.entityId).sort()).toEqual([`${UNIT}/2022-H1/congvu.vipham`, `${UNIT}/2022-H1/tthc.pakn.tiepnhan`]);
    const vipham = rows.find((r) => r.entityId.endsWith("congvu.vipham")) as Row;
    expect(vipham).toMatchObject({
      action: "value.write",
      unit: UNIT,
      actor: { kind: "token", name: "bientap.vp" },
      before: { value: 0, version: 1 },
      after: { value: 1, version: 2, source: "entered" },
    });
    expect(Math.abs(Date.parse(vipham.at) - Date.now())).toBeLessThan(3_600_000);
    expect(rows.find((r) => r.entityId.endsWith("tthc.pakn.tiepnhan"))?.before).toBeNull();

    // A batch refused for a stale version stores nothing and records nothing.
    const afterBulk = await trail("value");
    const stale = await post({
      values: [
        { indicator: "congvu.vipham", value: 5 },
        { indicator: "bomay.bienche.congchuc", value: 60, version: 99 },
      ],
    });
    expect(stale.status).toBe(409);
    expect(await newSince("value", afterBulk)).toEqual([]);

    const single = await t.app.request(
      `${BASE}/values/congvu.daotao.luot`,
      jsonInit("PUT", { value: 14, version: 1, comment: "thêm một lượt" }, editor),
    );
    expect(single.status).toBe(200);
    const one = await newSince("value", afterBulk);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ before: { value: 13 }, after: { value: 14, comment: "thêm một lượt" } });
    expect(await newSince("request", [])).toEqual([]);
  });

  it("shows a value's history with who, when, old and new", async () => {
    const t = testApp();
    const res = await t.app.request(`${BASE}/values/congvu.vipham/history`, { headers: approver });
    expect(res.status).toBe(200);
    const { items } = await json(res);
    const last = items.at(-1);
    expect(last).toMatchObject({ oldValue: 0, newValue: 1, oldVersion: 1, newVersion: 2, changedBy: "bientap.vp", source: "entered" });
    expect(Number.isNaN(Date.parse(last.changedAt))).toBe(false);
    // The same change in the audit trail, found by the value's entity id, names the token used.
    const entityId = encodeURIComponent(`${UNIT}/2022-H1/congvu.vipham`);
    const audited = await json(await t.app.request(`/api/v1/audit?unit=${UNIT}&entity=value&entityId=${entityId}`, { headers: approver }));
    expect(audited.items).toHaveLength(1);
    expect(audited.items[0]).toMatchObject({ actor: { kind: "token", name: "bientap.vp" }, before: { value: 0 }, after: { value: 1 } });
  });

  it("records documents created, corrected and deleted with the document before and after", async () => {
    const t = testApp();
    const start = await trail("document");
    const input = {
      unit: UNIT,
      direction: "issued",
      type: "KH",
      number: 31,
      year: null,
      symbol: "KH-VPUBND",
      date: "2022-05-20",
      issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
      summary: "tuyên truyền cải cách hành chính",
      parentId: null,
      reportedIn: null,
    };
    const created = await json(await t.app.request("/api/v1/documents", jsonInit("POST", input, editor)));
    expect(created.numberSymbol).toBe("31/KH-VPUBND");
    const put = await t.app.request(`/api/v1/documents/${created.id}`, jsonInit("PUT", { ...input, summary: "tuyên truyền CCHC" }, editor));
    expect(put.status).toBe(200);
    const del = await t.app.request(`/api/v1/documents/${created.id}`, { method: "DELETE", headers: editor });
    expect(del.status).toBe(200);
    const rows = [...(await newSince("document", start))].reverse();
    expect(rows.map((r) => `${r.action} ${r.entityId} ${r.actor.name}`)).toEqual([
      `document.create ${created.id} bientap.vp`,
      `document.update ${created.id} bientap.vp`,
      `document.delete ${created.id} bientap.vp`,
    ]);
    expect(rows[0]).toMatchObject({ before: null, after: { summary: "tuyên truyền cải cách hành chính", version: 1 } });
    expect(rows[1]).toMatchObject({
      before: { summary: "tuyên truyền cải cách hành chính" },
      after: { summary: "tuyên truyền CCHC", version: 2 },
    });
    expect(rows[2]).toMatchObject({ before: { summary: "tuyên truyền CCHC" }, after: null });
    expect(await t.run(Effect.either(Effect.flatMap(DocumentRepo, (r) => r.get(created.id))))).toMatchObject({ _tag: "Left" });
  });

  it("refuses a document for an unknown or missing unit with 400 naming body.unit", async () => {
    const admin = bearer(await tokenFor(testApp(), "admin"));
    const doc = {
      direction: "issued",
      type: "KH",
      number: 1,
      year: null,
      symbol: "KH-VPUBND",
      date: "2022-05-20",
      issuer: "x",
      summary: "y",
      parentId: null,
      reportedIn: null,
    };
    for (const body of [{ ...doc, unit: "XX" }, doc]) {
      const res = await testApp().app.request("/api/v1/documents", jsonInit("POST", body, admin));
      expect(res.status).toBe(400);
      expect((await json(res)).error.details.map((d: { path: string }) => d.path)).toEqual(["body.unit"]);
    }
  });

  it("records task updates and narratives with before and after", async () => {
    const t = testApp();
    const task = await t.run(
      Effect.gen(function* () {
        const repo = yield* PlanRepo;
        const plan = yield* repo.plan(UNIT, 2022);
        return (yield* repo.tasks(plan.id, { status: "not-started" }))[0];
      }),
    );
    if (!task) throw new Error("the seed plan has a task not started");
    const startTasks = await trail("task");
    const updated = await t.app.request(
      `/api/v1/tasks/${task.id}`,
      jsonInit("PUT", { status: "in-progress", progress: 20, startedOn: "2022-06-20", version: task.version }, editor),
    );
    expect(updated.status).toBe(200);
    const [taskRow] = await newSince("task", startTasks);
    expect(taskRow).toMatchObject({
      action: "task.update",
      entityId: String(task.id),
      unit: UNIT,
      before: { status: "not-started", progress: 0 },
      after: { status: "in-progress", progress: 20, startedOn: "2022-06-20" },
    });

    const startNarratives = await trail("narrative");
    const written = await t.app.request(`${BASE}/narratives/recommendations`, { headers: approver });
    const current = await json(written);
    const put = await t.app.request(
      `${BASE}/narratives/recommendations`,
      jsonInit("PUT", { text: "Kiến nghị mới.", version: current.version }, editor),
    );
    expect(put.status).toBe(200);
    const [narrative] = await newSince("narrative", startNarratives);
    expect(narrative).toMatchObject({
      action: "narrative.write",
      entityId: `${UNIT}/2022-H1/recommendations`,
      before: { text: current.text, version: current.version },
      after: { text: "Kiến nghị mới.", version: current.version + 1 },
    });
    expect(await newSince("request", [])).toEqual([]);
  });
});
