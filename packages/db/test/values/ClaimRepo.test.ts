import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { ValueRepo } from "../../src/values/ValueRepo.js";
import { WorkflowRepo } from "../../src/workflow/WorkflowRepo.js";
import { spendingClaim } from "./fixtures.js";

const editor = { kind: "user" as const, id: "e", name: "bientap.vp" };
const approver = { kind: "user" as const, id: "a", name: "pheduyet.vp" };
const at = new Date("2022-06-15T03:00:00Z");
const claim = { ...spendingClaim, text: "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,5%." };
const change = (stated: number | null, version: number) => ({ rate: claim.rate, disaggregation: claim.disaggregation, stated, version });

describe.each(testDatabases())("stated-rate corrections on $name", (db) => {
  const Test = Layer.mergeAll(ValueRepo.layer, WorkflowRepo.layer, AuditLog.layer).pipe(Layer.provideMerge(db.layer));

  layer(Test)("ValueRepo.setClaim", (it) => {
    it.effect("corrects with the version read, refuses a stale one, audits, withdraws, and is locked by an approval", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* ValueRepo;
        yield* repo.putClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), claim);
        const [before] = yield* repo.versionedClaims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"));
        expect(before).toMatchObject({ stated: 49.5, version: 1, updatedBy: null });

        const saved = yield* repo.setClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), change(49.4, 1), editor);
        expect(saved).toMatchObject({
          stated: 49.4,
          decimals: 1,
          version: 2,
          updatedBy: "bientap.vp",
          text: "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,4%.",
        });
        const stale = yield* Effect.flip(repo.setClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), change(50, 1), editor));
        expect(stale).toMatchObject({ _tag: "ClaimConflict", expectedVersion: 1, current: { stated: 49.4, version: 2 } });
        expect((yield* repo.claims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1")))[0]?.stated).toBe(49.4);

        const audit = yield* Effect.flatMap(AuditLog, (a) => a.list({ entity: "claim" }));
        expect(
          audit.map((r) => [r.action, r.actor.name, (r.before as { stated: number }).stated, (r.after as { stated: number }).stated]),
        ).toEqual([["claim.write", "bientap.vp", 49.5, 49.4]]);

        // withdrawn, then stated again from version 0
        expect(yield* repo.setClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), change(null, 2), editor)).toBeNull();
        expect(yield* repo.claims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"))).toEqual([]);
        const again = yield* repo.setClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), change(49.4, 0), editor);
        expect(again?.version).toBe(1);

        const wf = yield* WorkflowRepo;
        yield* wf.apply(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), { kind: "submit" }, { actor: editor, at, snapshot: [] });
        yield* wf.apply(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), { kind: "approve" }, { actor: approver, at });
        const locked = yield* Effect.flip(repo.setClaim(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1"), change(49, 1), editor));
        expect(locked).toMatchObject({ _tag: "PeriodLocked", approvedBy: "pheduyet.vp" });
        expect((yield* repo.claims(UnitCode.make("DT.VPUBND"), PeriodCode.make("2022-H1")))[0]?.stated).toBe(49.4);
      }),
    );
  });
});
