import * as Assessment from "@cchc/domain/par-index/Assessment";
import { leaves } from "@cchc/domain/par-index/Framework";
import * as Frameworks from "@cchc/domain/par-index/Frameworks";
import { rank } from "@cchc/domain/par-index/Ranking";
import { lookupOf } from "@cchc/domain/validation/Expression";
import { expect } from "@effect/vitest";
import { Effect, Either } from "effect";
import fc from "fast-check";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { ParIndexRepo } from "../../src/par-index/ParIndexRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const framework = Frameworks.shipped.find((f) => f.code === "DT-SO-2022");
if (!framework) throw new Error("DT-SO-2022 missing");
const manual = leaves(framework)
  .filter((l) => l.method === "manual")
  .slice(0, 6);
const UNITS = ["DT.VPUBND", "DT.SNV", "DT.SLDTBXH", "DT.STTTT"];

// scores on each criterion's step; a small pool of step counts makes equal totals (ties) frequent
const scoresArb = fc.array(
  fc.tuple(...manual.map((l) => fc.integer({ min: 0, max: Math.min(3, Math.round(l.maxScore / l.step)) }).map((k) => k * l.step))),
  { minLength: UNITS.length, maxLength: UNITS.length },
);

onTestDatabases("PAR Index totals and ranks from generated scores", ParIndexRepo.layer, "generated", (it) => {
  it.effect("stored scores read back: total = sum of the criteria, ranks follow totals, equal totals share a rank", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* ParIndexRepo;
      let run = 0;
      const at = new Date("2023-01-10T00:00:00Z");
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(scoresArb, async (scores) => {
            // a fresh assessment set per run: the framework code is only a key of the rows
            const code = `PROP-${++run}`;
            await Effect.runPromise(
              Effect.forEach(UNITS, (unit, u) =>
                Effect.forEach(manual, (l, j) =>
                  repo.writeScore(code, unit, l.code, { selfScore: scores[u]?.[j] ?? 0 }, 0, "prop", at, () => Either.void),
                ),
              ),
            );
            const stored = await Effect.runPromise(repo.assessments(code, UNITS));
            const totals = stored.map((a) => ({
              unit: a.unit,
              total: Assessment.view(framework, a.scores, () => lookupOf([]), false).total.final,
            }));
            totals.forEach((t) => {
              const u = UNITS.indexOf(t.unit);
              const cents = (scores[u] ?? []).reduce((s, x) => s + Math.round(x * 100), 0);
              expect(Math.round(t.total * 100)).toBe(cents);
            });
            const ranked = rank(
              totals,
              (t) => t.total,
              (t) => t.unit,
            );
            for (const r of ranked) {
              expect(r.rank).toBe(ranked.filter((x) => x.total > r.total).length + 1);
              for (const o of ranked) if (o.total === r.total) expect(o.rank).toBe(r.rank);
            }
          }),
          { numRuns: 6 },
        ),
      );
    }),
  );
});
