import * as Catalogue from "@cchc/domain/indicators/Catalogue";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { CatalogueRepo } from "../../src/catalogue/CatalogueRepo.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { ValueRepo, type ValueWrite } from "../../src/values/ValueRepo.js";
import { spendingClaim } from "./fixtures.js";

const w = (indicator: string, value: number, version?: number, disaggregation = ""): ValueWrite => ({
  indicator,
  disaggregation,
  value,
  version,
  source: "entered",
});

describe.each(testDatabases())("ValueRepo and CatalogueRepo on $name", (db) => {
  const Test = Layer.mergeAll(ValueRepo.layer, CatalogueRepo.layer).pipe(Layer.provideMerge(db.layer));

  layer(Test)("repositories", (it) => {
    it.effect("loads the catalogue once and serves it back unchanged", () =>
      Effect.gen(function* () {
        const repo = yield* CatalogueRepo;
        const shipped = Catalogue.shippedFor(2022) as Catalogue.Catalogue;
        expect(yield* repo.load(shipped)).toBeGreaterThan(50);
        expect(yield* repo.load(shipped)).toBe(0);
        const back = yield* repo.forYear(2022);
        expect(back).toEqual(shipped);
        expect((yield* repo.applicable(2025)).year).toBe(2022);
        const missing = yield* Effect.flip(repo.forYear(1999));
        expect(missing._tag).toBe("CatalogueNotFound");
      }),
    );

    it.effect("creates with version 0, refuses a stale version and keeps the stored value", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        const [created] = yield* repo.write(UnitCode.make("DT"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 137, 0)], "an");
        expect(created).toMatchObject({ old: null, changed: true, stored: { value: 137, version: 1, updatedBy: "an", source: "entered" } });
        const [updated] = yield* repo.write(UnitCode.make("DT"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 138, 1)], "binh");
        expect(updated).toMatchObject({ old: { value: 137, version: 1 }, stored: { value: 138, version: 2 } });

        const stale = yield* Effect.flip(
          repo.write(UnitCode.make("DT"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 999, 1)], "an"),
        );
        expect(stale).toMatchObject({ _tag: "ValueConflict", current: { value: 138, version: 2, updatedBy: "binh" } });
        const again = yield* Effect.flip(
          repo.write(UnitCode.make("DT"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 1, 0)], "an"),
        );
        expect(again).toMatchObject({ _tag: "ValueConflict", current: { version: 2 } });
        const list = yield* repo.list(UnitCode.make("DT"), PeriodCode.make("2022-H1"));
        expect(list.find((v) => v.indicator === "tthc.pakn.tiepnhan")?.value).toBe(138);

        const history = yield* repo.history(UnitCode.make("DT"), PeriodCode.make("2022-H1"), "tthc.pakn.tiepnhan");
        expect(history.map((h) => [h.oldValue, h.newValue, h.changedBy])).toEqual([
          [null, 137, "an"],
          [137, 138, "binh"],
        ]);
      }),
    );

    it.effect("writes a batch all or nothing, and a dry run stores nothing", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        yield* repo.write(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), [w("bomay.bienche.congchuc", 59, 0)], "an");
        const failed = yield* Effect.flip(
          repo.write(
            UnitCode.make("DT.VPUBND"),
            PeriodCode.make("2022-H1"),
            [w("bomay.bienche.vienchuc", 15, 0), w("bomay.bienche.congchuc", 60, 0)],
            "an",
          ),
        );
        expect(failed).toMatchObject({ _tag: "ValueConflict", index: 1 });
        let list = yield* repo.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"));
        expect(list.map((v) => v.indicator)).toEqual(["bomay.bienche.congchuc"]);

        const dry = yield* repo.write(
          UnitCode.make("DT.VPUBND"),
          PeriodCode.make("2022-H1"),
          [w("bomay.bienche.vienchuc", 15), w("bomay.bienche.congchuc", 58)],
          "an",
          {
            dryRun: true,
          },
        );
        expect(dry.map((r) => [r.indicator, r.old?.value ?? null, r.stored.value])).toEqual([
          ["bomay.bienche.vienchuc", null, 15],
          ["bomay.bienche.congchuc", 59, 58],
        ]);
        list = yield* repo.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"));
        expect(list.map((v) => [v.indicator, v.value])).toEqual([["bomay.bienche.congchuc", 59]]);
        expect((yield* repo.history(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"))).length).toBe(1);

        const same = yield* repo.write(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), [w("bomay.bienche.congchuc", 59, 1)], "an");
        expect(same[0]?.changed).toBe(false);
      }),
    );

    it.effect("stores stated-rate claims with their decimals", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        const claim = { ...spendingClaim, text: "49,5%" };
        yield* repo.putClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), claim);
        yield* repo.putClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), claim);
        expect(yield* repo.claims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"))).toEqual([claim]);
      }),
    );
  });
});
