import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Fiber, Layer } from "effect";
import { Database } from "../../src/Database.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { ValueRepo, type ValueWrite } from "../../src/values/ValueRepo.js";
import { WorkflowRepo } from "../../src/workflow/WorkflowRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const w = (indicator: string, value: number, version?: number): ValueWrite => ({
  indicator,
  disaggregation: "",
  value,
  version,
  source: "entered",
});

const actor = { kind: "user" as const, id: "u", name: "pheduyet.dt" };
const at = new Date("2022-06-15T03:00:00Z");
const waitMs = (ms: number) => Effect.promise(() => new Promise((r) => setTimeout(r, ms)));

/** Submits and approves the report of (unit, period), as the workflow does. */
const approve = (unit: string, period: string) =>
  Effect.gen(function* () {
    const wf = yield* WorkflowRepo;
    const [u, p] = [UnitCode.make(unit), PeriodCode.make(period)];
    yield* wf.apply(u, p, { kind: "submit" }, { actor, at, snapshot: [] });
    yield* wf.apply(u, p, { kind: "approve" }, { actor, at });
  });

describe.each(testDatabases())("the value store keeps the approval lock on $name", (db) => {
  const Test = Layer.mergeAll(ValueRepo.layer, WorkflowRepo.layer).pipe(Layer.provideMerge(db.layer));

  layer(Test)("ValueRepo and the lock", (it) => {
    it.effect("refuses a write to an approved (unit, period) by itself, dry run included, and stores nothing", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        yield* repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 137, 0)], "an");
        yield* approve("DT.SNV", "2022-H1");

        const refused = yield* Effect.flip(
          repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 140)], "an"),
        );
        expect(refused).toMatchObject({
          _tag: "PeriodLocked",
          unit: "DT.SNV",
          period: "2022-H1",
          state: "approved",
          refused: ["tthc.pakn.tiepnhan"],
          approvedBy: "pheduyet.dt",
        });
        const dry = yield* Effect.flip(
          repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), [w("congvu.bonhiem", 1)], "an", { dryRun: true }),
        );
        expect(dry._tag).toBe("PeriodLocked");
        expect((yield* repo.list(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"))).map((v) => [v.indicator, v.value])).toEqual([
          ["tthc.pakn.tiepnhan", 137],
        ]);
        expect(yield* repo.history(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"))).toHaveLength(1);

        // Another period of the same unit is not locked.
        const [other] = yield* repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-Q3"), [w("tthc.pakn.tiepnhan", 5)], "an");
        expect(other?.changed).toBe(true);

        // A partial reopening opens only what it names.
        yield* Effect.flatMap(WorkflowRepo, (wf) =>
          wf.apply(
            UnitCode.make("DT.SNV"),
            PeriodCode.make("2022-H1"),
            { kind: "reopen", reason: "Sửa số PAKN", items: [{ kind: "indicator", code: "tthc.pakn.tiepnhan" }] },
            { actor, at },
          ),
        );
        const [reopened] = yield* repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), [w("tthc.pakn.tiepnhan", 140)], "an");
        expect(reopened?.stored.value).toBe(140);
        const still = yield* Effect.flip(repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-H1"), [w("congvu.bonhiem", 1)], "an"));
        expect(still).toMatchObject({ _tag: "PeriodLocked", state: "reopened", refused: ["congvu.bonhiem"] });
      }),
    );

    it.effect("writes several (unit, period) groups in one transaction: a refused second group stores nothing of the first", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        yield* approve("DT.STTTT", "2022-H1");
        const first = {
          unit: UnitCode.make("DT.VPUBND"),
          period: PeriodCode.make("2022-Q3"),
          changes: [w("congvu.bonhiem", 3), w("congvu.vipham", 1)],
        };

        const locked = yield* Effect.flip(
          repo.writeGroups(
            [first, { unit: UnitCode.make("DT.STTTT"), period: PeriodCode.make("2022-H1"), changes: [w("congvu.bonhiem", 2)] }],
            "an",
          ),
        );
        expect(locked).toMatchObject({ _tag: "PeriodLocked", unit: "DT.STTTT" });
        expect(yield* repo.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-Q3"))).toEqual([]);

        const stale = yield* Effect.flip(
          repo.writeGroups(
            [first, { unit: UnitCode.make("DT.VPUBND"), period: PeriodCode.make("2022-Q4"), changes: [w("congvu.bonhiem", 2, 4)] }],
            "an",
          ),
        );
        expect(stale).toMatchObject({ _tag: "ValueConflict", unit: "DT.VPUBND", period: "2022-Q4" });
        expect(yield* repo.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-Q3"))).toEqual([]);
        expect(yield* repo.history(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-Q3"))).toEqual([]);

        const dry = yield* repo.writeGroups(
          [first, { unit: UnitCode.make("DT"), period: PeriodCode.make("2022-Q3"), changes: [w("congvu.bonhiem", 7)] }],
          "an",
          {
            dryRun: true,
          },
        );
        expect(dry.map((g) => g.map((r) => [r.indicator, r.stored.value]))).toEqual([
          [
            ["congvu.bonhiem", 3],
            ["congvu.vipham", 1],
          ],
          [["congvu.bonhiem", 7]],
        ]);
        expect(yield* repo.list(UnitCode.make("DT"), PeriodCode.make("2022-Q3"))).toEqual([]);

        const done = yield* repo.writeGroups(
          [first, { unit: UnitCode.make("DT"), period: PeriodCode.make("2022-Q3"), changes: [w("congvu.bonhiem", 7)] }],
          "an",
        );
        expect(done.map((g) => g.length)).toEqual([2, 1]);
        expect((yield* repo.list(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-Q3"))).map((v) => v.value)).toEqual([3, 1]);
        expect((yield* repo.list(UnitCode.make("DT"), PeriodCode.make("2022-Q3"))).map((v) => v.value)).toEqual([7]);
      }),
    );

    it.effect("a write racing an approval waits for it and then sees the lock", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        const { kysely } = yield* Database;
        yield* Effect.flatMap(WorkflowRepo, (wf) =>
          wf.apply(UnitCode.make("DT.SNV"), PeriodCode.make("2022-Q1"), { kind: "submit" }, { actor, at, snapshot: [] }),
        );
        // An approval as WorkflowRepo.apply does it, held open between taking the report's row and committing.
        let holding!: () => void;
        let release!: () => void;
        const held = new Promise<void>((r) => (holding = r));
        const gate = new Promise<void>((r) => (release = r));
        const approval = kysely.transaction().execute(async (trx) => {
          const report = trx.selectFrom("workflow_report").where("unit_code", "=", "DT.SNV").where("period", "=", "2022-Q1");
          await report.selectAll().forUpdate().execute();
          holding();
          await gate;
          await trx
            .updateTable("workflow_report")
            .set({ state: "approved", locked: true })
            .where("unit_code", "=", "DT.SNV")
            .where("period", "=", "2022-Q1")
            .execute();
        });
        yield* Effect.promise(() => held);
        const write = yield* Effect.fork(
          Effect.either(repo.write(UnitCode.make("DT.SNV"), PeriodCode.make("2022-Q1"), [w("tthc.pakn.tiepnhan", 9)], "an")),
        );
        yield* waitMs(150);
        release();
        yield* Effect.promise(() => approval);
        const outcome = yield* Fiber.join(write);
        expect(outcome._tag).toBe("Left");
        expect(outcome._tag === "Left" ? outcome.left._tag : "stored").toBe("PeriodLocked");
        expect(yield* repo.list(UnitCode.make("DT.SNV"), PeriodCode.make("2022-Q1"))).toEqual([]);
      }),
    );
  });
});

