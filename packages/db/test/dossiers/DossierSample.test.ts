import { readFileSync } from "node:fs";
import { violations } from "@cchc/domain/dossiers/DossierStats";
import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { DossierIngest } from "../../src/dossiers/DossierIngest.js";
import { DossierStatistics } from "../../src/dossiers/DossierStatistics.js";
import { writeComputedValues } from "../../src/dossiers/DossierValues.js";
import { OrgUnitRepo } from "../../src/org-units/OrgUnitRepo.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { ValueRepo } from "../../src/values/ValueRepo.js";

const sample = readFileSync(new URL("../../../../docs/examples/dossiers-sample.csv", import.meta.url), "utf8");
const h1 = { start: LocalDate.make(2021, 12, 15), end: LocalDate.make(2022, 6, 14) };

describe.each(testDatabases().slice(0, 1))("the documented sample on $name", (db) => {
  const Test = Layer.mergeAll(DossierIngest.layer, DossierStatistics.layer, OrgUnitRepo.layer, ValueRepo.layer).pipe(
    Layer.provideMerge(db.layer),
  );
  layer(Test)("sample", (it) => {
    it.effect("imports against the demo units and gives the block stated in docs/dossier-statistics.md", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const summary = yield* (yield* DossierIngest).ingestCsv(sample);
        expect(summary).toMatchObject({ lines: 51, inserted: 50, unchanged: 1 });
        const s = yield* (yield* DossierStatistics).stats(UnitCode.make("DT"), h1);
        expect(violations(s.total)).toEqual([]);
        expect(s.total).toMatchObject({
          received: 49,
          carriedOver: 5,
          newReceived: 44,
          resolved: 42,
          resolvedByTimeliness: { early: 30, "on-time": 8, late: 4 },
          resolvedExtended: 1,
          returned: 1,
          withdrawn: 1,
          pending: 5,
          pendingByState: { within: 4, overdue: 1 },
        });

        const written = yield* writeComputedValues(UnitCode.make("DT"), PeriodCode.make("2022-H1"), h1, "test");
        expect(written.length).toBeGreaterThan(13);
        const stored = yield* (yield* ValueRepo).list(UnitCode.make("DT"), PeriodCode.make("2022-H1"));
        const received = stored.find((v) => v.indicator === "tthc.hoso.tiepnhan" && v.disaggregation === "");
        expect(received).toMatchObject({ value: 49, source: "computed" });
      }),
    );
  });
});
