/**
 * Whether the demo belongs in a database, and that a database holding only part of the demo (its
 * units, as an older version loaded them) gets the rest — each step deciding for its own part.
 */

import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { AccountRepo } from "../../src/accounts/AccountRepo.js";
import { demoUsers } from "../../src/accounts/DemoAccounts.js";
import { CatalogueRepo, loadShippedCatalogues } from "../../src/catalogue/CatalogueRepo.js";
import { loadDemoWhereItBelongs } from "../../src/demo/Demo.js";
import { DEMO_CORE_UNITS, demoBelongs, loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { demoUnits } from "../../src/demo/DemoUnits.js";
import { OrgUnitRepo } from "../../src/org-units/OrgUnitRepo.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { ValueRepo } from "../../src/values/ValueRepo.js";

const ownUnit = {
  code: "TN",
  name: "Tỉnh Tây Ninh",
  shortName: null,
  kind: "province",
  parentCode: null,
  validFrom: "2008-01-01",
  validTo: null,
  successorCode: null,
} as OrgUnit;

describe.each(testDatabases())("demo loading by part on $name", (db) => {
  const Test = Layer.mergeAll(OrgUnitRepo.layer, AccountRepo.layer, CatalogueRepo.layer, ValueRepo.layer).pipe(
    Layer.provideMerge(db.layer),
  );

  layer(Test)("a database with the demo's units only", (it) => {
    it.effect("gets the accounts, the catalogue and the figures, and nothing twice", () =>
      Effect.gen(function* () {
        expect(yield* demoBelongs).toBe(true);
        expect(yield* loadDemoUnits).toBe(demoUnits.length);
        expect(demoUnits.map((u) => u.code)).toEqual(expect.arrayContaining([...DEMO_CORE_UNITS]));
        const accounts = yield* AccountRepo;
        expect(yield* accounts.list()).toEqual([]);
        expect(yield* demoBelongs).toBe(true);

        const first = yield* loadDemoWhereItBelongs;
        expect(first.loaded).toBe(true);
        const added = first.loaded ? Object.fromEntries(first.steps.map((s) => [s.step, s.added])) : {};
        expect(added["đơn vị"]).toBe(0);
        expect(added["tài khoản mẫu"]).toBe(demoUsers.length);
        expect(added["danh mục chỉ tiêu"]).toBeGreaterThan(0);
        expect(added["số liệu"]).toBeGreaterThan(0);
        expect((yield* (yield* ValueRepo).list(UnitCode.make("DT"), PeriodCode.make("2022-H1"))).length).toBeGreaterThan(0);
        expect(yield* (yield* CatalogueRepo).years()).not.toEqual([]);

        const second = yield* loadDemoWhereItBelongs;
        expect(second.loaded && second.steps.every((s) => s.added === 0)).toBe(true);
      }),
    );
  });

  layer(Test)("a database with units of its own", (it) => {
    it.effect("is not a demo database; the shipped catalogue loads there all the same, once", () =>
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        yield* repo.insert(ownUnit);
        expect(yield* demoBelongs).toBe(false);
        expect(yield* loadDemoWhereItBelongs).toEqual({ loaded: false });
        expect((yield* repo.list()).map((u) => u.code)).toEqual(["TN"]);

        expect(yield* loadShippedCatalogues).toBeGreaterThan(0);
        expect(yield* loadShippedCatalogues).toBe(0);
        const catalogue = yield* (yield* CatalogueRepo).applicable(2022);
        expect(catalogue.indicators.length).toBeGreaterThan(0);
        expect(catalogue.rules.length).toBeGreaterThan(0);
      }),
    );
  });
});
