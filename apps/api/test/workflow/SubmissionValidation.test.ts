/**
 * Submission runs the same validation as `GET …/validation`, dated events included: the office's
 * 2022-H1 report of the seed, whose inspection is dated 28/4/2024, cannot be submitted until the
 * date is fixed.
 */
import { Database } from "@cchc/db/Database";
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, jsonInit, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const BASE = "/api/v1/units/DT.VPUBND/periods/2022-H1";

describe.each(databases())("submission validation on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  let editor: Record<string, string> = {};
  beforeAll(async () => {
    editor = bearer(await tokenFor(testApp(), "bientap.vp"));
  });
  const validation = async () => json(await testApp().app.request(`${BASE}/validation`, { headers: editor }));
  const submit = async () => testApp().app.request(`${BASE}/submit`, jsonInit("POST", { comment: "Gửi báo cáo" }, editor));

  it("blocks the seed's report for the inspection dated in 2024, exactly as GET …/validation finds", async () => {
    const expected = await validation();
    const blocked = await submit();
    expect(blocked.status).toBe(422);
    const body = await json(blocked);
    expect(body.error.code).toBe("SUBMISSION_BLOCKED");
    const rules = [...body.error.details.errors, ...body.error.details.warnings].map((f: { rule: string }) => f.rule).sort();
    expect(rules).toEqual(expected.findings.map((f: { rule: string }) => f.rule).sort());
    const date = body.error.details.errors.find((f: { rule: string }) => f.rule === "chung.ngay.trongky");
    expect(date.message).toContain("28/4/2024");
    expect((await json(await testApp().app.request(`${BASE}/workflow`, { headers: editor }))).state).toBe("draft");
  });

  it("submits once the inspection's date and the stated rate are corrected", async () => {
    const t = testApp();
    await t.run(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() =>
          kysely.updateTable("inspection").set({ held_on: "2022-04-28" }).where("unit_code", "=", "DT.VPUBND").execute(),
        ),
      ),
    );
    // The stated 49,5% against the computed 49,4% is the report's other defect; correct the claim.
    const fix = await t.app.request(
      `${BASE}/values/taichinh.kinhphi.dasudung`,
      jsonInit("PUT", { disaggregation: "autonomy=autonomous", value: 4_935_000_000, version: 1 }, editor),
    );
    expect(fix.status).toBe(200);
    expect((await validation()).errors).toBe(0);
    const submitted = await submit();
    expect(submitted.status).toBe(200);
    expect((await json(submitted)).status.state).toBe("submitted");
  });
});
