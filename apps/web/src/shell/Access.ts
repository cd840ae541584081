/**
 * What the signed-in person may do where, read from the grants `/auth/me` answers and the unit
 * tree — the same rule as the API's (a role covers the unit it is held on and everything below;
 * `roleAllows` of the domain). The web app shows a button only when this says yes; the API stays
 * the judge. Also where a person lands: the highest units of their grants, and the current period.
 */
import type { Action } from "@cchc/domain/access/Role";
import { EVERY_UNIT, roleAllows } from "@cchc/domain/access/Role";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import { Either } from "effect";
import type { GrantBody } from "../api/Answers";

/** The unit and its ancestors, itself first, the root last. */
export const chainOf = (units: ReadonlyArray<OrgUnit>, code: string): ReadonlyArray<string> => {
  const byCode = new Map(units.map((u) => [u.code as string, u]));
  const out: string[] = [];
  let cur: string | null = code;
  while (cur !== null && !out.includes(cur)) {
    out.push(cur);
    cur = byCode.get(cur)?.parentCode ?? null;
  }
  return out;
};

/** Whether the grants allow `action` on `unit`. */
export const allows = (grants: ReadonlyArray<GrantBody>, units: ReadonlyArray<OrgUnit>, action: Action, unit: string): boolean => {
  const chain = chainOf(units, unit);
  return grants.some((g) => roleAllows(g.role, action) && (g.unit === EVERY_UNIT || chain.includes(g.unit)));
};

/**
 * The units a person starts from: the units of their grants (the roots of the tree for a grant on
 * every unit) without those lying under another one, highest first, in tree order. One unit → the
 * app opens it; several → the person chooses.
 */
export const homeUnits = (grants: ReadonlyArray<GrantBody>, units: ReadonlyArray<OrgUnit>): ReadonlyArray<string> => {
  const known = new Set(units.map((u) => u.code as string));
  const roots = units.filter((u) => u.parentCode === null).map((u) => u.code as string);
  const granted = new Set(grants.flatMap((g) => (g.unit === EVERY_UNIT ? roots : known.has(g.unit) ? [g.unit] : [])));
  const top = [...granted].filter(
    (code) =>
      !chainOf(units, code)
        .slice(1)
        .some((up) => granted.has(up)),
  );
  const order = new Map(units.map((u, i) => [u.code as string, i]));
  return top.sort((a, b) => chainOf(units, a).length - chainOf(units, b).length || (order.get(a) ?? 0) - (order.get(b) ?? 0));
};

/**
 * The current reporting period on `today`: the latest half-year report (Nghị định 09/2019 windows)
 * whose window has ended — the one being written, submitted and approved now; the open one when
 * none has ended yet.
 */
export const currentPeriod = (today: LocalDate): string => {
  const year = Number(today.slice(0, 4));
  const candidates = [year + 1, year, year - 1].flatMap((y) => [`${y}-H2`, `${y}-H1`]);
  const windows = candidates.flatMap((c) => Either.match(Period.window(c), { onLeft: () => [], onRight: (w) => [w] }));
  const ended = windows.filter((w) => w.end < today).sort((a, b) => (a.end < b.end ? 1 : -1));
  if (ended[0]) return ended[0].code;
  const open = windows.find((w) => w.start <= today && today <= w.end);
  return open?.code ?? `${year}-H1`;
};
