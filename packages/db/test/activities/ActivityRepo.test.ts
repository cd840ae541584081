import type { Actor } from "@cchc/domain/access/Principal";
import type { ActivityInput } from "@cchc/domain/activities/Activity";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { expect } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { ActivityRepo } from "../../src/activities/ActivityRepo.js";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { DocumentRepo } from "../../src/documents/DocumentRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const editor: Actor = { kind: "token", id: "7", name: "bientap.vp" };
const course = (title: string, count: number): ActivityInput => ({
  unit: "DT.VPUBND",
  period: "2022-H1" as PeriodCode,
  area: "civil-service",
  kind: "training",
  title,
  count,
  countUnit: "người",
  heldOn: "2022-03-10" as LocalDate,
  dateRole: "event",
  documentId: null,
  note: null,
});

onTestDatabases("ActivityRepo", Layer.mergeAll(ActivityRepo.layer, DocumentRepo.layer, AuditLog.layer), "activities", (it) => {
  it.effect("records in report order, corrects with versions, moves to the end of another period, removes — with totals and audit", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* ActivityRepo;
      const a = yield* repo.create(course("Bồi dưỡng kỹ năng lãnh đạo", 3), editor);
      const b = yield* repo.create(course("Bồi dưỡng quản lý nhà nước", 5));
      const c = yield* repo.create({ ...course("Tuyên truyền trên Cổng thông tin", 12), kind: "communication", countUnit: "tin bài" });
      expect(a).toMatchObject({ title: "Bồi dưỡng kỹ năng lãnh đạo", count: 3, version: 1 });
      const listed = yield* repo.list({ unit: "DT.VPUBND", period: "2022-H1" });
      expect(listed.items.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
      expect(listed.totals).toEqual({ training: 8, communication: 12 });

      const corrected = yield* repo.update(a.id, { count: 4, note: "bổ sung 1 người" }, 1, editor);
      expect(corrected).toMatchObject({ count: 4, note: "bổ sung 1 người", title: a.title, version: 2 });
      const stale = yield* Effect.flip(repo.update(a.id, { count: 40 }, 1));
      expect(stale).toMatchObject({ _tag: "ActivityConflict", current: { count: 4, version: 2 } });
      expect((yield* repo.list({ unit: "DT.VPUBND", kind: "training" })).totals).toEqual({ training: 9 });

      const orphan = yield* Effect.flip(repo.create({ ...course("Lớp không có văn bản", 1), documentId: 123_456 }));
      expect(orphan).toMatchObject({ _tag: "ActivityInvalid", field: "documentId" });
      expect((yield* Effect.flip(repo.update(b.id, { documentId: 123_456 }, 1)))._tag).toBe("ActivityInvalid");
      expect((yield* repo.list({ unit: "DT.VPUBND" })).total).toBe(3);

      // Moved to the second half of the year: it goes after what that period already told.
      const later = yield* repo.create({ ...course("Bồi dưỡng 6 tháng cuối năm", 2), period: "2022-H2" as PeriodCode });
      const moved = yield* repo.update(a.id, { period: "2022-H2" as PeriodCode }, 2);
      expect(moved.version).toBe(3);
      expect((yield* repo.list({ period: "2022-H2" })).items.map((x) => x.id)).toEqual([later.id, a.id]);
      expect((yield* repo.list({ period: "2022-H1" })).items.map((x) => x.id)).toEqual([b.id, c.id]);

      expect((yield* Effect.flip(repo.remove(b.id, 2)))._tag).toBe("ActivityConflict");
      yield* repo.remove(b.id, 1, editor);
      yield* repo.remove(c.id);
      expect((yield* repo.list({ period: "2022-H1" })).total).toBe(0);
      expect((yield* Effect.flip(repo.get(b.id)))._tag).toBe("ActivityNotFound");
      // After removals a new activity still goes last, never between others.
      const next = yield* repo.create({ ...course("Bồi dưỡng bổ sung", 1), period: "2022-H2" as PeriodCode });
      expect((yield* repo.list({ period: "2022-H2" })).items.map((x) => x.id)).toEqual([later.id, a.id, next.id]);

      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "activity" }));
      expect(trail.map((r) => [r.action, r.entityId])).toEqual([
        ["activity.delete", String(b.id)],
        ["activity.update", String(a.id)],
        ["activity.create", String(a.id)],
      ]);
      expect(trail[1]).toMatchObject({ actor: editor, unit: "DT.VPUBND", before: { count: 3 }, after: { count: 4 } });
    }),
  );
});
