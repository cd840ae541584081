/**
 * A select of org units shown by NAME (indented by depth, tree order), whose value is the unit's
 * code: the units of some subtrees (`roots`), or of the whole tree. Used to choose a task's lead
 * unit and the unit of a role.
 */
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { createMemo, createResource, For, type JSX } from "solid-js";
import { useApp } from "../shell/AppContext";

/** The units under `root` (itself first; every unit when null), in tree order with their depth. */
export const unitsUnder = (
  units: ReadonlyArray<OrgUnit>,
  root: string | null,
): ReadonlyArray<{ readonly unit: OrgUnit; readonly depth: number }> => {
  const children = new Map<string | null, OrgUnit[]>();
  const codes = new Set(units.map((u) => u.code as string));
  for (const u of units) {
    const parent = u.parentCode !== null && codes.has(u.parentCode) ? (u.parentCode as string) : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: Array<{ readonly unit: OrgUnit; readonly depth: number }> = [];
  const walk = (u: OrgUnit, depth: number) => {
    out.push({ unit: u, depth });
    for (const c of children.get(u.code) ?? []) walk(c, depth + 1);
  };
  const start = root === null ? (children.get(null) ?? []) : units.filter((u) => u.code === root);
  for (const u of start) walk(u, 0);
  return out;
};

/** Props of `UnitSelect`. */
export interface UnitSelectProps {
  readonly label: string;
  /** The subtrees offered (their roots); null: every unit. */
  readonly roots: ReadonlyArray<string> | null;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly placeholder: string;
}

/** A labelled select of units by name. */
export const UnitSelect = (props: UnitSelectProps): JSX.Element => {
  const { api } = useApp();
  const [units] = createResource(() =>
    api.units().then(
      (l) => l.items,
      () => [] as ReadonlyArray<OrgUnit>,
    ),
  );
  const options = createMemo(() => {
    const all = units() ?? [];
    return props.roots === null ? unitsUnder(all, null) : props.roots.flatMap((r) => unitsUnder(all, r));
  });
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      <select onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="" selected={props.value === ""}>
          {props.placeholder}
        </option>
        <For each={options()}>
          {(o) => (
            <option value={o.unit.code} selected={o.unit.code === props.value}>
              {`${"\u00a0\u00a0".repeat(o.depth)}${o.unit.name}`}
            </option>
          )}
        </For>
      </select>
    </label>
  );
};
