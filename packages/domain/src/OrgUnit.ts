/**
 * Organisation units: a tree of bodies (province, department, district, commune, division)
 * with stable codes and validity windows. The 2025 two-level reform ends, merges and renames
 * units, so a unit may have a successor and the tree depends on the date it is seen at.
 */
import { Schema } from "effect";
import { LocalDate } from "./LocalDate.js";

/** Stable code of a unit: dot-separated segments of capitals, digits and '-' ("DT.VPUBND"). */
export const UnitCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*$/),
  Schema.brand("UnitCode"),
  Schema.annotations({ identifier: "UnitCode", description: "Mã đơn vị, ví dụ DT hoặc DT.VPUBND", examples: ["DT.VPUBND" as never] }),
);
export type UnitCode = typeof UnitCode.Type;

/** Kind of unit, by level of government and role. */
export const UnitKind = Schema.Literal("province", "department", "district", "commune", "division", "people-committee");
export type UnitKind = typeof UnitKind.Type;

/** Vietnamese names of the unit kinds. */
export const kindLabelVi: Record<UnitKind, string> = {
  province: "Tỉnh/thành phố",
  "people-committee": "Ủy ban nhân dân",
  department: "Sở/ban/ngành",
  district: "Huyện",
  commune: "Xã/phường/đặc khu",
  division: "Phòng/ban/trung tâm",
};

/** An organisation unit as stored and served. */
export const OrgUnit = Schema.Struct({
  code: UnitCode,
  name: Schema.String.pipe(Schema.minLength(1)),
  shortName: Schema.NullOr(Schema.String),
  kind: UnitKind,
  parentCode: Schema.NullOr(UnitCode),
  validFrom: LocalDate,
  validTo: Schema.NullOr(LocalDate),
  successorCode: Schema.NullOr(UnitCode),
}).annotations({ identifier: "OrgUnit" });
export type OrgUnit = typeof OrgUnit.Type;

/** A unit with its children, as the tree endpoints return it. */
export interface OrgUnitNode extends OrgUnit {
  readonly children: ReadonlyArray<OrgUnitNode>;
}

/** Whether the unit exists on a given day (its validity window contains it). */
export const isValidOn = (unit: OrgUnit, day: LocalDate): boolean =>
  unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo);

/** Builds the forest of units from a flat list; units whose parent is absent become roots. */
export const toTree = (units: ReadonlyArray<OrgUnit>): ReadonlyArray<OrgUnitNode> => {
  const byParent = new Map<string | null, OrgUnit[]>();
  const codes = new Set(units.map((u) => u.code));
  for (const u of units) {
    const key = u.parentCode !== null && codes.has(u.parentCode) ? u.parentCode : null;
    byParent.set(key, [...(byParent.get(key) ?? []), u]);
  }
  const build = (parent: string | null): ReadonlyArray<OrgUnitNode> =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((u) => ({ ...u, children: build(u.code) }));
  return build(null);
};
