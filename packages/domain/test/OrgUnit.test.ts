import { Either } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as LocalDate from "../src/LocalDate.js";
import {
  check,
  checkSuccessor,
  checkWindow,
  currentOf,
  isValidOn,
  type OrgUnit,
  type OrgUnitInvalid,
  successorChain,
  toTree,
  type UnitLookup,
} from "../src/OrgUnit.js";

const unit = (code: string, parentCode: string | null, validTo: string | null = null): OrgUnit =>
  ({ code, name: code, shortName: null, kind: "division", parentCode, validFrom: "2008-01-01", validTo, successorCode: null }) as OrgUnit;

describe("OrgUnit", () => {
  it("builds a sorted tree; a unit whose parent is absent becomes a root", () => {
    const tree = toTree([unit("DT.B", "DT"), unit("DT", null), unit("DT.A", "DT"), unit("X.Y", "X")]);
    expect(tree.map((n) => n.code)).toEqual(["DT", "X.Y"]);
    expect(tree[0]?.children.map((n) => n.code)).toEqual(["DT.A", "DT.B"]);
  });

  it("knows when a unit exists: a district ended on 30/6/2025", () => {
    const district = unit("DT.H1", "DT", "2025-06-30");
    expect(isValidOn(district, LocalDate.make(2025, 6, 30))).toBe(true);
    expect(isValidOn(district, LocalDate.make(2025, 7, 1))).toBe(false);
    expect(isValidOn(district, LocalDate.make(2007, 12, 31))).toBe(false);
  });
});

describe("OrgUnit validity and successor rules", () => {
  const u = (code: string, validFrom: string, validTo: string | null, successorCode: string | null = null): OrgUnit =>
    ({ code, name: code, shortName: null, kind: "commune", parentCode: null, validFrom, validTo, successorCode }) as OrgUnit;
  const lookupIn =
    (units: ReadonlyArray<OrgUnit>): UnitLookup =>
    (code) =>
      units.find((x) => x.code === code);
  const problemOf = (r: Either.Either<unknown, OrgUnitInvalid>) => (Either.isLeft(r) ? r.left.problem : "ok");

  const arbDay = fc.integer({ min: 0, max: 40 * 365 }).map((n) => LocalDate.addDays(LocalDate.make(2000, 1, 1), n));

  it("accepts a window iff validFrom ≤ validTo (open windows always)", () => {
    fc.assert(
      fc.property(arbDay, arbDay, (a, b) => {
        expect(problemOf(checkWindow(u("X", a, b)))).toBe(a <= b ? "ok" : "window-reversed");
        expect(problemOf(checkWindow(u("X", a, null)))).toBe("ok");
      }),
    );
  });

  it("requires an end date for a successor, and a known successor", () => {
    const next = u("NEW", "2025-07-01", null);
    expect(problemOf(check(u("OLD", "2008-01-01", null, "NEW"), lookupIn([next])))).toBe("successor-without-end");
    const r = check(u("OLD", "2008-01-01", "2025-06-30", "NOPE"), lookupIn([next]));
    expect(Either.isLeft(r) && r.left).toMatchObject({ code: "OLD", problem: "successor-unknown", field: "successorCode" });
    expect(problemOf(check(u("OLD", "2008-01-01", "2025-06-30", "NEW"), lookupIn([next])))).toBe("ok");
  });

  it("requires the successor in force on the day after the end", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -30, max: 30 }), fc.option(fc.integer({ min: -30, max: 30 })), (end, startShift, endShift) => {
        const dayAfter = LocalDate.addDays(end, 1);
        const successor = u(
          "NEW",
          LocalDate.addDays(dayAfter, startShift),
          endShift === null ? null : LocalDate.addDays(dayAfter, endShift),
        );
        const old = u("OLD", "1990-01-01", end, "NEW");
        const inForce = successor.validFrom <= dayAfter && (successor.validTo === null || dayAfter <= successor.validTo);
        const r = checkSuccessor(old, lookupIn([successor]));
        expect(problemOf(r)).toBe(inForce ? "ok" : "successor-not-valid");
      }),
    );
  });

  it("follows a chain of successors in order, and finds the unit in force at its end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 8, maxLength: 8 }),
        (n, lengths) => {
          // unit i ends the day before unit i+1 starts; the last one is still in force
          const units: OrgUnit[] = [];
          let from = LocalDate.make(1990, 1, 1);
          for (let i = 0; i <= n; i++) {
            const to = i === n ? null : LocalDate.addDays(from, (lengths[i] ?? 1) - 1);
            units.push(u(`U${i}`, from, to, i === n ? null : `U${i + 1}`));
            if (to !== null) from = LocalDate.addDays(to, 1);
          }
          const lookup = lookupIn(units);
          for (const x of units) expect(problemOf(check(x, lookup))).toBe("ok");
          const chain = Either.getOrThrow(successorChain(units[0] as OrgUnit, lookup));
          expect(chain.map((x) => x.code)).toEqual(units.slice(1).map((x) => x.code));
          expect(currentOf(units[0] as OrgUnit, chain, LocalDate.make(2200, 1, 1))?.code).toBe(`U${n}`);
        },
      ),
    );
  });

  it("refuses successor loops of any length, including a unit naming itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (n) => {
        // L0 hands over properly to L1; the others (stored before the rules) lead back to L0
        const units = Array.from({ length: n }, (_, i) =>
          u(`L${i}`, "2000-01-01", i === 0 ? "2020-12-31" : "2030-12-31", `L${(i + 1) % n}`),
        );
        const lookup = lookupIn(units);
        expect(problemOf(check(units[0] as OrgUnit, lookup))).toBe("successor-loop");
        for (const x of units) expect(problemOf(successorChain(x, lookup))).toBe("successor-loop");
      }),
    );
  });

  it("needs no loop check for units that all meet the rules: hand-over dates only move forward", () => {
    // A loop of valid hand-overs would need A in force after its own end; the validity rule refuses it.
    const a = u("A", "2000-01-01", "2020-12-31", "B");
    const b = u("B", "2021-01-01", "2022-12-31", "A");
    expect(problemOf(check(b, lookupIn([a, b])))).toBe("successor-not-valid");
  });

  it("reports a chain ending in a dissolved unit as having no current unit", () => {
    const commune = u("DT.CL.P1", "2008-01-01", "2025-06-30", "DT.PCL");
    const ward = u("DT.PCL", "2025-07-01", "2026-12-31");
    const chain = Either.getOrThrow(successorChain(commune, lookupIn([ward])));
    expect(currentOf(commune, chain, LocalDate.make(2026, 1, 1))?.code).toBe("DT.PCL");
    expect(currentOf(commune, chain, LocalDate.make(2027, 1, 1))).toBeUndefined();
  });
});
