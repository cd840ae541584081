import { PeriodLock } from "@cchc/db/workflow/PeriodLock";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import * as Service from "../../src/workflow/WorkflowService.js";
import { bearersOf } from "../support/Callers.js";
import { jsonInit } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";
import { consistentFigures, loadCatalogue, writeFigures } from "./Fixtures.js";

const base = (unit: string, period = "2022-H1") => `/api/v1/units/${unit}/periods/${period}`;

describe.each(databases())("review workflow on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const as = bearersOf(testApp);
  const post = async (username: string, path: string, body: unknown = {}) =>
    testApp().app.request(path, jsonInit("POST", body, await as(username)));
  const lockOf = (unit: string, touched?: Parameters<PeriodLock["Type"]["assertWritable"]>[2]) =>
    testApp().run(Effect.either(Effect.flatMap(PeriodLock, (l) => l.assertWritable(unit, "2022-H1", touched))));

  it("runs the full cycle: submit, approve (lock), partial reopen, resubmit with changes, approve", async () => {
    const t = testApp();
    await loadCatalogue(t);
    await writeFigures(t, "DT.VPUBND.HCQT", "2022-H1", consistentFigures);

    const submitted = await post("bientap.vp", `${base("DT.VPUBND.HCQT")}/submit`);
    expect(submitted.status).toBe(200);
    const s = await json(submitted);
    expect(s.status.state).toBe("submitted");
    expect(s.deadline).toBe("2022-06-16");
    expect(s.timeliness).toBe("late");

    expect((await post("bientap.vp", `${base("DT.VPUBND.HCQT")}/approve`)).status).toBe(403);
    expect((await post("pheduyet.snv", `${base("DT.VPUBND.HCQT")}/approve`)).status).toBe(403);
    const approved = await post("pheduyet.vp", `${base("DT.VPUBND.HCQT")}/approve`, { comment: "Đồng ý" });
    expect(approved.status).toBe(200);
    expect(await json(approved)).toMatchObject({ state: "approved", locked: true });

    const locked = await lockOf("DT.VPUBND.HCQT", [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "" }]);
    expect(locked._tag).toBe("Left");
    expect(locked._tag === "Left" && locked.left.approvedBy).toBe("pheduyet.vp");
    expect((await post("bientap.vp", `${base("DT.VPUBND.HCQT")}/submit`)).status).toBe(409);

    const noItems = await post("pheduyet.vp", `${base("DT.VPUBND.HCQT")}/reopen`, { reason: "Bổ sung", items: [] });
    expect(noItems.status).toBe(400);
    expect(
      (
        await post("bientap.vp", `${base("DT.VPUBND.HCQT")}/reopen`, {
          reason: "x",
          items: [{ kind: "indicator", code: "tthc.pakn.tiepnhan" }],
        })
      ).status,
    ).toBe(403);
    const reopened = await post("pheduyet.vp", `${base("DT.VPUBND.HCQT")}/reopen`, {
      reason: "Cập nhật số PAKN cuối kỳ",
      items: [
        { kind: "indicator", code: "tthc.pakn.tiepnhan" },
        { kind: "indicator", code: "tthc.pakn.dagiaiquyet" },
      ],
    });
    expect(reopened.status).toBe(200);
    expect((await json(reopened)).state).toBe("reopened");
    expect((await lockOf("DT.VPUBND.HCQT", [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "" }]))._tag).toBe("Right");
    expect((await lockOf("DT.VPUBND.HCQT", [{ indicator: "tthc.hoso.tiepnhan", disaggregation: "" }]))._tag).toBe("Left");
    expect((await lockOf("DT.VPUBND.HCQT"))._tag).toBe("Left");

    await writeFigures(t, "DT.VPUBND.HCQT", "2022-H1", { "tthc.pakn.tiepnhan": 140, "tthc.pakn.dagiaiquyet": 138 });
    const pending = await json(await t.app.request(`${base("DT.VPUBND.HCQT")}/changes`, { headers: await as("pheduyet.vp") }));
    expect(pending.sinceLastSubmission.map((c: { indicator: string }) => c.indicator)).toEqual([
      "tthc.pakn.dagiaiquyet",
      "tthc.pakn.tiepnhan",
    ]);
    const again = await json(await post("bientap.vp", `${base("DT.VPUBND.HCQT")}/submit`));
    expect(again.changes).toEqual([
      { indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", kind: "changed", before: 135, after: 138 },
      { indicator: "tthc.pakn.tiepnhan", disaggregation: "", kind: "changed", before: 137, after: 140 },
    ]);
    expect(again.status.submissions).toBe(2);
    expect((await post("pheduyet.dt", `${base("DT.VPUBND.HCQT")}/approve`)).status).toBe(200);
    expect((await lockOf("DT.VPUBND.HCQT", [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "" }]))._tag).toBe("Left");

    const history = await json(await t.app.request(`${base("DT.VPUBND.HCQT")}/workflow`, { headers: await as("xem.vp") }));
    expect(history.history.map((h: { command: string }) => h.command)).toEqual(["submit", "approve", "reopen", "submit", "approve"]);
    expect(history.history[2]).toMatchObject({ reason: "Cập nhật số PAKN cuối kỳ", actor: { kind: "token", name: "pheduyet.vp" } });

    const audit = await t.app.request("/api/v1/audit?unit=DT.VPUBND.HCQT&entity=report", { headers: await as("pheduyet.vp") });
    expect(audit.status).toBe(200);
    const actions = (await json(audit)).items.map((r: { action: string; actor: { name: string } }) => `${r.action}:${r.actor.name}`);
    expect(actions).toEqual([
      "workflow.approve:pheduyet.dt",
      "workflow.submit:bientap.vp",
      "workflow.reopen:pheduyet.vp",
      "workflow.approve:pheduyet.vp",
      "workflow.submit:bientap.vp",
    ]);
    expect((await t.app.request("/api/v1/audit?unit=DT.VPUBND.HCQT", { headers: await as("bientap.vp") })).status).toBe(403);
    expect((await t.app.request("/api/v1/audit?unit=DT.VPUBND.HCQT", { headers: await as("pheduyet.snv") })).status).toBe(403);
  });

  it("blocks a submission with errors and asks a comment for warnings", async () => {
    const t = testApp();
    await loadCatalogue(t);
    await writeFigures(t, "DT.SNV", "2022-H1", { ...consistentFigures, "tthc.hoso.tiepnhan": 335446 });
    const blocked = await post("bientap.snv", `${base("DT.SNV")}/submit`);
    expect(blocked.status).toBe(422);
    const b = await json(blocked);
    expect(b.error.code).toBe("SUBMISSION_BLOCKED");
    expect(b.error.details.errors.map((e: { rule: string }) => e.rule)).toContain("tthc.hoso.tiepnhan.tong");
    expect((await json(await t.app.request(`${base("DT.SNV")}/workflow`, { headers: await as("bientap.snv") }))).state).toBe("draft");

    // fixed totals, but received ≠ resolved + pending is only a warning
    await writeFigures(t, "DT.SNV", "2022-H1", { "tthc.hoso.tiepnhan": 335445, "tthc.hoso.danggiaiquyet": 29000 });
    const warned = await post("bientap.snv", `${base("DT.SNV")}/submit`);
    expect(warned.status).toBe(422);
    expect((await json(warned)).error.code).toBe("WARNING_COMMENT_REQUIRED");
    const explained = await post("bientap.snv", `${base("DT.SNV")}/submit`, { comment: "Số hồ sơ đang giải quyết chốt ngày 10/6." });
    expect(explained.status).toBe(200);
    expect((await json(explained)).findings.map((f: { importance: string }) => f.importance)).toEqual(["warning"]);
  });

  it("returns a report with a reason on the items concerned and shows it to the superior", async () => {
    const t = testApp();
    await loadCatalogue(t);
    await writeFigures(t, "DT.STTTT", "2022-H1", consistentFigures);
    expect((await post("bientap.dt", `${base("DT.STTTT")}/submit`)).status).toBe(200);
    const noReason = await post("pheduyet.dt", `${base("DT.STTTT")}/return`, { reason: "", items: [] });
    expect(noReason.status).toBe(400);
    const returned = await post("pheduyet.dt", `${base("DT.STTTT")}/return`, {
      reason: "Số PAKN chưa khớp sổ theo dõi",
      items: [
        { kind: "indicator", code: "tthc.pakn.tiepnhan", note: "kiểm tra lại" },
        { kind: "section", code: "procedure" },
      ],
    });
    expect(returned.status).toBe(200);
    const overview = await json(await t.app.request(`${base("DT")}/submissions`, { headers: await as("xem.dt") }));
    const line = overview.lines.find((l: { unit: string }) => l.unit === "DT.STTTT");
    expect(line).toMatchObject({ state: "returned", returned: { reason: "Số PAKN chưa khớp sổ theo dõi" } });
    expect(line.returned.items).toHaveLength(2);
    expect(overview.lines.find((l: { unit: string }) => l.unit === "DT.SLDTBXH")).toMatchObject({
      state: "draft",
      submissions: 0,
      overdue: true,
    });
    expect(overview.summary.missing).toBeGreaterThan(0);
    expect((await t.app.request(`${base("DT")}/submissions`, { headers: await as("xem.vp") })).status).toBe(403);
    // the figures were not locked by the return
    expect((await lockOf("DT.STTTT"))._tag).toBe("Right");
  });

  it("judges lateness in working days against the holiday calendar (30/4–3/5/2022)", async () => {
    const t = testApp();
    const actor = { kind: "user" as const, id: null, name: "bientap.dt" };
    // 2022-M04 under the calendar regime ends Saturday 30/4; 2 working days later is Thursday 5/5.
    // (the departments' compulsory figures, so that their reports are complete)
    const compulsory = Object.fromEntries(Object.entries(consistentFigures).filter(([k]) => /^(bomay|congvu)\./.test(k)));
    for (const u of ["DT.SLDTBXH", "DT.SNV"]) await writeFigures(t, u, "2022-M04", compulsory);
    const onTime = await t.run(
      Service.submit("DT.SLDTBXH", PeriodCode.make("2022-M04"), "calendar", undefined, {
        actor,
        at: new Date("2022-05-04T09:00:00+07:00"),
      }),
    );
    expect(onTime).toMatchObject({ deadline: "2022-05-05", timeliness: "on-time" });
    const late = await t.run(
      Service.submit("DT.SNV", PeriodCode.make("2022-M04"), "calendar", undefined, { actor, at: new Date("2022-05-06T08:00:00+07:00") }),
    );
    expect(late.timeliness).toBe("late");
    const overview = await json(
      await t.app.request(`${base("DT", "2022-M04")}/submissions?regime=calendar`, { headers: await as("pheduyet.dt") }),
    );
    expect(overview.summary).toMatchObject({ onTime: 1, late: 1 });
    expect(overview.lines.find((l: { unit: string }) => l.unit === "DT.SNV").timeliness).toBe("late");
  });
});
