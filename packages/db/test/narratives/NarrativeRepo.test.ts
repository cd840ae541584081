import type { Actor } from "@cchc/domain/access/Principal";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { expect } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { NarrativeConflict, NarrativeNotFound, NarrativeRepo, paragraphsOf } from "../../src/narratives/NarrativeRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

onTestDatabases("NarrativeRepo", Layer.mergeAll(NarrativeRepo.layer, AuditLog.layer), "narratives", (it) => {
  it.effect("creates at version 0, refuses stale versions, splits paragraphs", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* NarrativeRepo;
      const a = yield* repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H1"), "assessment", "Một.\r\n\r\nHai.", 0, "an");
      expect(a).toMatchObject({ version: 1, paragraphs: ["Một.", "Hai."], updatedBy: "an" });
      expect((yield* Effect.flip(repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H1"), "assessment", "x", 0, "binh")))._tag).toBe(
        "NarrativeConflict",
      );
      const b = yield* repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H1"), "assessment", "Ba.", 1, "binh", "ghi chú");
      expect(b).toMatchObject({ version: 2, text: "Ba.", note: "ghi chú" });
      expect((yield* repo.list(UnitCode.make("DT"), PeriodCode.make("2022-H1"))).length).toBe(1);
      expect((yield* Effect.flip(repo.get(UnitCode.make("DT"), PeriodCode.make("2022-H1"), "directions")))._tag).toBe("NarrativeNotFound");
      expect(paragraphsOf("  a \n \n\n b ")).toEqual(["a", "b"]);
    }),
  );

  it.effect("audits each write with before and after; conflicts name section and versions; writers racing on a version: one wins", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* NarrativeRepo;
      const editor: Actor = { kind: "token", id: "7", name: "bientap.vp" };
      const first = yield* repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "directions", "Một.", 0, "an", "ghi chú", editor);
      const second = yield* repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "directions", "Hai.", 1, "an", undefined, editor);
      expect(second).toMatchObject({ version: 2, text: "Hai.", note: "ghi chú" });
      expect(yield* repo.get(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "directions")).toEqual(second);
      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "narrative" }));
      expect(trail.filter((r) => r.entityId === "DT/2022-H2/directions").map((r) => [r.action, r.unit, r.before, r.after])).toEqual([
        ["narrative.write", "DT", first, second],
        ["narrative.write", "DT", null, first],
      ]);
      expect(yield* Effect.flip(repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "directions", "x", 1, "binh"))).toEqual(
        new NarrativeConflict({ section: "directions", expectedVersion: 1, currentVersion: 2 }),
      );
      expect(yield* Effect.flip(repo.put(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "assessment", "x", 3, "binh"))).toEqual(
        new NarrativeConflict({ section: "assessment", expectedVersion: 3, currentVersion: 0 }),
      );
      expect(yield* Effect.flip(repo.get(UnitCode.make("DT"), PeriodCode.make("2022-H2"), "assessment"))).toEqual(
        new NarrativeNotFound({ unit: "DT", period: "2022-H2", section: "assessment" }),
      );

      // two first writes and two corrections of the same version at once: one of each is stored
      for (const version of [0, 1]) {
        const writes = yield* Effect.all(
          ["a", "b"].map((who) =>
            Effect.either(repo.put(UnitCode.make("DT"), PeriodCode.make("2023-H1"), "assessment", who, version, who)),
          ),
          { concurrency: "unbounded" },
        );
        const stored = yield* repo.get(UnitCode.make("DT"), PeriodCode.make("2023-H1"), "assessment");
        expect(stored.version).toBe(version + 1);
        expect(writes.filter((w) => w._tag === "Right").map((w) => w.right)).toEqual([stored]);
        expect(writes.filter((w) => w._tag === "Left").map((w) => w.left)).toEqual([
          new NarrativeConflict({ section: "assessment", expectedVersion: version, currentVersion: version + 1 }),
        ]);
      }
    }),
  );
});
