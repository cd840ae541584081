import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { rollup } from "@cchc/domain/plans/Task";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { ActivityRepo } from "../../../src/activities/ActivityRepo.js";
import { loadDemo } from "../../../src/demo/Demo.js";
import { seedDocuments } from "../../../src/demo/seed/SeedDocuments.js";
import { seedNarratives } from "../../../src/demo/seed/SeedNarratives.js";
import { seedValues } from "../../../src/demo/seed/SeedValues.js";
import { DocumentRepo } from "../../../src/documents/DocumentRepo.js";
import { InspectionRepo } from "../../../src/inspections/InspectionRepo.js";
import { NarrativeRepo } from "../../../src/narratives/NarrativeRepo.js";
import { PlanRepo } from "../../../src/plans/PlanRepo.js";
import { testDatabases } from "../../../src/testing/TestDatabases.js";
import { ValueRepo } from "../../../src/values/ValueRepo.js";

describe.each(testDatabases())("seed demo data on $name", (db) => {
  const Test = Layer.mergeAll(
    ValueRepo.layer,
    DocumentRepo.layer,
    PlanRepo.layer,
    InspectionRepo.layer,
    ActivityRepo.layer,
    NarrativeRepo.layer,
  ).pipe(Layer.provideMerge(db.layer));

  layer(Test)("the seed as data", (it) => {
    it.effect("loads every step, then nothing on a second run", () =>
      Effect.gen(function* () {
        const first = yield* loadDemo;
        const added = Object.fromEntries(first.map((s) => [s.step, s.added]));
        expect(added["văn bản"]).toBe(seedDocuments.length);
        expect(added["thuyết minh"]).toBe(seedNarratives.length);
        expect(added["số liệu"]).toBeGreaterThanOrEqual(seedValues.length + 2);
        const second = yield* loadDemo;
        for (const s of second.filter((x) => x.step !== "đơn vị" && x.step !== "tài khoản mẫu"))
          expect([s.step, s.added]).toEqual([s.step, 0]);
      }),
    );

    it.effect("holds the figures of both units, the plan's computed counts and the stated rates", () =>
      Effect.gen(function* () {
        yield* loadDemo;
        const values = yield* ValueRepo;
        const dt = yield* values.list(UnitCode.make("DT"), PeriodCode.make("2022-H1"));
        const get = (list: typeof dt, code: string, d = "") => list.find((v) => v.indicator === code && v.disaggregation === d)?.value;
        expect(get(dt, "tthc.hoso.tiepnhan")).toBe(335445);
        expect(get(dt, "tthc.thutuc.tong", "level=district")).toBe(262);
        expect(get(dt, "chidao.nhiemvu.cp.giao")).toBe(4);
        const vp = yield* values.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"));
        expect(get(vp, "taichinh.kinhphi.dasudung", "autonomy=autonomous")).toBe(4_923_692_615);
        expect(get(vp, "chidao.kehoach.nhiemvu")).toBe(12);
        expect(vp.find((v) => v.indicator === "chidao.kehoach.nhiemvu.trienkhai")).toMatchObject({ value: 8, source: "computed" });
        const claims = yield* values.claims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"));
        expect(claims.find((c) => c.disaggregation === "autonomy=autonomous")?.stated).toBe(49.5);
      }),
    );

    it.effect("holds the register, the plan, the inspection as written, the courses and the narratives", () =>
      Effect.gen(function* () {
        yield* loadDemo;
        const docs = yield* DocumentRepo;
        const found = yield* docs.list({ q: "tu kiem tra" });
        expect(found.items.map((d) => d.numberSymbol)).toEqual(["20/KH-VPUBND"]);
        const kh20 = found.items[0];
        const parent = yield* docs.get(kh20?.parentId as number);
        expect(parent.numberSymbol).toBe("377/KH-UBND");
        expect((yield* docs.list({ type: "NĐ" })).items.map((d) => d.numberSymbol)).toEqual([
          "61/2018/NĐ-CP",
          "09/2019/NĐ-CP",
          "45/2020/NĐ-CP",
          "60/2021/NĐ-CP",
        ]);

        const plans = yield* PlanRepo;
        const plan = yield* plans.plan("DT.VPUBND", 2022);
        const tasks = yield* plans.tasks(plan.id);
        expect(new Set(tasks.map((t) => t.area)).size).toBe(7);
        expect(rollup(tasks, "2022-06-14")).toMatchObject({ total: 12, started: 8, startedRateText: "66,7%" });
        expect(tasks.every((t) => t.reconstructed)).toBe(true);
        expect((yield* plans.assigned("DT")).length).toBe(4);

        const inspections = (yield* (yield* InspectionRepo).list({ unit: "DT.VPUBND" })).items;
        expect(inspections).toHaveLength(1);
        expect(inspections[0]).toMatchObject({ heldOn: "2024-04-28", leadName: "Huỳnh Thanh Sơn", dateText: "Ngày 28 tháng 4 năm 2024" });

        const courses = (yield* (yield* ActivityRepo).list({ unit: "DT.VPUBND", period: "2022-H1", kind: "training" })).items;
        expect(courses.map((c) => c.count)).toEqual([3, 1, 3, 5, 1]);

        const narrative = yield* (yield* NarrativeRepo).get(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), "recommendations");
        expect(narrative.paragraphs[0]).toMatch(/^Đề nghị Sở Nội vụ/);
      }),
    );
  });
});
