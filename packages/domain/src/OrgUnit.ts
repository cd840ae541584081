/**
 * Organisation units: a tree of bodies (province, department, district, commune, division)
 * with stable codes and validity windows. The 2025 two-level reform ends, merges and renames
 * units, so a unit may have a successor and the tree depends on the date it is seen at.
 */
import { type Brand, Either, Schema } from "effect";
import { addDays, LocalDate } from "./LocalDate.js";

/** Stable code of a unit: dot-separated segments of capitals, digits and '-' ("DT.VPUBND"). */
export const UnitCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*$/),
  Schema.brand("UnitCode"),
  Schema.annotations({
    identifier: "UnitCode",
    description: "Mã đơn vị, ví dụ DT hoặc DT.VPUBND",
    examples: ["DT.VPUBND" as Brand.Branded<string, "UnitCode">],
  }),
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

/**
 * What is wrong with a unit's validity window or successor link: the window ends before it
 * starts; a successor without an end date; a successor that is unknown or not in force on the
 * day after the end; a chain of successors that comes back to a unit already in it.
 */
export const OrgUnitProblem = Schema.Literal(
  "window-reversed",
  "successor-without-end",
  "successor-unknown",
  "successor-not-valid",
  "successor-loop",
);
export type OrgUnitProblem = typeof OrgUnitProblem.Type;

/** A unit breaks a validity or successor rule; `field` names the property at fault. */
export class OrgUnitInvalid extends Schema.TaggedError<OrgUnitInvalid>()("OrgUnitInvalid", {
  code: Schema.String,
  problem: OrgUnitProblem,
  field: Schema.Literal("validTo", "successorCode"),
  successorCode: Schema.NullOr(Schema.String),
}) {}

/** Finds a unit by code among the units a check may see. */
export type UnitLookup = (code: string) => OrgUnit | undefined;

const invalid = (unit: OrgUnit, problem: OrgUnitProblem, field: "validTo" | "successorCode") =>
  Either.left(new OrgUnitInvalid({ code: unit.code, problem, field, successorCode: unit.successorCode }));

/** The validity window is well ordered: `validFrom` ≤ `validTo` (a one-day unit is allowed). */
export const checkWindow = (unit: OrgUnit): Either.Either<OrgUnit, OrgUnitInvalid> =>
  unit.validTo !== null && unit.validTo < unit.validFrom ? invalid(unit, "window-reversed", "validTo") : Either.right(unit);

/**
 * The units that took over from `unit`, following successor links in order (empty when it has
 * none). A link to a unit the lookup does not know ends the chain with `successor-unknown`; a
 * link back into the chain is a `successor-loop`, reported on `unit`.
 */
export const successorChain = (unit: OrgUnit, lookup: UnitLookup): Either.Either<ReadonlyArray<OrgUnit>, OrgUnitInvalid> => {
  const seen = new Set<string>([unit.code]);
  const chain: OrgUnit[] = [];
  let at = unit;
  while (at.successorCode !== null) {
    if (seen.has(at.successorCode)) return invalid(unit, "successor-loop", "successorCode");
    const next = lookup(at.successorCode);
    if (next === undefined) return invalid(unit, "successor-unknown", "successorCode");
    seen.add(next.code);
    chain.push(next);
    at = next;
  }
  return Either.right(chain);
};

/**
 * The successor rules of one unit, seen among the others: a successor needs an end date; the
 * successor must exist and be in force on the day after the end (no gap in who is responsible);
 * following successors never comes back to a unit already passed.
 */
export const checkSuccessor = (unit: OrgUnit, lookup: UnitLookup): Either.Either<OrgUnit, OrgUnitInvalid> => {
  if (unit.successorCode === null) return Either.right(unit);
  if (unit.validTo === null) return invalid(unit, "successor-without-end", "validTo");
  if (unit.successorCode === unit.code) return invalid(unit, "successor-loop", "successorCode");
  const successor = lookup(unit.successorCode);
  if (successor === undefined) return invalid(unit, "successor-unknown", "successorCode");
  if (!isValidOn(successor, addDays(unit.validTo, 1))) return invalid(unit, "successor-not-valid", "successorCode");
  const self: UnitLookup = (code) => (code === unit.code ? unit : lookup(code));
  return Either.map(successorChain(unit, self), () => unit);
};

/** Every rule a unit must meet before it is stored: its window, then its successor link. */
export const check = (unit: OrgUnit, lookup: UnitLookup): Either.Either<OrgUnit, OrgUnitInvalid> =>
  Either.flatMap(checkWindow(unit), (u) => checkSuccessor(u, lookup));

/**
 * Where a unit's responsibilities are on `day`: the last unit of its successor chain (the unit
 * itself without successors) when it is in force that day; undefined when the chain ends in a
 * unit that was dissolved without a successor.
 */
export const currentOf = (unit: OrgUnit, chain: ReadonlyArray<OrgUnit>, day: LocalDate): OrgUnit | undefined => {
  const last = chain.at(-1) ?? unit;
  return isValidOn(last, day) ? last : undefined;
};
