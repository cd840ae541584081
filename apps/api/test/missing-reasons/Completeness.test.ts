/**
 * A submission is complete or it is refused (ADR 0021): a department's report with no values is
 * refused with SUBMISSION_INCOMPLETE listing each compulsory indicator (code and Vietnamese name);
 * a stated reason (or a value) completes it; reasons are versioned, audited, checked and locked
 * after approval; the findings of the validation show what is missing as blocking.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const UNIT = "DT.SNV";
const BASE = `/api/v1/units/${UNIT}/periods/2022-H1`;
const COMPULSORY = ["bomay.bienche.congchuc", "bomay.bienche.vienchuc", "congvu.daotao.luot", "congvu.vipham"];

describe.each(databases())("completeness of a submission on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const as: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const u of ["bientap.snv", "pheduyet.dt", "xem.dt", "bientap.vp"]) as[u] = bearer(await tokenFor(testApp(), u));
  });
  const call = (user: string, method: string, path: string, body?: unknown) =>
    testApp().app.request(path, body === undefined ? { method, headers: as[user] } : jsonInit(method, body, as[user]));
  const reason = (indicator: string, body: unknown, user = "bientap.snv") =>
    call(user, "PUT", `${BASE}/missing-reasons/${indicator}`, body);

  it("refuses an empty report with the missing compulsory indicators, and shows them as blocking findings", async () => {
    const refused = await call("bientap.snv", "POST", `${BASE}/submit`, { comment: "Gửi" });
    expect(refused.status).toBe(422);
    const { error } = await json(refused);
    expect(error.code).toBe("SUBMISSION_INCOMPLETE");
    expect(error.details.missing.map((m: { indicator: string }) => m.indicator)).toEqual(COMPULSORY);
    expect(error.details.missing[0].nameVi).toMatch(/biên chế/i);
    expect(error.message).toContain("chỉ tiêu bắt buộc");

    const validation = await json(await call("bientap.snv", "GET", `${BASE}/validation`));
    const findings = (validation.findings ?? validation) as Array<{ kind: string; importance: string; subject: { ref: string } }>;
    const completeness = findings.filter((f) => f.kind === "completeness");
    expect(completeness.map((f) => f.subject.ref)).toEqual(COMPULSORY);
    expect(completeness.every((f) => f.importance === "error")).toBe(true);

    const listed = await json(await call("bientap.snv", "GET", `${BASE}/missing-reasons`));
    expect(listed.compulsory.map((c: { indicator: string }) => c.indicator)).toEqual(COMPULSORY);
    expect(listed.missing).toHaveLength(4);
  });

  it("refuses bad reasons with the field path, foreign editors, unknown indicators and stale versions", async () => {
    const blank = await reason("congvu.vipham", { reason: "   " });
    expect(blank.status).toBe(400);
    const b = await json(blank);
    expect(JSON.stringify(b.error.details)).toContain("body.reason");
    const wrongType = await reason("congvu.vipham", { reason: 5 });
    expect(wrongType.status).toBe(400);
    expect((await reason("congvu.vipham", { reason: "Không có" }, "bientap.vp")).status).toBe(403);
    expect((await reason("congvu.vipham", { reason: "Không có" }, "xem.dt")).status).toBe(403);
    const unknown = await reason("khong.co.chitieu", { reason: "Không có" });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe("INDICATOR_NOT_FOUND");
    const withdrawNothing = await reason("congvu.vipham", { reason: null, version: 0 });
    expect(withdrawNothing.status).toBe(409);
    expect((await json(withdrawNothing)).error.code).toBe("MISSING_REASON_CONFLICT");
  });

  it("accepts the submission once every compulsory indicator has a value or a reason; locks reasons after approval", async () => {
    const first = await reason("congvu.vipham", { reason: "Chưa tổng hợp được số liệu kỷ luật" });
    expect(first.status).toBe(200);
    const f = await json(first);
    expect(f.reason).toMatchObject({ indicator: "congvu.vipham", version: 1, updatedBy: "bientap.snv" });
    expect(f.missing.map((m: { indicator: string }) => m.indicator)).not.toContain("congvu.vipham");
    const stale = await reason("congvu.vipham", { reason: "Khác", version: 0 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({ code: "MISSING_REASON_CONFLICT", details: { current: { version: 1 } } });
    const corrected = await reason("congvu.vipham", { reason: "Không phát sinh vi phạm trong kỳ", version: 1 });
    expect((await json(corrected)).reason.version).toBe(2);

    for (const code of ["bomay.bienche.congchuc", "bomay.bienche.vienchuc"])
      expect((await reason(code, { reason: "Biên chế do Sở Nội vụ tổng hợp riêng" })).status).toBe(200);
    const stillMissing = await call("bientap.snv", "POST", `${BASE}/submit`, { comment: "Gửi" });
    expect((await json(stillMissing)).error.details.missing).toEqual([{ indicator: "congvu.daotao.luot", nameVi: expect.any(String) }]);
    const value = await call("bientap.snv", "PUT", `${BASE}/values/congvu.daotao.luot`, { value: 4, version: 0 });
    expect(value.status).toBe(200);

    const submitted = await call("bientap.snv", "POST", `${BASE}/submit`, { comment: "Gửi" });
    expect(submitted.status).toBe(200);
    expect((await call("pheduyet.dt", "POST", `${BASE}/approve`, {})).status).toBe(200);
    const locked = await reason("congvu.vipham", { reason: "Sửa sau phê duyệt", version: 2 });
    expect(locked.status).toBe(409);
    expect((await json(locked)).error.code).toBe("PERIOD_LOCKED");

    const audit = await json(await call("pheduyet.dt", "GET", "/api/v1/audit?entity=missing-reason"));
    expect(audit.items.map((r: { action: string }) => r.action).sort()).toEqual([
      "missing-reason.write",
      "missing-reason.write",
      "missing-reason.write",
      "missing-reason.write",
    ]);
  });
});
