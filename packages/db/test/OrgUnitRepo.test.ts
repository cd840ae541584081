import type { LocalDate } from "@cchc/domain/LocalDate";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { loadDemoUnits } from "../src/demo/DemoLoader.js";
import { OrgUnitRepo } from "../src/org-units/OrgUnitRepo.js";
import { testDatabases } from "../src/testing/TestDatabases.js";

const merged = (code: string, parentCode: string, validTo: string, successorCode: string): OrgUnit =>
  ({ code, name: code, shortName: null, kind: "district", parentCode, validFrom: "2008-01-01", validTo, successorCode }) as OrgUnit;

describe.each(testDatabases())("OrgUnitRepo on $name", (db) => {
  const Test = OrgUnitRepo.layer.pipe(Layer.provideMerge(db.layer));

  layer(Test)("repository", (it) => {
    it.effect("loads the demo tree and answers tree queries", () =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        const inserted = yield* loadDemoUnits;
        expect(inserted).toBeGreaterThanOrEqual(4);
        expect(yield* loadDemoUnits).toBe(0);

        const all = yield* repo.list();
        expect(all.map((u) => u.code)).toContain("DT.VPUBND");

        const sub = yield* repo.subtree("DT.VPUBND");
        expect(sub[0]?.code).toBe("DT.VPUBND");
        expect(sub.map((u) => u.code)).toContain("DT.VPUBND.TTKSTTHC");
        expect(sub.map((u) => u.code)).not.toContain("DT.SNV");

        const up = yield* repo.ancestors("DT.VPUBND.TTKSTTHC");
        expect(up.map((u) => u.code)).toEqual(["DT", "DT.VPUBND"]);
        expect(yield* repo.ancestors("DT")).toEqual([]);
        expect((yield* Effect.flip(repo.ancestors("XX")))._tag).toBe("OrgUnitNotFound");

        const missing = yield* Effect.flip(repo.get("XX"));
        expect(missing._tag).toBe("OrgUnitNotFound");
        const dup = yield* Effect.flip(repo.insert(all[0] as OrgUnit));
        expect(dup._tag).toBe("OrgUnitDuplicate");
        const orphan = yield* Effect.flip(repo.insert(merged("DT.X", "NOPE", "2025-06-30", "DT")));
        expect(orphan._tag).toBe("OrgUnitParentMissing");
      }),
    );

    it.effect("filters by validity: a district ended on 30/6/2025 is gone on 1/7/2025", () =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        yield* loadDemoUnits;
        yield* repo.insert(merged("DT.HCL", "DT", "2025-06-30", "DT"));
        const before = yield* repo.subtree("DT", "2025-06-30" as LocalDate);
        const after = yield* repo.subtree("DT", "2025-07-01" as LocalDate);
        expect(before.map((u) => u.code)).toContain("DT.HCL");
        expect(after.map((u) => u.code)).not.toContain("DT.HCL");
        const districts = yield* repo.list({ kind: "district", asOf: "2025-07-01" as LocalDate });
        expect(districts).toHaveLength(0);
      }),
    );

    it.effect("refuses units that break the validity and successor rules, and stores nothing for them", () =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        yield* loadDemoUnits;
        const problem = (u: OrgUnit) => Effect.map(Effect.flip(repo.insert(u)), (e) => (e._tag === "OrgUnitInvalid" ? e.problem : e._tag));
        expect(yield* problem({ ...merged("DT.R1", "DT", "2007-12-31", "DT"), successorCode: null })).toBe("window-reversed");
        expect(yield* problem({ ...merged("DT.R2", "DT", "2025-06-30", "DT"), validTo: null })).toBe("successor-without-end");
        expect(yield* problem(merged("DT.R3", "DT", "2025-06-30", "KHONGCO"))).toBe("successor-unknown");
        // Phường Cao Lãnh starts on 1/7/2025: not there on the day after an end in 2020
        expect(yield* problem(merged("DT.R4", "DT", "2020-12-31", "DT.PCAOLANH"))).toBe("successor-not-valid");
        expect(yield* problem(merged("DT.R5", "DT", "2025-06-30", "DT.R5"))).toBe("successor-loop");
        const codes = (yield* repo.list()).map((u) => u.code);
        expect(codes.filter((c) => c.startsWith("DT.R"))).toEqual([]);
        yield* repo.insert(merged("DT.R6", "DT", "2025-06-30", "DT.PCAOLANH"));
        expect((yield* repo.successors("DT.R6")).map((u) => u.code)).toEqual(["DT.PCAOLANH"]);
      }),
    );

    it.effect("follows the demo's 2025 example: wards of a district that ended, merged into one ward", () =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        yield* loadDemoUnits;
        const district = yield* repo.get("DT.TPCL");
        expect(district).toMatchObject({ kind: "district", validTo: "2025-06-30" });
        const wards = (yield* repo.subtree("DT.TPCL")).filter((u) => u.parentCode === "DT.TPCL");
        expect(wards.length).toBeGreaterThanOrEqual(2);
        for (const w of wards) {
          expect(w.validTo).toBe("2025-06-30");
          expect((yield* repo.successors(w.code)).map((u) => u.code)).toEqual(["DT.PCAOLANH"]);
        }
        expect(yield* repo.successors("DT.PCAOLANH")).toEqual([]);
        const after = (yield* repo.subtree("DT", "2025-07-01" as LocalDate)).map((u) => u.code);
        expect(after).toContain("DT.PCAOLANH");
        expect(after.filter((c) => c.startsWith("DT.TPCL"))).toEqual([]);
        expect((yield* Effect.flip(repo.successors("KHONGCO")))._tag).toBe("OrgUnitNotFound");
      }),
    );
  });
});
