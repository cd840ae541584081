/**
 * Shared set-up of the workflow and consolidation API tests: the shipped catalogue and figures
 * written straight into the value store, as the values routes would.
 */
import { CatalogueRepo, loadShippedCatalogues } from "@cchc/db/catalogue/CatalogueRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { Effect } from "effect";
import type { TestApp } from "../support/TestApp.js";

/** Loads the shipped indicator catalogues (idempotent). */
export const loadCatalogue = (t: TestApp) => t.run(Effect.asVoid(loadShippedCatalogues).pipe(Effect.provide(CatalogueRepo.layer)));

/** Writes figures `{ "code" | "code[dim=opt]": value }` for a unit and period. */
export const writeFigures = (t: TestApp, unit: string, period: string, figures: Record<string, number>) =>
  t.run(
    Effect.flatMap(ValueRepo, (r) =>
      r.write(
        UnitCode.make(unit),
        PeriodCode.make(period),
        Object.entries(figures).map(([key, value]) => {
          const m = /^([^[]+)(?:\[(.*)\])?$/.exec(key) as RegExpExecArray;
          return { indicator: m[1] as string, disaggregation: m[2] ?? "", value, source: "entered" as const };
        }),
        "test",
      ),
    ).pipe(Effect.provide(ValueRepo.layer)),
  );

/**
 * Figures that pass every error rule of the 2022 catalogue that they touch, with the figures the
 * catalogue makes compulsory for a department (so that a department's report is complete).
 */
export const consistentFigures: Record<string, number> = {
  "bomay.bienche.congchuc": 59,
  "bomay.bienche.vienchuc": 15,
  "congvu.daotao.luot": 13,
  "congvu.vipham": 0,
  "tthc.hoso.tiepnhan": 335445,
  "tthc.hoso.tonkytruoc": 14070,
  "tthc.hoso.tiepnhanmoi": 321375,
  "tthc.hoso.dagiaiquyet": 305733,
  "tthc.hoso.danggiaiquyet": 29712,
  "tthc.pakn.tiepnhan": 137,
  "tthc.pakn.dagiaiquyet": 135,
};
