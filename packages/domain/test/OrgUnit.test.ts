import { describe, expect, it } from "vitest";
import * as LocalDate from "../src/LocalDate.js";
import { isValidOn, type OrgUnit, toTree } from "../src/OrgUnit.js";

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
