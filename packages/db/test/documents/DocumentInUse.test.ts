import { expect } from "@effect/vitest";
import { Effect, Fiber, Layer } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { Database } from "../../src/Database.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { loadCatalogue, loadDemoDocuments } from "../../src/demo/seed/SeedLoader.js";
import { DocumentRepo } from "../../src/documents/DocumentRepo.js";
import { loadDemoParIndex } from "../../src/par-index/DemoParIndex.js";
import { ParIndexRepo } from "../../src/par-index/ParIndexRepo.js";
import { PlanRepo } from "../../src/plans/PlanRepo.js";
import { ValueRepo } from "../../src/values/ValueRepo.js";
import { snvReport } from "../support/Documents.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const layer = Layer.mergeAll(DocumentRepo.layer, PlanRepo.layer, ParIndexRepo.layer, ValueRepo.layer, AuditLog.layer);

onTestDatabases("A document cited as evidence", layer, "document in use", (it) => {
  it.effect("is not removed while a task cites it; is once the task no longer does", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const docs = yield* DocumentRepo;
      const plans = yield* PlanRepo;
      const doc = yield* docs.insert(snvReport);
      const other = yield* docs.insert({ ...snvReport, number: 13, summary: "kết quả đánh giá công chức" });
      const plan = yield* plans.ensurePlan({ unit: "DT.SNV", year: 2022, title: "Kế hoạch CCHC 2022 của Sở Nội vụ", documentId: null });
      const draft = { area: "civil-service", leadUnit: "DT.SNV", coordinatingUnits: [], deadline: null } as const;
      const task = yield* plans.createTask(plan.id, { ...draft, title: "Rà soát vị trí việc làm", evidence: [other.id, doc.id] });
      yield* plans.createTask(plan.id, { ...draft, title: "Không có minh chứng" });

      const refused = yield* Effect.flip(docs.remove(doc.id, { kind: "user", id: "5", name: "bientap.snv" }));
      expect(refused).toMatchObject({
        _tag: "DocumentInUse",
        id: doc.id,
        uses: [{ kind: "task", id: task.id, title: "Rà soát vị trí việc làm" }],
      });
      // nothing removed, nothing audited
      expect((yield* docs.get(doc.id)).version).toBe(1);
      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "document", entityId: String(doc.id) }));
      expect(trail).toEqual([]);

      yield* plans.updateTask(task.id, { evidence: [other.id] }, task.version);
      yield* docs.remove(doc.id);
      expect((yield* Effect.flip(docs.get(doc.id)))._tag).toBe("DocumentNotFound");
      // the task's other evidence is still cited
      expect((yield* Effect.flip(docs.remove(other.id)))._tag).toBe("DocumentInUse");
    }),
  );

  it.effect("a removal that meets a task's write citing the document waits for it, then refuses (PostgreSQL: two connections)", () =>
    Effect.gen(function* () {
      const { raw } = yield* Database;
      if (raw.kind !== "postgres") return; // PGlite has one connection: writes cannot overlap
      yield* loadDemoUnits;
      const docs = yield* DocumentRepo;
      const plans = yield* PlanRepo;
      const doc = yield* docs.insert(snvReport);
      const plan = yield* plans.ensurePlan({ unit: "DT.SNV", year: 2022, title: "Kế hoạch CCHC 2022 của Sở Nội vụ", documentId: null });
      const task = yield* plans.createTask(plan.id, {
        area: "civil-service",
        title: "Rà soát",
        leadUnit: "DT.SNV",
        coordinatingUnits: [],
        deadline: null,
      });
      // another connection writes the task's evidence as the task write does (the document locked
      // for key share first) and holds its transaction open
      const writer = yield* Effect.promise(() => raw.sql.reserve());
      yield* Effect.promise(async () => {
        await writer.unsafe("begin");
        await writer.unsafe("select id from document where id = $1 for key share", [doc.id]);
        await writer.unsafe("update plan_task set evidence = $1 where id = $2", [JSON.stringify([doc.id]), task.id]);
      });
      let settled = false;
      const removal = yield* Effect.fork(
        Effect.ensuring(
          Effect.flip(docs.remove(doc.id)),
          Effect.sync(() => (settled = true)),
        ),
      );
      yield* Effect.promise(() => new Promise((r) => setTimeout(r, 300)));
      expect(settled).toBe(false); // waiting for the writer's lock
      yield* Effect.promise(async () => {
        await writer.unsafe("commit");
        writer.release();
      });
      const refused = yield* Fiber.join(removal);
      expect(refused).toMatchObject({ _tag: "DocumentInUse", uses: [{ kind: "task", id: task.id }] });
      expect((yield* docs.get(doc.id)).id).toBe(doc.id);
    }),
  );

  it.effect("is not removed while a PAR Index criterion cites it", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      yield* loadCatalogue;
      yield* loadDemoDocuments;
      yield* loadDemoParIndex;
      const assessment = yield* Effect.flatMap(ParIndexRepo, (r) => r.assessment("DT-SO-2022", "DT.SNV"));
      const cited = assessment.scores.find((s) => s.evidence.length > 0);
      if (cited === undefined) throw new Error("the demo's DT.SNV assessment cites no document");
      const id = cited.evidence[0]?.id as number;
      const docs = yield* DocumentRepo;
      const refused = yield* Effect.flip(docs.remove(id));
      expect(refused._tag).toBe("DocumentInUse");
      if (refused._tag !== "DocumentInUse") return;
      expect(refused.uses).toContainEqual({ kind: "par-score", framework: "DT-SO-2022", unit: "DT.SNV", criterion: cited.criterion });
      expect(refused.uses.every((u) => u.kind === "par-score")).toBe(true);
      expect((yield* docs.get(id)).id).toBe(id);
    }),
  );
});
