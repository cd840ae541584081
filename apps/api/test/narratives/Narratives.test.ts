import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { requesterOf, useCallers } from "../support/Callers.js";
import { jsonInit } from "../support/Credentials.js";
import { databases, useTestApp } from "../support/TestApp.js";
import { consistentFigures, loadCatalogue, writeFigures } from "../workflow/Fixtures.js";

const put = (body: unknown) => jsonInit("PUT", body);

describe.each(databases())("narratives API on $name", (db) => {
  const testApp = useTestApp(db);
  const req = requesterOf(testApp);
  const base = "/api/v1/units/DT.VPUBND/periods/2022-H1/narratives";

  it("holds the seed's paragraphs by section, with the obvious typos corrected", async () => {
    const list = await req(base);
    expect(list.body.items.map((n: any) => n.section)).toEqual(
      expect.arrayContaining([
        "direction.office",
        "direction.province",
        "institution",
        "procedure.onestop",
        "apparatus",
        "civil-service",
        "public-finance",
        "e-government",
        "assessment",
        "directions",
        "recommendations",
      ]),
    );
    const onestop = await req(`${base}/procedure.onestop`);
    expect(onestop.body.text).toContain("Cổng Dịch vụ công quốc gia");
    expect(onestop.body.text).toContain("củng cố");
    expect((await req(`${base}/directions`)).body.paragraphs).toHaveLength(7);
    expect((await req(`${base}/direction.office`)).body.paragraphs[0]).toContain("trên 66,7% các nhiệm vụ");
  });

  it("writes with a version: new at 0, stale refused with 409, unknown section 400", async () => {
    const created = await req(
      "/api/v1/units/DT/periods/2022-H1/narratives/procedure.feedback",
      put({ text: "Đoạn một.\n\nĐoạn hai.", version: 0 }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ version: 1, paragraphs: ["Đoạn một.", "Đoạn hai."] });
    const stale = await req("/api/v1/units/DT/periods/2022-H1/narratives/procedure.feedback", put({ text: "Khác.", version: 0 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("NARRATIVE_CONFLICT");
    expect((await req("/api/v1/units/DT/periods/2022-H1/narratives/procedure.feedback")).body.text).toBe("Đoạn một.\n\nĐoạn hai.");
    const bad = await req("/api/v1/units/DT/periods/2022-H1/narratives/weather", put({ text: "x", version: 0 }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("params.section");
    expect((await req("/api/v1/units/DT/periods/2022-H1/narratives/assessment")).status).toBe(404);
  });

  it("the stated rates follow the text: a rate written becomes the period's claim, rewritten it follows, removed it is withdrawn", async () => {
    const { run } = testApp();
    const path = "/api/v1/units/DT.VPUBND/periods/2022-H1/narratives/procedure.feedback";
    const claim = async () =>
      (await run(Effect.flatMap(ValueRepo, (r) => r.versionedClaims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"))))).find(
        (c) => c.rate === "tthc.pakn.tyle",
      );
    const current = await req(path);
    let version = current.status === 200 ? current.body.version : 0;
    const save = async (text: string) => {
      const r = await req(path, put({ text, version }));
      expect(r.status).toBe(200);
      version = r.body.version;
      return r.body.claimsFollowed;
    };
    expect(await save("Tiếp nhận 40 phản ánh, kiến nghị.\n\nTỷ lệ giải quyết phản ánh, kiến nghị đạt 97,5%.")).toEqual([
      { rate: "tthc.pakn.tyle", disaggregation: "", stated: 97.5 },
    ]);
    expect(await claim()).toMatchObject({ stated: 97.5, decimals: 1 });
    expect(await save("Tỷ lệ giải quyết phản ánh, kiến nghị đạt 98%.")).toEqual([
      { rate: "tthc.pakn.tyle", disaggregation: "", stated: 98 },
    ]);
    expect((await claim())?.stated).toBe(98);
    // the same rate again changes nothing; a text without it withdraws it
    expect(await save("Tỷ lệ giải quyết phản ánh, kiến nghị đạt 98%. Không có phản ánh quá hạn.")).toEqual([]);
    expect(await save("Không có phản ánh quá hạn.")).toEqual([{ rate: "tthc.pakn.tyle", disaggregation: "", stated: null }]);
    expect(await claim()).toBeUndefined();
  });
});

describe.each(databases())("narratives of an approved report on $name", (db) => {
  const testApp = useTestApp(db, { as: "anonymous" });
  const call = useCallers(testApp, ["bientap.vp", "pheduyet.vp"]);

  it("refuses a narrative write with 409 PERIOD_LOCKED once the report is approved, keeping the text", async () => {
    const unit = "DT.VPUBND.HCQT";
    const path = `/units/${unit}/periods/2022-H1/narratives/assessment`;
    const written = await call("bientap.vp", "PUT", path, { text: "Đánh giá chung.", version: 0 });
    expect(written.status).toBe(200);
    await loadCatalogue(testApp());
    await writeFigures(testApp(), unit, "2022-H1", consistentFigures);
    expect((await call("bientap.vp", "POST", `/units/${unit}/periods/2022-H1/submit`, {})).status).toBe(200);
    expect((await call("pheduyet.vp", "POST", `/units/${unit}/periods/2022-H1/approve`, {})).status).toBe(200);
    const refused = await call("bientap.vp", "PUT", path, { text: "Sửa sau phê duyệt.", version: 1 });
    expect([refused.status, refused.body.error?.code]).toEqual([409, "PERIOD_LOCKED"]);
    expect((await call("bientap.vp", "GET", path)).body).toMatchObject({ text: "Đánh giá chung.", version: 1 });
  });
});
