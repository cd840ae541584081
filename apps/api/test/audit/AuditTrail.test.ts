/**
 * The acceptance path of accounts, locking and the audit trail on the demo data: value writes
 * without credentials (401), from another subtree (403) and by the unit's editor (200); an
 * approved report refusing writes (409 with the reason) until reopened for the figure; and the
 * audit trail naming who changed what and when — and only what changed.
 */

import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const DT = "/api/v1/units/DT/periods/2022-H1";

describe.each(databases())("audit trail of value writes on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const stored = (indicator: string) =>
    testApp()
      .run(Effect.flatMap(ValueRepo, (r) => r.list(UnitCode.make("DT"), PeriodCode.make("2022-H1"))))
      .then((vs) => vs.find((v) => v.indicator === indicator && v.disaggregation === "")?.value);
  const write = (headers: Record<string, string>, indicator: string, value: number) =>
    testApp().app.request(`${DT}/values`, jsonInit("POST", { values: [{ indicator, value }] }, headers));

  it("refuses, stores, locks, reopens and records each change with who and when", async () => {
    const t = testApp();
    const editor = bearer(await tokenFor(t, "bientap.dt", ["write-values"], "DT"));
    const otherEditor = bearer(await tokenFor(t, "bientap.snv", ["write-values"], "DT.SNV"));
    const approver = bearer(await tokenFor(t, "pheduyet.dt", ["approve"], "DT"));
    const before = await stored("chidao.nhiemvu.cp.giao");
    expect(before).toBe(4);

    const anonymous = await write({}, "chidao.nhiemvu.cp.giao", 44);
    expect(anonymous.status).toBe(401);
    expect(await stored("chidao.nhiemvu.cp.giao")).toBe(4);
    const foreign = await write(otherEditor, "chidao.nhiemvu.cp.giao", 44);
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).error.code).toBe("ACCESS_DENIED");
    expect(await stored("chidao.nhiemvu.cp.giao")).toBe(4);
    const own = await write(editor, "chidao.nhiemvu.cp.giao", 44);
    expect(own.status).toBe(200);
    expect(await stored("chidao.nhiemvu.cp.giao")).toBe(44);

    expect((await t.app.request(`${DT}/submit`, jsonInit("POST", {}, editor))).status).toBe(200);
    expect((await t.app.request(`${DT}/approve`, jsonInit("POST", {}, approver))).status).toBe(200);
    const locked = await write(editor, "tthc.pakn.tiepnhan", 140);
    expect(locked.status).toBe(409);
    const refusal = await json(locked);
    expect(refusal.error.code).toBe("PERIOD_LOCKED");
    expect(refusal.error.message).toContain("đã được phê duyệt bởi pheduyet.dt");
    expect(await stored("tthc.pakn.tiepnhan")).toBe(137);

    const reopened = await t.app.request(
      `${DT}/reopen`,
      jsonInit(
        "POST",
        { reason: "Sửa số nhiệm vụ Chính phủ giao", items: [{ kind: "indicator", code: "chidao.nhiemvu.cp.giao" }] },
        approver,
      ),
    );
    expect(reopened.status).toBe(200);
    expect((await write(editor, "tthc.pakn.tiepnhan", 140)).status).toBe(409);
    expect((await write(editor, "chidao.nhiemvu.cp.giao", 45)).status).toBe(200);
    expect(await stored("chidao.nhiemvu.cp.giao")).toBe(45);

    const trail = await json(await t.app.request("/api/v1/audit?unit=DT", { headers: approver }));
    const lines = trail.items
      .filter((r: { action: string }) => !r.action.startsWith("auth."))
      .map((r: { action: string; actor: { kind: string; name: string } }) => `${r.action} ${r.actor.kind}:${r.actor.name}`)
      .reverse();
    expect(lines).toEqual([
      "value.write token:bientap.dt",
      "workflow.submit token:bientap.dt",
      "workflow.approve token:pheduyet.dt",
      "workflow.reopen token:pheduyet.dt",
      "value.write token:bientap.dt",
    ]);
    // One record per changed value, with the value before and after; refused writes left none.
    const writes = trail.items.filter((r: { entity: string }) => r.entity === "value");
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatchObject({
      entityId: "DT/2022-H1/chidao.nhiemvu.cp.giao",
      unit: "DT",
      before: { value: 44, version: 2 },
      after: { value: 45, version: 3, source: "entered" },
    });
    expect(writes[1]).toMatchObject({ before: { value: 4, version: 1 }, after: { value: 44, version: 2 } });
    expect(trail.items.filter((r: { entity: string }) => r.entity === "request")).toEqual([]);
    expect(Math.abs(Date.parse(writes[0].at) - Date.now())).toBeLessThan(3_600_000);
    const reopen = trail.items.find((r: { action: string }) => r.action === "workflow.reopen");
    expect(reopen.after.reason).toBe("Sửa số nhiệm vụ Chính phủ giao");
    expect(reopen.before.state).toBe("approved");
  });
});
