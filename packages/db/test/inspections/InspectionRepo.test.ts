import type { Actor } from "@cchc/domain/access/Principal";
import type { InspectionInput } from "@cchc/domain/inspections/Inspection";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { expect } from "@effect/vitest";
import { Effect, Either, Layer } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { DocumentRepo } from "../../src/documents/DocumentRepo.js";
import { InspectionRepo } from "../../src/inspections/InspectionRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const inspector: Actor = { kind: "user", id: "1", name: "bientap.vp" };
const input: InspectionInput = {
  unit: "DT.VPUBND",
  period: "2022-H1" as PeriodCode,
  area: "direction",
  planDocumentId: null,
  noticeDocumentId: null,
  team: "Tổ Kiểm tra của Văn phòng",
  leadName: "Huỳnh Thanh Sơn",
  leadTitle: "Phó Chánh Văn phòng",
  heldOn: "2022-04-28" as LocalDate,
  dateText: "Ngày 28 tháng 4 năm 2022",
  unitsInspected: ["Phòng Hành chính - Tổ chức", "Trung tâm Phục vụ hành chính công"],
  findings: "Niêm yết thủ tục hành chính chưa đầy đủ.",
  remediation: "Rà soát, niêm yết lại.",
  remediationStatus: "in-progress",
};

onTestDatabases("InspectionRepo", Layer.mergeAll(InspectionRepo.layer, DocumentRepo.layer, AuditLog.layer), "inspections", (it) => {
  it.effect("records, corrects with versions, refuses links to missing documents and stale copies, removes — each in the audit trail", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* InspectionRepo;
      const plan = yield* Effect.flatMap(DocumentRepo, (d) =>
        d.insert({
          unit: "DT.VPUBND",
          direction: "issued",
          type: "KH",
          number: 20,
          year: null,
          symbol: "KH-VPUBND",
          date: "2021-12-31" as LocalDate,
          issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
          summary: "kiểm tra công tác cải cách hành chính năm 2022",
          parentId: null,
          reportedIn: null,
        }),
      );
      const created = yield* repo.create({ ...input, planDocumentId: plan.id }, inspector);
      expect(created).toMatchObject({ ...input, planDocumentId: plan.id, version: 1 });
      expect(yield* repo.get(created.id)).toEqual(created);

      const orphan = yield* Effect.flip(repo.create({ ...input, noticeDocumentId: 99_999 }));
      expect(orphan).toMatchObject({ _tag: "InspectionInvalid", field: "noticeDocumentId" });
      expect((yield* repo.list({ unit: "DT.VPUBND" })).total).toBe(1);

      const remedied = yield* repo.update(created.id, { remediationStatus: "done" }, 1, inspector);
      expect(remedied).toMatchObject({ remediationStatus: "done", findings: input.findings, version: 2 });
      const stale = yield* Effect.flip(repo.update(created.id, { findings: "ghi đè" }, 1));
      expect(stale).toMatchObject({
        _tag: "InspectionConflict",
        expectedVersion: 1,
        current: { version: 2, remediationStatus: "done" },
      });
      const badLink = yield* Effect.flip(repo.update(created.id, { planDocumentId: 99_999 }, 2));
      expect(badLink).toMatchObject({ _tag: "InspectionInvalid", field: "planDocumentId" });
      expect(yield* repo.get(created.id)).toMatchObject({ findings: input.findings, planDocumentId: plan.id, version: 2 });

      // Two corrections from the same copy: one wins, the other is refused and overwrites nothing.
      const race = yield* Effect.all(
        [repo.update(created.id, { findings: "bản A" }, 2), repo.update(created.id, { findings: "bản B" }, 2)].map(Effect.either),
        { concurrency: 2 },
      );
      const won = race.filter(Either.isRight).map((r) => r.right.findings);
      expect(won).toHaveLength(1);
      expect(race.filter(Either.isLeft).map((r) => r.left._tag)).toEqual(["InspectionConflict"]);
      expect((yield* repo.get(created.id)).findings).toBe(won[0]);

      // Removing the plan document clears the link instead of leaving it dangling.
      yield* Effect.flatMap(DocumentRepo, (d) => d.remove(plan.id));
      expect((yield* repo.get(created.id)).planDocumentId).toBeNull();

      expect((yield* Effect.flip(repo.remove(created.id, 2)))._tag).toBe("InspectionConflict");
      const removed = yield* repo.remove(created.id, 3, inspector);
      expect(removed.id).toBe(created.id);
      expect((yield* Effect.flip(repo.get(created.id)))._tag).toBe("InspectionNotFound");
      expect((yield* Effect.flip(repo.remove(created.id)))._tag).toBe("InspectionNotFound");
      expect((yield* Effect.flip(repo.update(created.id, {}, 3)))._tag).toBe("InspectionNotFound");

      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "inspection", entityId: String(created.id) }));
      expect(trail.map((r) => r.action)).toEqual(["inspection.delete", "inspection.update", "inspection.create"]);
      expect(trail[1]).toMatchObject({
        unit: "DT.VPUBND",
        actor: inspector,
        before: { remediationStatus: "in-progress", version: 1 },
        after: { remediationStatus: "done", version: 2 },
      });
      expect(trail[0]).toMatchObject({ before: { id: created.id }, after: null });
    }),
  );
});