onTestDatabases("concurrent value writes", ValueRepo.layer, "ValueRepo under races", (it) => {
  it.effect("two writers of the same new figures: one stores them, the other gets a version conflict — never a database error", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* ValueRepo;
      const periods = ["2022-M01", "2022-M02", "2022-M03", "2022-M04", "2022-M05", "2022-M06"].map((p) => PeriodCode.make(p));
      // open the pool's connections first, so that the writers really run side by side
      yield* Effect.all(
        periods.map((p) => repo.list(UnitCode.make("DT.SNV"), p)),
        { concurrency: "unbounded" },
      );
      // per period, both writers read "no value yet" (version 0) and insert two figures at once, in opposite orders
      const pair = (p: PeriodCode) =>
        Effect.all(
          [
            Effect.either(repo.write(UnitCode.make("DT.SNV"), p, [w("tthc.pakn.tiepnhan", 10, 0), w("tthc.pakn.dagiaiquyet", 9, 0)], "a")),
            Effect.either(repo.write(UnitCode.make("DT.SNV"), p, [w("tthc.pakn.dagiaiquyet", 8, 0), w("tthc.pakn.tiepnhan", 11, 0)], "b")),
          ],
          { concurrency: 2 },
        );
      const rounds = yield* Effect.all(periods.map(pair), { concurrency: "unbounded" });
      for (const [i, [ra, rb]] of rounds.entries()) {
        const outcomes = [ra, rb].map((r) => (r._tag === "Right" ? "stored" : r.left._tag)).sort();
        expect(outcomes).toEqual(["ValueConflict", "stored"]);
        const stored = (yield* repo.list(UnitCode.make("DT.SNV"), periods[i] as PeriodCode)).map((v) => [v.indicator, v.value, v.version]);
        // all of one writer's figures, none of the other's
        expect([
          [
            ["tthc.pakn.dagiaiquyet", 9, 1],
            ["tthc.pakn.tiepnhan", 10, 1],
          ],
          [
            ["tthc.pakn.dagiaiquyet", 8, 1],
            ["tthc.pakn.tiepnhan", 11, 1],
          ],
        ]).toContainEqual(stored);
      }
    }),
  );
});
