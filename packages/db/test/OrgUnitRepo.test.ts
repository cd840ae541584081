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
  });
});
