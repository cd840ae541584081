import { WorkflowRepo } from "@cchc/db/workflow/WorkflowRepo";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const BATCH = "/api/v1/values/batch";
const actor = { kind: "user" as const, id: "u", name: "pheduyet.dt" };
const at = new Date("2022-10-15T03:00:00Z");

describe.each(databases())("values batch API on $name", (db) => {
  const testApp = useTestApp(db);
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await testApp().app.request(BATCH, jsonInit("POST", body, headers));
    return { status: res.status, body: await json(res) };
  };
  const stored = async (unit: string, period: string) =>
    (await json(await testApp().app.request(`/api/v1/units/${unit}/periods/${period}/values?limit=1000`))).items as Array<{
      indicator: string;
      value: number;
      source: string;
    }>;
  const approve = (unit: string, period: string) =>
    testApp().run(
      Effect.gen(function* () {
        const wf = yield* WorkflowRepo;
        const [u, p] = [UnitCode.make(unit), PeriodCode.make(period)];
        yield* wf.apply(u, p, { kind: "submit" }, { actor, at, snapshot: [] });
        yield* wf.apply(u, p, { kind: "approve" }, { actor, at });
      }),
    );
  const first = { unit: "DT.VPUBND", period: "2022-Q3", values: [{ indicator: "congvu.bonhiem", value: 3 }] };

  it("a dry run answers each group's changes and findings and stores nothing; applying stores every group", async () => {
    const body = {
      groups: [
        { unit: "DT.VPUBND", period: "2022-Q4", values: [{ indicator: "tthc.pakn.tiepnhan", value: 10 }] },
        {
          unit: "DT.SNV",
          period: "2022-Q4",
          values: [
            { indicator: "tthc.pakn.tiepnhan", value: 4 },
            { indicator: "tthc.pakn.dagiaiquyet", value: 6 },
          ],
        },
      ],
      source: "imported",
    };
    const dry = await post({ ...body, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.groups.map((g: any) => [g.unit, g.period, g.changes.length])).toEqual([
      ["DT.VPUBND", "2022-Q4", 1],
      ["DT.SNV", "2022-Q4", 2],
    ]);
    // 6 resolved of 4 received is an error the findings of the second group name.
    expect(dry.body.groups[1].findings.some((f: any) => f.importance === "error")).toBe(true);
    expect(await stored("DT.SNV", "2022-Q4")).toEqual([]);

    const done = await post(body);
    expect(done.status).toBe(200);
    expect(done.body.groups[0].changes[0]).toMatchObject({ indicator: "tthc.pakn.tiepnhan", old: null, new: { value: 10, version: 1 } });
    expect((await stored("DT.SNV", "2022-Q4")).map((v) => [v.indicator, v.value, v.source])).toEqual([
      ["tthc.pakn.dagiaiquyet", 6, "imported"],
      ["tthc.pakn.tiepnhan", 4, "imported"],
    ]);
    const history = await json(await testApp().app.request("/api/v1/units/DT.VPUBND/periods/2022-Q4/values/tthc.pakn.tiepnhan/history"));
    expect(history.items.map((h: any) => [h.oldValue, h.newValue, h.source])).toEqual([[null, 10, "imported"]]);
  });

  it("stores nothing of the first group when the second is refused inside the transaction (approved period, stale version)", async () => {
    await approve("DT.STTTT", "2022-Q3");
    const locked = await post({
      groups: [first, { unit: "DT.STTTT", period: "2022-Q3", values: [{ indicator: "congvu.bonhiem", value: 1 }] }],
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error).toMatchObject({ code: "PERIOD_LOCKED", details: { unit: "DT.STTTT", period: "2022-Q3", state: "approved" } });
    expect(await stored("DT.VPUBND", "2022-Q3")).toEqual([]);

    const stale = await post({
      groups: [first, { unit: "DT.SNV", period: "2022-Q3", values: [{ indicator: "congvu.bonhiem", value: 1, version: 5 }] }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VALUE_CONFLICT");
    expect(await stored("DT.VPUBND", "2022-Q3")).toEqual([]);
  });

  it("checks every group before writing: 400 naming body.groups[i]… for each problem, nothing stored", async () => {
    const bad = await post({
      groups: [
        first,
        {
          unit: "DT.SNV",
          period: "2022-Q3",
          values: [
            { indicator: "congvu.bonhiem", value: 1 },
            { indicator: "congvu.vipham", value: 1 },
            { indicator: "congvu.daotao.luot", value: 2 },
            { indicator: "congvu.bonhiem", value: -2.5 },
          ],
        },
        { unit: "KHONG.CO", period: "2022-Q3", values: [] },
        { unit: "DT", period: "2022-H9", values: [] },
        { unit: "DT.VPUBND", period: "2022-Q3", values: [] },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("REQUEST_INVALID");
    const paths = bad.body.error.details.map((d: any) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["body.groups[1].values[3].value", "body.groups[2].unit", "body.groups[3].period", "body.groups[4]"]),
    );
    expect(paths).not.toContain("body.groups[0].values[0].value");
    expect(await stored("DT.VPUBND", "2022-Q3")).toEqual([]);
    expect(await stored("DT.SNV", "2022-Q3")).toEqual([]);

    const computed = await post({ groups: [first], source: "computed" });
    expect(computed.status).toBe(400);
    expect(computed.body.error.details.map((d: any) => d.path)).toContain("body.source");
    const empty = await post({ groups: [] });
    expect(empty.status).toBe(400);
  });

  it("checks write access to every group's unit: one group outside the caller's subtree refuses all", async () => {
    const editor = bearer(await tokenFor(testApp(), "bientap.vp", ["read", "write-values"]));
    const refused = await post(
      { groups: [first, { unit: "DT.SNV", period: "2022-Q3", values: [{ indicator: "congvu.bonhiem", value: 1 }] }] },
      editor,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("ACCESS_DENIED");
    expect(await stored("DT.VPUBND", "2022-Q3")).toEqual([]);
    const viewer = bearer(await tokenFor(testApp(), "xem.vp", ["read"]));
    expect((await post({ groups: [first] }, viewer)).status).toBe(403);

    const own = await post({ groups: [first] }, editor);
    expect(own.status).toBe(200);
    expect((await stored("DT.VPUBND", "2022-Q3")).map((v) => [v.indicator, v.value, v.source])).toEqual([["congvu.bonhiem", 3, "entered"]]);
  });

  it("lets the bulk entry of one unit and period say its values are imported", async () => {
    const res = await testApp().app.request(
      "/api/v1/units/DT.SNV/periods/2022-Q2/values",
      jsonInit("POST", { values: [{ indicator: "congvu.bonhiem", value: 2 }], source: "imported" }),
    );
    expect(res.status).toBe(200);
    expect((await stored("DT.SNV", "2022-Q2")).map((v) => v.source)).toEqual(["imported"]);
    const computed = await testApp().app.request(
      "/api/v1/units/DT.SNV/periods/2022-Q2/values",
      jsonInit("POST", { values: [{ indicator: "congvu.bonhiem", value: 2 }], source: "computed" }),
    );
    expect(computed.status).toBe(400);
  });
});
