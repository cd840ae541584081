/**
 * Values the system computes — from dossiers, or consolidated from the children's approved
 * figures — are recorded in the audit trail like entered values: one record per changed value,
 * with who asked for the computation and the value before and after.
 */
import { describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";
import { writeFigures } from "../workflow/Fixtures.js";

interface AuditRecord {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly actor: { readonly kind: string; readonly name: string | null };
  readonly before: { readonly value: number } | null;
  readonly after: { readonly value: number; readonly source: string };
}

describe.each(databases())("audit of computed values on $name", (db) => {
  const testApp = useTestApp(db);
  const trail = async (unit: string): Promise<ReadonlyArray<AuditRecord>> =>
    (await json(await testApp().app.request(`/api/v1/audit?unit=${unit}&entity=value&limit=500`))).items;

  it("records each value written from the dossier statistics, with before and after, as the caller", async () => {
    const t = testApp();
    const editor = bearer(await tokenFor(t, "bientap.dt", ["read", "write-values"], "DT"));
    const stats = "/api/v1/units/DT/periods/2022-H1/dossier-stats/values";
    const before = (await trail("DT")).length;

    const dry = await t.app.request(`${stats}?dryRun=true`, { method: "POST", headers: editor });
    expect(dry.status).toBe(200);
    expect((await trail("DT")).length).toBe(before);

    const res = await t.app.request(stats, { method: "POST", headers: editor });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.changed).toBeGreaterThan(0);
    const after = await trail("DT");
    const records = after.slice(0, after.length - before); // newest first
    expect(records).toHaveLength(body.changed);
    expect(records.every((r) => r.action === "value.write" && r.actor.kind === "token" && r.actor.name === "bientap.dt")).toBe(true);
    // the demo's imported total is replaced by the one computed from the (empty) dossier store
    const received = records.find((r) => r.entityId === "DT/2022-H1/tthc.hoso.tiepnhan");
    expect(received?.before).toMatchObject({ value: 335445 });
    expect(received?.after).toMatchObject({ value: 0, source: "computed" });
  });

  it("records each consolidated value, with before and after, as the caller", async () => {
    const t = testApp();
    const child = "DT.VPUBND.HCQT";
    await writeFigures(t, child, "2022-H1", { "tthc.pakn.tiepnhan": 5, "tthc.pakn.dagiaiquyet": 4 });
    for (const step of ["submit", "approve"])
      expect((await t.app.request(`/api/v1/units/${child}/periods/2022-H1/${step}`, jsonInit("POST", {}))).status).toBe(200);

    const res = await t.app.request("/api/v1/units/DT.VPUBND/periods/2022-H1/consolidate", { method: "POST" });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.included).toEqual([child]);
    expect(body.stored).toBeGreaterThan(0);
    const records = (await trail("DT.VPUBND")).filter(
      (r) => r.entityId.startsWith("DT.VPUBND/2022-H1/") && r.after.source === "consolidated",
    );
    expect(records).toHaveLength(body.stored);
    const received = records.find((r) => r.entityId === "DT.VPUBND/2022-H1/tthc.pakn.tiepnhan");
    expect(received?.after.value).toBe(5);
    expect(received?.actor).toMatchObject({ name: "admin" });
  });
});
