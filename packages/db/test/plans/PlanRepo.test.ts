import type { Actor } from "@cchc/domain/access/Principal";
import type { LocalDate } from "@cchc/domain/LocalDate";
import { expect } from "@effect/vitest";
import { Effect, Layer, TestClock } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { DocumentRepo } from "../../src/documents/DocumentRepo.js";
import { PlanRepo } from "../../src/plans/PlanRepo.js";
import { snvReport } from "../support/Documents.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

onTestDatabases("PlanRepo", Layer.mergeAll(PlanRepo.layer, DocumentRepo.layer, AuditLog.layer), "plans", (it) => {
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

  it.effect("adds tasks at the end of a plan following the status rule, checks evidence, removes them with versions", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      yield* TestClock.setTime(Date.parse("2022-06-20T03:00:00Z"));
      const repo = yield* PlanRepo;
      const editor: Actor = { kind: "user", id: "5", name: "bientap.snv" };
      const plan = yield* repo.ensurePlan({ unit: "DT.SNV", year: 2022, title: "Kế hoạch CCHC 2022 của Sở Nội vụ", documentId: null });
      const evidence = yield* Effect.flatMap(DocumentRepo, (d) => d.insert(snvReport));
      const draft = { area: "civil-service", leadUnit: "DT.SNV", coordinatingUnits: ["DT.VPUBND"], deadline: null } as const;
      const first = yield* repo.createTask(plan.id, { ...draft, title: "Rà soát vị trí việc làm" }, editor);
      expect(first).toMatchObject({
        status: "not-started",
        progress: 0,
        startedOn: null,
        evidence: [],
        reconstructed: false,
        version: 1,
      });
      const done = yield* repo.createTask(plan.id, { ...draft, title: "Đánh giá công chức", status: "done", evidence: [evidence.id] });
      expect(done).toMatchObject({ progress: 100, startedOn: "2022-06-20", completedOn: "2022-06-20", evidence: [evidence.id] });
      const contradiction = yield* Effect.flip(repo.createTask(plan.id, { ...draft, title: "Sai", status: "done", progress: 80 }));
      expect(contradiction).toMatchObject({ _tag: "TaskInvalid", id: null, field: "progress" });
      const orphan = yield* Effect.flip(repo.createTask(plan.id, { ...draft, title: "Sai", evidence: [evidence.id, 99_999] }));
      expect(orphan).toMatchObject({ _tag: "TaskInvalid", field: "evidence[1]" });
      expect((yield* Effect.flip(repo.updateTask(first.id, { evidence: [99_999] }, 1)))._tag).toBe("TaskInvalid");
      expect((yield* repo.tasks(plan.id)).map((t) => t.title)).toEqual(["Rà soát vị trí việc làm", "Đánh giá công chức"]);

      const stale = yield* Effect.flip(repo.removeTask(first.id, 2));
      expect(stale).toMatchObject({ _tag: "TaskConflict", currentVersion: 1, current: { id: first.id } });
      expect((yield* repo.removeTask(first.id, 1, editor)).id).toBe(first.id);
      expect((yield* Effect.flip(repo.task(first.id)))._tag).toBe("TaskNotFound");
      expect((yield* Effect.flip(repo.removeTask(first.id)))._tag).toBe("TaskNotFound");
      const last = yield* repo.createTask(plan.id, { ...draft, title: "Bổ sung" });
      expect((yield* repo.tasks(plan.id)).map((t) => t.id)).toEqual([done.id, last.id]);

      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "task", entityId: String(first.id) }));
      expect(trail.map((r) => [r.action, r.unit])).toEqual([
        ["task.delete", "DT.SNV"],
        ["task.create", "DT.SNV"],
      ]);
      expect(trail[0]).toMatchObject({ actor: editor, before: { title: "Rà soát vị trí việc làm" }, after: null });
    }),
  );
});
