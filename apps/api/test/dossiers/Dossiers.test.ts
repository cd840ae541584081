import { readFileSync } from "node:fs";
import { DossierStatistics } from "@cchc/db/dossiers/DossierStatistics";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { fields } from "@cchc/domain/dossiers/DossierRecord";
import { UnitCode } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect, Either } from "effect";
import { describe, expect, it } from "vitest";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const sampleCsv = readFileSync(new URL("../../../../docs/examples/dossiers-sample.csv", import.meta.url), "utf8");

const flags = new Set(["dossierDigitised", "resultDigitised", "paidOnline"]);

/** The sample CSV as JSON-lines objects (flags as booleans, empty cells as null). */
const sampleRecords = (): Array<Record<string, unknown>> => {
  const [head, ...rows] = sampleCsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const names = (head as string).split(",");
  return rows.map((row) => {
    const cells = row.split(",");
    return Object.fromEntries(names.map((n, i) => [n, flags.has(n) ? cells[i] === "1" : cells[i] === "" ? null : cells[i]]));
  });
};
const jsonl = (records: ReadonlyArray<Record<string, unknown>>): string => `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;

const post = (body: string | Uint8Array, type: string, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  body,
  headers: { "content-type": type, ...headers },
});

const BATCH = "/api/v1/dossiers/batch";
const STATS = "/api/v1/units/DT/periods/2022-H1/dossier-stats";
const h1 = Either.getOrThrow(Period.window("2022-H1"));

describe.each(databases())("dossier routes on $name", (db) => {
  const testApp = useTestApp(db);
  const stats = async () => (await json(await testApp().app.request(STATS))).total;

  it("ingests the documented sample as JSON lines; the statistics equal the service's", async () => {
    const { app, run } = testApp();
    expect(sampleRecords()).toHaveLength(51);
    expect(Object.keys(sampleRecords()[0] as object)).toEqual([...fields]);
    const res = await app.request(BATCH, post(jsonl(sampleRecords()), "application/x-ndjson"));
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ lines: 51, inserted: 50, updated: 0, unchanged: 1 });

    const got = await json(await app.request(STATS));
    const direct = await run(Effect.flatMap(DossierStatistics, (s) => s.stats(UnitCode.make("DT"), h1)));
    expect(got.total).toEqual(direct.total);
    expect(got.byLevel).toEqual(direct.byLevel);
    expect(got.byChannel).toEqual(direct.byChannel);
    expect(got.period).toMatchObject({ code: "2022-H1", regime: "nd09", start: "2021-12-15", end: "2022-06-14" });
    expect(got.total).toMatchObject({
      received: 49,
      carriedOver: 5,
      newReceived: 44,
      resolved: 42,
      resolvedByTimeliness: { early: 30, "on-time": 8, late: 4 },
      returned: 1,
      withdrawn: 1,
      pending: 5,
      pendingByState: { within: 4, overdue: 1 },
    });
    const onTime = got.serviceIndicators.find((r: { code: string }) => r.code === "tthc.hoso.dunghan.tyle");
    expect(onTime).toMatchObject({ numerator: 38, denominator: 42, value: 90.5 });
    expect(onTime.denominatorVi).toContain("đã giải quyết");
  });

  it("the same batch twice changes nothing, as JSON lines or as CSV", async () => {
    const { app } = testApp();
    const before = await stats();
    const again = await app.request(BATCH, post(jsonl(sampleRecords()), "application/jsonl"));
    expect(await json(again)).toEqual({ lines: 51, inserted: 0, updated: 0, unchanged: 51 });
    const csv = await app.request(BATCH, post(sampleCsv, "text/csv; charset=utf-8"));
    expect(csv.status).toBe(200);
    expect(await json(csv)).toEqual({ lines: 51, inserted: 0, updated: 0, unchanged: 51 });
    expect(await stats()).toEqual(before);
  });

  it("a later updatedAt wins whatever the arrival order", async () => {
    const { app } = testApp();
    const before = await stats();
    // a pending dossier of the sample, later resolved on its appointment day
    const pending = sampleRecords().find((r) => r.resolvedAt === null && (r.receivedAt as string) < "2022-06-01") as Record<
      string,
      unknown
    >;
    const day = pending.appointmentDate as string;
    const resolved = { ...pending, resolvedAt: `${day}T10:00:00+07:00`, outcome: "resolved", updatedAt: `${day}T10:01:00+07:00` };
    const stale = { ...pending, updatedAt: "2022-01-01T00:00:00+07:00" };
    expect(await json(await app.request(BATCH, post(jsonl([resolved]), "application/x-ndjson")))).toMatchObject({ updated: 1 });
    expect(await json(await app.request(BATCH, post(jsonl([stale, pending]), "application/x-ndjson")))).toMatchObject({
      updated: 0,
      unchanged: 2,
    });
    const after = await stats();
    expect(after.pending).toBe(before.pending - 1);
    expect(after.resolved).toBe(before.resolved + 1);
  });

  it("a batch with a bad line answers 400 naming it and stores nothing", async () => {
    const { app } = testApp();
    const before = await stats();
    const fresh = sampleRecords().map((r) => ({ ...r, dossierId: `NEW-${r.dossierId as string}` }));
    const bad = fresh.map((r, i) => (i === 6 ? { ...r, channel: "fax" } : i === 9 ? { ...r, resolvedAt: "2020-01-01T08:00:00+07:00" } : r));
    const res = await app.request(BATCH, post(jsonl(bad), "application/x-ndjson"));
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe("DOSSIER_BATCH_INVALID");
    expect(body.error.details).toEqual([
      expect.objectContaining({ line: 7, field: "channel", reason: "invalid" }),
      expect.objectContaining({ line: 10, field: "resolvedAt" }),
    ]);
    expect(body.error.details[0].message).toContain("Dòng 7");
    expect(body.error.message).toContain("2 dòng");
    // CSV numbers lines from the header (line 1)
    const csvLines = sampleCsv.split("\n");
    csvLines[3] = (csvLines[3] as string).replace("DT.STTTT", "DT.NOWHERE");
    const unknown = await app.request(BATCH, post(csvLines.join("\n").replaceAll("DT-MOTCUA,", "DT-OTHER,"), "text/csv"));
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).error.details).toEqual([expect.objectContaining({ line: 4, field: "unitCode", reason: "unit-unknown" })]);
    // U+0000 cannot be stored by PostgreSQL: refused as a bad line, not a 500
    const nulLines = sampleCsv.split("\n");
    nulLines[3] = (nulLines[3] as string).replace("DT-MOTCUA,", "DT-MOTCUA\u0000,");
    const nul = await app.request(BATCH, post(nulLines.join("\n"), "text/csv"));
    expect(nul.status).toBe(400);
    expect((await json(nul)).error.details).toEqual([expect.objectContaining({ line: 4, reason: "nul-character" })]);
    expect(await stats()).toEqual(before);
  });

  it("refuses oversize batches (413), other content types (415) and text that is not UTF-8 (400)", async () => {
    const { app } = testApp();
    const lines = await app.request(BATCH, post("{}\n".repeat(50_001), "application/x-ndjson"));
    expect(lines.status).toBe(413);
    expect((await json(lines)).error).toMatchObject({ code: "DOSSIER_BATCH_TOO_LARGE", details: { lines: 50_001, limitLines: 50_000 } });
    const bytes = await app.request(BATCH, post(" ".repeat(33 * 1024 * 1024), "application/x-ndjson"));
    expect(bytes.status).toBe(413);
    expect((await json(bytes)).error.code).toBe("DOSSIER_BATCH_TOO_LARGE");
    const type = await app.request(BATCH, post(jsonl(sampleRecords()), "application/json"));
    expect(type.status).toBe(415);
    expect((await json(type)).error.code).toBe("MEDIA_TYPE_UNSUPPORTED");
    const latin1 = new Uint8Array([...new TextEncoder().encode(sampleCsv.slice(0, 400)), 0xe1, 0x0a]);
    const enc = await app.request(BATCH, post(latin1, "text/csv"));
    expect(enc.status).toBe(400);
    expect((await json(enc)).error.code).toBe("TEXT_ENCODING_INVALID");
  });

  it("refuses a caller who may not write dossiers for every unit of the batch", async () => {
    const t = testApp();
    const before = await stats();
    const fresh = jsonl(sampleRecords().map((r) => ({ ...r, dossierId: `ACL-${r.dossierId as string}` })));
    const office = await tokenFor(t, "bientap.vp");
    const res = await t.app.request(BATCH, post(fresh, "application/x-ndjson", bearer(office)));
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe("ACCESS_DENIED");
    const viewer = await tokenFor(t, "xem.dt");
    expect((await t.app.request(`${BATCH}?unit=DT`, post(fresh, "application/x-ndjson", bearer(viewer)))).status).toBe(403);
    expect(await stats()).toEqual(before);
  });

  it("answers 404 for an unknown unit and 400 for a bad period", async () => {
    const { app } = testApp();
    const unit = await app.request("/api/v1/units/NOPE/periods/2022-H1/dossier-stats");
    expect(unit.status).toBe(404);
    expect((await json(unit)).error.code).toBe("ORG_UNIT_NOT_FOUND");
    const period = await app.request("/api/v1/units/DT/periods/2022-X7/dossier-stats");
    expect(period.status).toBe(400);
    expect((await json(period)).error.code).toBe("PERIOD_CODE_INVALID");
    const regime = await app.request(`${STATS}?regime=weekly`);
    expect(regime.status).toBe(400);
    const calendar = await json(await app.request(`${STATS}?regime=calendar`));
    expect(calendar.period).toMatchObject({ start: "2022-01-01", end: "2022-06-30" });
  });

  it("writes the statistics as computed indicator values, with a dry run first", async () => {
    const { app, run } = testApp();
    const total = await stats();
    const listed = () => run(Effect.flatMap(ValueRepo, (r) => r.list(UnitCode.make("DT"), PeriodCode.make("2022-H1"))));
    const received = async () => (await listed()).find((v) => v.indicator === "tthc.hoso.tiepnhan" && v.disaggregation === "");
    const previous = await received();

    const dry = await app.request(`${STATS}/values?dryRun=true`, { method: "POST" });
    expect(dry.status).toBe(200);
    const dryBody = await json(dry);
    expect(dryBody).toMatchObject({ unit: "DT", period: "2022-H1", dryRun: true });
    expect(dryBody.changed).toBeGreaterThan(0);
    const change = dryBody.changes.find(
      (c: { indicator: string; disaggregation: string }) => c.indicator === "tthc.hoso.tiepnhan" && c.disaggregation === "",
    );
    expect(change.new.value).toBe(total.received);
    expect(await received()).toEqual(previous);

    const wrote = await json(await app.request(`${STATS}/values`, { method: "POST" }));
    expect(wrote).toMatchObject({ dryRun: false, changed: dryBody.changed });
    expect(await received()).toMatchObject({ value: total.received, source: "computed" });
    const overdue = (await listed()).find((v) => v.indicator === "tthc.hoso.danggiaiquyet" && v.disaggregation === "pending=overdue");
    expect(overdue?.value).toBe(total.pendingByState.overdue);
    const again = await json(await app.request(`${STATS}/values`, { method: "POST" }));
    expect(again.changed).toBe(0);
  });
});
