import { describe, expect, it } from "@effect/vitest";
import { Effect, TestClock } from "effect";
import { AuditLog, scrub } from "../../src/audit/AuditLog.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

describe("AuditLog.scrub", () => {
  it("hides secrets and cuts long data", () => {
    expect(
      scrub({ password: "x", newPassword: "y", body: { token: "cchc_x", value: 1 }, list: Array.from({ length: 205 }, (_, i) => i) }),
    ).toMatchObject({
      password: "[ẩn]",
      newPassword: "[ẩn]",
      body: { token: "[ẩn]", value: 1 },
    });
    expect((scrub({ list: Array.from({ length: 205 }, (_, i) => i) }) as { list: unknown[] }).list).toHaveLength(201);
  });
});

onTestDatabases("AuditLog", AuditLog.layer, "trail", (it) => {
  it.effect("records who, when, what, before and after, and filters by unit, entity and time", () =>
    Effect.gen(function* () {
      const log = yield* AuditLog;
      yield* TestClock.setTime(Date.parse("2022-06-10T02:00:00Z"));
      yield* log.record({
        actor: { kind: "user", id: "u1", name: "bientap.dt" },
        action: "value.write",
        entity: "value",
        entityId: "DT/2022-H1/tthc.pakn.tiepnhan",
        unit: "DT",
        before: { value: 137 },
        after: { value: 140 },
      });
      yield* TestClock.setTime(Date.parse("2022-06-12T02:00:00Z"));
      yield* log.record({
        actor: { kind: "token", id: "t1", name: "bientap.vp" },
        action: "workflow.submit",
        entity: "report",
        entityId: "DT.VPUBND/2022-H1",
        unit: "DT.VPUBND",
      });
      yield* log.record({
        actor: { kind: "user", id: "a", name: "admin" },
        action: "token.create",
        entity: "token",
        entityId: "t9",
        after: { token: "cchc_secret" },
      });
      const all = yield* log.list({});
      expect(all.map((r) => r.action)).toEqual(["token.create", "workflow.submit", "value.write"]);
      expect(all[2]).toMatchObject({
        actor: { kind: "user", name: "bientap.dt" },
        before: { value: 137 },
        after: { value: 140 },
        unit: "DT",
      });
      expect(all[2]?.at.toISOString()).toBe("2022-06-10T02:00:00.000Z");
      expect(all[0]?.after).toEqual({ token: "[ẩn]" });
      expect((yield* log.list({ units: ["DT.VPUBND"] })).map((r) => r.action)).toEqual(["workflow.submit"]);
      expect(yield* log.list({ units: [] })).toEqual([]);
      expect((yield* log.list({ entity: "value" })).length).toBe(1);
      expect((yield* log.list({ to: new Date("2022-06-11T00:00:00Z") })).map((r) => r.action)).toEqual(["value.write"]);
    }),
  );
});
