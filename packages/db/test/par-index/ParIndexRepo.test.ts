import { UnitCode } from "@cchc/domain/OrgUnit";
import * as Assessment from "@cchc/domain/par-index/Assessment";
import * as Frameworks from "@cchc/domain/par-index/Frameworks";
import * as ParWorkflow from "@cchc/domain/par-index/ParWorkflow";
import { lookupOf } from "@cchc/domain/validation/Expression";
import { expect } from "@effect/vitest";
import { Effect, Either, Layer } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { loadCatalogue, loadDemoDocuments } from "../../src/demo/seed/SeedLoader.js";
import { DEMO_PAR_PERIOD, demoAdjustments, loadDemoParIndex } from "../../src/par-index/DemoParIndex.js";
import { ParIndexRepo } from "../../src/par-index/ParIndexRepo.js";
import { ValueRepo } from "../../src/values/ValueRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const dt2022 = Frameworks.shipped.find((f) => f.code === "DT-SO-2022");
if (!dt2022) throw new Error("DT-SO-2022 missing");

const viewOf = (unit: string) =>
  Effect.gen(function* () {
    const stored = yield* Effect.flatMap(ParIndexRepo, (r) => r.assessment("DT-SO-2022", unit));
    const values = yield* Effect.flatMap(ValueRepo, (r) => r.list(UnitCode.make(unit), DEMO_PAR_PERIOD));
    const lookup = lookupOf(values.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: Number(v.value) })));
    return { stored, ...Assessment.view(dt2022, stored.scores, () => lookup, stored.state !== "draft" && stored.state !== "submitted") };
  });

const computed = (v: Effect.Effect.Success<ReturnType<typeof viewOf>>, code: string) => {
  const c = v.criteria.find((x) => x.leaf.code === code);
  return { rate: c?.computation?.rate, points: c?.computedScore, final: c?.finalScore };
};

onTestDatabases("PAR Index storage", Layer.mergeAll(ParIndexRepo.layer, ValueRepo.layer), "par index", (it) => {
  it.effect("loads the demo once: three departments published, the Office self-scoring", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      yield* loadCatalogue;
      yield* loadDemoDocuments;
      expect(yield* loadDemoParIndex).toBeGreaterThan(50);
      expect(yield* loadDemoParIndex).toBe(0);
      const repo = yield* ParIndexRepo;
      const states = yield* repo.assessments("DT-SO-2022", ["DT.VPUBND", "DT.SNV", "DT.SLDTBXH", "DT.STTTT"]);
      expect(Object.fromEntries(states.map((s) => [s.unit, s.state]))).toEqual({
        "DT.VPUBND": "draft",
        "DT.SNV": "published",
        "DT.SLDTBXH": "published",
        "DT.STTTT": "published",
      });
      // every manual self-score above 0 has evidence
      for (const s of states.flatMap((a) => a.scores))
        if ((s.selfScore ?? 0) > 0 && s.surveySource === null) expect(s.evidence.length).toBeGreaterThan(0);
    }),
  );

  it.effect("formulas against hand-computed demo cases", () =>
    Effect.gen(function* () {
      const snv = yield* viewOf("DT.SNV");
      // 2 200 early + 150 on time of 2 400 resolved = 97,92% → the 95–98% row: 3 of 6
      expect(computed(snv, "3.2")).toEqual({ rate: 97.92, points: 3, final: 3 });
      // 1 500 of 2 500 new dossiers online = 60% → ≥ 50%: 5
      expect(computed(snv, "7.1")).toEqual({ rate: 60, points: 5, final: 5 });
      // 6,4 of 8 billion disbursed = 80% → the 80% row exactly: 2
      expect(computed(snv, "6.1")).toEqual({ rate: 80, points: 2, final: 2 });
      const vp = yield* viewOf("DT.VPUBND");
      // 19 of 20 plan tasks started = 95% → below 100%, at least 80%: 1 of 2
      expect(computed(vp, "1.1.2")).toEqual({ rate: 95, points: 1, final: 1 });
      // 45 done of 48 due = 93,75% → ≥ 90%: 2 of 3
      expect(computed(vp, "1.5")).toEqual({ rate: 93.75, points: 2, final: 2 });
      const ld = yield* viewOf("DT.SLDTBXH");
      expect(computed(ld, "6.1")).toEqual({ rate: 55, points: 0, final: 0 });
      expect(computed(ld, "3.3")).toEqual({ rate: 95, points: 1.5, final: 1.5 });
      expect(computed(ld, "3.2")).toEqual({ rate: 94, points: 0, final: 0 });
      const tt = yield* viewOf("DT.STTTT");
      // 490 of 700 online = 70% → 5 computed, but the council set 3 with a reason
      expect(computed(tt, "7.1")).toEqual({ rate: 70, points: 5, final: 3 });
      expect(tt.stored.scores.find((s) => s.criterion === "7.1")?.reason).toBe(demoAdjustments[1]?.reason);
      // the total is the sum of the final scores
      const sum = tt.criteria.reduce((s, c) => s + Math.round(c.finalScore * 100), 0) / 100;
      expect(tt.total.final).toBe(sum);
      expect(tt.total.appraised).toBe(sum);
      expect(tt.total.self).toBeGreaterThan(tt.total.final);
    }),
  );

  it.effect("refuses a stale version and a write the guard refuses; steps follow the workflow and are listed per unit", () =>
    Effect.gen(function* () {
      const repo = yield* ParIndexRepo;
      const at = new Date("2023-01-20T00:00:00Z");
      const vp = yield* repo.assessment("DT-SO-2022", "DT.VPUBND");
      const c = vp.scores.find((s) => s.criterion === "1.2");
      expect(c?.version).toBe(1);
      const stale = yield* Effect.flip(repo.writeScore("DT-SO-2022", "DT.VPUBND", "1.2", { selfScore: 1 }, 0, "t", at, () => Either.void));
      expect(stale).toMatchObject({ _tag: "ParScoreConflict", currentVersion: 1 });
      const next = yield* repo.writeScore("DT-SO-2022", "DT.VPUBND", "1.2", { selfScore: 1.5 }, 1, "t", at, () => Either.void);
      expect(next).toMatchObject({ selfScore: 1.5, version: 2, evidence: c?.evidence });
      const refused = yield* Effect.flip(
        repo.writeScore("DT-SO-2022", "DT.SNV", "1.2", { selfScore: 1 }, 1, "t", at, (s) =>
          s === "published" ? Either.left("locked" as const) : Either.void,
        ),
      );
      expect(refused).toBe("locked");
      const bad = yield* Effect.flip(
        repo.transition("DT-SO-2022", "DT.SNV", "submit", (s) => ParWorkflow.next(s, "submit"), null, "t", at),
      );
      expect(bad).toMatchObject({ _tag: "ParTransitionInvalid", state: "published" });
      const status = yield* repo.unitStatus("DT.SNV");
      expect(status.map((s) => [s.framework, s.state, s.steps.map((x) => x.command)])).toEqual([
        ["DT-SO-2021", "published", ["submit", "appraise", "publish"]],
        ["DT-SO-2022", "published", ["submit", "appraise", "publish"]],
      ]);
    }),
  );
});
