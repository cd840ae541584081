import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { expect } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { PeriodLock } from "../../src/workflow/PeriodLock.js";
import { WorkflowRepo } from "../../src/workflow/WorkflowRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const actor = { kind: "user" as const, id: "u", name: "pheduyet.dt" };
const at = new Date("2022-06-15T03:00:00Z");

onTestDatabases("WorkflowRepo", Layer.mergeAll(WorkflowRepo.layer, PeriodLock.layer), "workflow", (it) => {
  it.effect("applies steps, keeps snapshots and history, and locks approved figures", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* WorkflowRepo;
      const lock = yield* PeriodLock;
      expect((yield* repo.status(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"))).state).toBe("draft");
      const snapshot = [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137 }];
      const s = yield* repo.apply(
        UnitCode.make("DT.SNV"),
        PeriodCode.make("2022-H1"),
        { kind: "submit" },
        { actor, at, deadline: "2022-06-16", timeliness: "on-time", snapshot },
      );
      expect(s.after).toMatchObject({ state: "submitted", submissions: 1 });
      expect(s.step).toMatchObject({ command: "submit", from: "draft", to: "submitted", deadline: "2022-06-16", timeliness: "on-time" });
      expect(
        (yield* Effect.flip(
          repo.apply(
            UnitCode.make("DT.SNV"),
            PeriodCode.make("2022-H1"),
            { kind: "reopen", reason: "x", items: [{ kind: "section", code: "procedure" }] },
            { actor, at },
          ),
        ))._tag,
      ).toBe("WorkflowTransitionInvalid");
      yield* lock.assertWritable("DT.SNV", "2022-H1");
      yield* repo.apply(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), { kind: "approve" }, { actor, at });
      const refused = yield* Effect.flip(lock.assertWritable("DT.SNV", "2022-H1", [{ indicator: "tthc.pakn.tiepnhan" }]));
      expect(refused).toMatchObject({
        _tag: "PeriodLocked",
        unit: "DT.SNV",
        period: "2022-H1",
        state: "approved",
        approvedBy: "pheduyet.dt",
      });
      yield* lock.assertWritable("DT.SNV", "2022-Q1");
      yield* lock.assertWritable("DT.VPUBND", "2022-H1");
      yield* repo.apply(
        UnitCode.make("DT.SNV"),
        PeriodCode.make("2022-H1"),
        { kind: "reopen", reason: "Sửa phần TTHC", items: [{ kind: "section", code: "procedure" }] },
        { actor, at },
      );
      yield* lock.assertWritable("DT.SNV", "2022-H1", [{ indicator: "tthc.pakn.tiepnhan" }, { section: "procedure" }]);
      const partly = yield* Effect.flip(
        lock.assertWritable("DT.SNV", "2022-H1", [{ indicator: "tthc.pakn.tiepnhan" }, { indicator: "congvu.bonhiem" }]),
      );
      expect(partly.refused).toEqual(["congvu.bonhiem"]);
      yield* repo.apply(
        UnitCode.make("DT.SNV"),
        PeriodCode.make("2022-H1"),
        { kind: "submit" },
        { actor, at, snapshot: [{ ...snapshot[0], value: 140 } as (typeof snapshot)[0]] },
      );
      const snaps = yield* repo.snapshots(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"));
      expect(snaps.map((x) => x.figures[0]?.value)).toEqual([137, 140]);
      expect((yield* repo.history(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"))).map((h) => h.command)).toEqual([
        "submit",
        "approve",
        "reopen",
        "submit",
      ]);
      expect(
        (yield* repo.statuses([UnitCode.make("DT.SNV"), UnitCode.make("DT.STTTT")], PeriodCode.make("2022-H1"))).map((x) => x.state),
      ).toEqual(["submitted", "draft"]);
    }),
  );
});
