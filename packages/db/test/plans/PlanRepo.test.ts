import type { LocalDate } from "@cchc/domain/LocalDate";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { PlanRepo } from "../../src/plans/PlanRepo.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

describe.each(testDatabases())("PlanRepo on $name", (db) => {
  layer(PlanRepo.layer.pipe(Layer.provideMerge(db.layer)))("plans", (it) => {
    it.effect("keeps one plan per unit and year, filters tasks and updates them with versions", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* PlanRepo;
        const plan = yield* repo.ensurePlan({ unit: "DT.VPUBND", year: 2022, title: "Kế hoạch CCHC 2022", documentId: null });
        expect((yield* repo.ensurePlan({ unit: "DT.VPUBND", year: 2022, title: "khác", documentId: null })).id).toBe(plan.id);
        const base = { coordinatingUnits: [], evidence: [], reconstructed: false, startedOn: null, completedOn: null } as const;
        const t1 = yield* repo.insertTask(plan.id, {
          ...base,
          area: "procedure",
          title: "Rà soát TTHC",
          leadUnit: "DT.VPUBND.TTKSTTHC",
          deadline: "2022-09-30" as LocalDate,
          status: "not-started",
          progress: 0,
        });
        yield* repo.insertTask(plan.id, {
          ...base,
          area: "apparatus",
          title: "Đề án",
          leadUnit: "DT.VPUBND.HCQT",
          deadline: "2022-12-14" as LocalDate,
          status: "not-started",
          progress: 0,
        });
        expect((yield* repo.tasks(plan.id, { area: "procedure" })).map((t) => t.id)).toEqual([t1.id]);
        expect((yield* repo.tasks(plan.id, { dueBefore: "2022-10-01" })).length).toBe(1);

        const started = yield* repo.updateTask(t1.id, { status: "in-progress", progress: 30, startedOn: "2022-02-01" as LocalDate }, 1);
        expect(started).toMatchObject({ status: "in-progress", progress: 30, startedOn: "2022-02-01", version: 2 });
        expect((yield* Effect.flip(repo.updateTask(t1.id, { progress: 40 }, 1)))._tag).toBe("TaskConflict");
        expect((yield* Effect.flip(repo.updateTask(t1.id, { status: "done", progress: 50 }, 2)))._tag).toBe("TaskInvalid");
        const done = yield* repo.updateTask(t1.id, { status: "done", completedOn: "2022-05-01" as LocalDate }, 2);
        expect(done).toMatchObject({ progress: 100, completedOn: "2022-05-01", version: 3 });
        expect((yield* Effect.flip(repo.plan("DT", 2022)))._tag).toBe("PlanNotFound");
      }),
    );
  });
});
