import { readDocxText } from "@cchc/report/docx-text/ReadDocxText";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bearersOf } from "../support/Callers.js";
import { jsonInit } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const F = "DT-SO-2022";
const unitPath = (unit: string) => `/api/v1/par-index/${F}/units/${unit}`;
const vi2 = (n: number) => n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe.each(databases())("PAR Index API on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const as = bearersOf(testApp);
  const get = async (username: string, path: string) => testApp().app.request(path, { headers: await as(username) });
  const put = async (username: string, criterion: string, unit: string, body: unknown) =>
    testApp().app.request(`${unitPath(unit)}/criteria/${criterion}`, jsonInit("PUT", body, await as(username)));
  const post = async (username: string, unit: string, command: string, body: unknown = {}) =>
    testApp().app.request(`${unitPath(unit)}/${command}`, jsonInit("POST", body, await as(username)));
  const criterionOf = async (unit: string, code: string) =>
    (await json(await get("xem.dt", unitPath(unit)))).criteria.find((c: any) => c.code === code);

  it("lists the frameworks with their decision and scored-leaf count, and serves the tree", async () => {
    const list = await json(await get("xem.vp", "/api/v1/par-index/frameworks"));
    const dt = list.items.find((f: any) => f.code === F);
    expect(dt).toMatchObject({ level: "department", years: [2022], maxScore: 100, criteriaCount: 26, illustrative: true });
    expect(dt.decision).toMatchObject({ number: "1602/QĐ-UBND-HC", date: "2021-10-21", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp" });
    expect(list.items.map((f: any) => f.code)).toContain("BNV-TINH-2022");
    const tree = await json(await get("xem.vp", `/api/v1/par-index/frameworks/${F}`));
    expect(tree.areas).toHaveLength(8);
    expect(tree.sources[0].url).toContain("1602");
    expect((await get("xem.vp", "/api/v1/par-index/frameworks/KHONG-CO")).status).toBe(404);
  });

  it("shows an appraised unit: formulas recomputed with their inputs, the council's change with its reason, total = sum of final scores", async () => {
    const res = await get("xem.dt", unitPath("DT.STTTT"));
    expect(res.status).toBe(200);
    const a = await json(res);
    expect(a.status).toBe("published");
    const c71 = a.criteria.find((c: any) => c.code === "7.1");
    expect(c71).toMatchObject({ method: "formula", computedScore: 5, appraisedScore: 3, finalScore: 3 });
    expect(c71.reason).toMatch(/Cổng Dịch vụ công/);
    expect(c71.computation).toMatchObject({ numerator: 490, denominator: 700, rate: 70, period: "2022-Y" });
    expect(c71.computation.values).toContainEqual({ key: "tthc.hoso.tiepnhanmoi[channel=online]", value: 490 });
    const manual = a.criteria.find((c: any) => c.code === "2.1");
    expect(manual.evidence.length).toBeGreaterThan(0);
    expect(manual.evidence[0].label).toMatch(/\//);
    const sum = a.criteria.reduce((s: number, c: any) => s + Math.round(c.finalScore * 100), 0) / 100;
    expect(a.total.final).toBe(sum);
    expect(a.total.appraised).toBe(sum);
  });

  it("answers bad scores, missing evidence, formula criteria, stale versions and wrong roles", async () => {
    const doc = (await criterionOf("DT.VPUBND", "1.2")).evidence[0].id as number;
    const v = (await criterionOf("DT.VPUBND", "1.2")).version as number;
    const over = await put("bientap.vp", "1.2", "DT.VPUBND", { selfScore: 2.25, evidence: [{ kind: "document", id: doc }], version: v });
    expect(over.status).toBe(400);
    expect(await json(over)).toMatchObject({ error: { code: "PAR_SCORE_INVALID", details: [{ path: "body.selfScore" }] } });
    const offStep = await json(
      await put("bientap.vp", "1.2", "DT.VPUBND", { selfScore: 1.3, evidence: [{ kind: "document", id: doc }], version: v }),
    );
    expect(offStep.error.code).toBe("PAR_SCORE_INVALID");
    expect(offStep.error.message).toContain("bội số của 0,25");
    const negative = await put("bientap.vp", "1.2", "DT.VPUBND", { selfScore: -1, evidence: [{ kind: "document", id: doc }], version: v });
    expect(negative.status).toBe(400);
    const noEvidence = await put("bientap.vp", "1.2", "DT.VPUBND", { selfScore: 2, evidence: [], version: v });
    expect(await json(noEvidence)).toMatchObject({ error: { code: "PAR_EVIDENCE_REQUIRED", details: [{ path: "body.evidence" }] } });
    const unknownDoc = await put("bientap.vp", "1.2", "DT.VPUBND", {
      selfScore: 2,
      evidence: [
        { kind: "document", id: doc },
        { kind: "document", id: 987654 },
      ],
      version: v,
    });
    expect(unknownDoc.status).toBe(400);
    expect(await json(unknownDoc)).toMatchObject({ error: { code: "PAR_EVIDENCE_NOT_FOUND", details: [{ path: "body.evidence.1.id" }] } });
    const formula = await put("bientap.vp", "3.2", "DT.VPUBND", { selfScore: 6, evidence: [{ kind: "document", id: doc }], version: 0 });
    expect(await json(formula)).toMatchObject({ error: { code: "PAR_SCORE_NOT_SELF_ASSESSED" } });
    expect((await put("bientap.vp", "9.9", "DT.VPUBND", { selfScore: 1, version: 0 })).status).toBe(404);
    const province = await put("bientap.dt", "1.2", "DT", { selfScore: 2, evidence: [{ kind: "document", id: doc }], version: 0 });
    expect(await json(province)).toMatchObject({ error: { code: "PAR_UNIT_NOT_ASSESSED", details: [{ path: "params.unit" }] } });
    expect((await put("xem.vp", "1.2", "DT.VPUBND", { selfScore: 2, evidence: [{ kind: "document", id: doc }], version: v })).status).toBe(
      403,
    );
    expect(
      (await put("bientap.snv", "1.2", "DT.VPUBND", { selfScore: 2, evidence: [{ kind: "document", id: doc }], version: v })).status,
    ).toBe(403);
    const ok = await put("bientap.vp", "1.2", "DT.VPUBND", {
      selfScore: 2,
      evidence: [{ kind: "document", id: doc }],
      note: "Đủ 4 báo cáo quý",
      version: v,
    });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({ selfScore: 2, version: v + 1, updatedBy: "bientap.vp" });
    const stale = await put("bientap.vp", "1.2", "DT.VPUBND", { selfScore: 1, evidence: [{ kind: "document", id: doc }], version: v });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe("PAR_SCORE_CONFLICT");
    expect((await criterionOf("DT.VPUBND", "1.2")).selfScore).toBe(2);
  });

  it("runs the workflow: submit locks the unit, only a unit above appraises (with reasons), publication locks everyone", async () => {
    expect((await post("pheduyet.vp", "DT.VPUBND", "appraise")).status).toBe(403);
    expect((await post("bientap.vp", "DT.VPUBND", "submit")).status).toBe(200);
    const doc = (await criterionOf("DT.VPUBND", "1.3")).evidence[0].id as number;
    const v13 = (await criterionOf("DT.VPUBND", "1.3")).version as number;
    const locked = await put("bientap.vp", "1.3", "DT.VPUBND", { selfScore: 1, evidence: [{ kind: "document", id: doc }], version: v13 });
    expect(locked.status).toBe(409);
    expect((await json(locked)).error.code).toBe("PAR_LOCKED");
    const sameUnit = await put("pheduyet.vp", "1.3", "DT.VPUBND", { appraisedScore: 1, reason: "x", version: v13 });
    expect(sameUnit.status).toBe(403);
    expect((await json(sameUnit)).error.code).toBe("PAR_NOT_APPRAISER");
    const noReason = await put("pheduyet.dt", "1.3", "DT.VPUBND", { appraisedScore: 1, version: v13 });
    expect(await json(noReason)).toMatchObject({ error: { code: "PAR_REASON_REQUIRED", details: [{ path: "body.reason" }] } });
    const override = await put("pheduyet.dt", "3.2", "DT.VPUBND", { appraisedScore: 3, reason: "Hồ sơ trễ hạn chưa cập nhật", version: 0 });
    expect(override.status).toBe(200);
    expect((await criterionOf("DT.VPUBND", "3.2")).finalScore).toBe(3);
    expect((await json(await post("pheduyet.dt", "DT.VPUBND", "return"))).error.code).toBe("PAR_REASON_REQUIRED");
    expect((await post("pheduyet.dt", "DT.VPUBND", "publish")).status).toBe(409);
    expect((await post("pheduyet.dt", "DT.VPUBND", "appraise")).status).toBe(200);
    expect((await post("pheduyet.dt", "DT.VPUBND", "publish")).status).toBe(200);
    const after = await put("pheduyet.dt", "3.2", "DT.VPUBND", { appraisedScore: 6, reason: "sửa", version: 1 });
    expect((await json(after)).error.code).toBe("PAR_LOCKED");
    const a = await json(await get("xem.vp", unitPath("DT.VPUBND")));
    expect(a.status).toBe("published");
    expect(a.history.map((h: any) => h.command)).toEqual(["submit", "appraise", "publish"]);
    const audit = await json(await get("pheduyet.dt", "/api/v1/audit?unit=DT.VPUBND&entity=request"));
    const writes = audit.items.filter((x: any) => x.action === "putParCriterion");
    expect(writes.map((x: any) => x.actor.name)).toEqual(expect.arrayContaining(["bientap.vp", "pheduyet.dt"]));
  });

  it("ranks the departments (change against 2021) and exports the table as .xlsx and .docx that read back", async () => {
    const res = await get("xem.dt", `/api/v1/par-index/${F}/ranking?parent=DT`);
    expect(res.status).toBe(200);
    const r = await json(res);
    expect(r.items.map((i: any) => i.unit).sort()).toEqual(["DT.SLDTBXH", "DT.SNV", "DT.STTTT", "DT.VPUBND"]);
    for (const [i, item] of r.items.entries()) {
      const a = await json(await get("xem.dt", unitPath(item.unit)));
      expect(item.total).toBe(a.total.final);
      expect(item.rank).toBe(r.items.filter((x: any) => x.total > item.total).length + 1);
      if (i > 0) expect(r.items[i - 1].total).toBeGreaterThanOrEqual(item.total);
      expect(item.change).toBe(Math.round((item.total - item.previousTotal) * 100) / 100);
      expect(Object.values(item.byArea as Record<string, number>).reduce((s, x) => s + Math.round(x * 100), 0) / 100).toBe(item.total);
    }
    expect((await get("xem.snv", `/api/v1/par-index/${F}/ranking?parent=DT`)).status).toBe(403);

    const xlsx = await get("xem.dt", `/api/v1/par-index/${F}/ranking?parent=DT&format=xlsx`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(2, 10).map((h) => String(h).split(" (")[0])).toEqual(r.areas.map((a: any) => a.name));
    expect(header.at(-3)).toBe("Tổng điểm");
    const first = ws.getRow(4);
    expect(first.getCell(2).value).toBe(r.items[0].name);
    expect(first.getCell(11).value).toBe(r.items[0].total);
    expect(first.getCell(11).numFmt).toBe("#,##0.00");
    expect(first.getCell(12).value).toBe(r.items[0].rank);

    const docx = await get("xem.dt", `/api/v1/par-index/${F}/ranking?parent=DT&format=docx`);
    const text = await readDocxText(new Uint8Array(await docx.arrayBuffer()));
    expect(text).toContain("PHỤ LỤC");
    expect(text).toContain("1602/QĐ-UBND-HC");
    for (const item of r.items) {
      expect(text).toContain(item.name);
      expect(text).toContain(vi2(item.total));
    }
  });

  it("takes a new framework from an administrator (immutable: a code in use is refused) and survey results from the appraiser with their source", async () => {
    const tree = await json(await get("xem.vp", `/api/v1/par-index/frameworks/${F}`));
    const upload = async (user: string, body: unknown) =>
      testApp().app.request("/api/v1/par-index/frameworks", jsonInit("POST", body, await as(user)));
    const broken = { ...tree, code: "DT-SO-2022-B", areas: tree.areas.map((a: any, i: number) => (i === 0 ? { ...a, maxScore: 13 } : a)) };
    expect(await json(await upload("quantri.dt", broken))).toMatchObject({
      error: { code: "PAR_FRAMEWORK_INVALID", details: [{ path: "body.areas[0]" }] },
    });
    expect((await upload("bientap.dt", { ...tree, code: "DT-SO-2022-B" })).status).toBe(403);
    const created = await upload("quantri.dt", { ...tree, code: "DT-SO-2022-B", version: 2 });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ code: "DT-SO-2022-B", criteriaCount: 26, maxScore: 100 });
    expect((await json(await upload("quantri.dt", { ...tree, code: "DT-SO-2022-B" }))).error.code).toBe("PAR_FRAMEWORK_EXISTS");
    expect((await json(await upload("quantri.dt", tree))).error.code).toBe("PAR_FRAMEWORK_EXISTS");
    const path = "/api/v1/par-index/DT-SO-2022-B/units/DT.SNV/criteria/8.1";
    const survey = async (user: string, body: unknown) => testApp().app.request(path, jsonInit("PUT", body, await as(user)));
    expect((await json(await survey("bientap.snv", { selfScore: 8.5, version: 0 }))).error.code).toBe("PAR_NOT_APPRAISER");
    expect((await json(await survey("pheduyet.dt", { selfScore: 8.5, version: 0 }))).error.code).toBe("PAR_SURVEY_SOURCE_REQUIRED");
    expect((await survey("pheduyet.dt", { selfScore: 8.5, surveySource: "SIPAS 2022 (tỉnh)", version: 0 })).status).toBe(200);
    const a = await json(await get("xem.snv", "/api/v1/par-index/DT-SO-2022-B/units/DT.SNV"));
    expect(a.criteria.find((c: any) => c.code === "8.1")).toMatchObject({
      method: "survey",
      selfScore: 8.5,
      finalScore: 8.5,
      surveySource: "SIPAS 2022 (tỉnh)",
    });
    expect(a.total.final).toBe(a.criteria.reduce((s: number, c: any) => s + Math.round(c.finalScore * 100), 0) / 100);
  });
});
