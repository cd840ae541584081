/**
 * Who is reminded of a deadline: the users holding one of its roles on the deadline's unit, or —
 * where nobody holds it there — on the nearest unit above that has such users. A province editor
 * therefore hears about a department's deadline only when the department has no editor of its own.
 */
import type { Grant } from "../access/Principal.js";
import type { Role } from "../access/Role.js";

/** A user as recipient selection sees them. */
export interface Candidate {
  readonly id: string;
  readonly grants: ReadonlyArray<Grant>;
}

/**
 * The ids of the users to remind for a deadline of `unit` with `roles`; `chain` is the unit and its
 * ancestors, nearest first (the unit itself at index 0).
 */
export const recipients = (
  roles: ReadonlyArray<Role>,
  chain: ReadonlyArray<string>,
  users: ReadonlyArray<Candidate>,
): ReadonlyArray<string> => {
  const out = new Set<string>();
  for (const role of roles) {
    for (const unit of [...chain, "*"]) {
      const holders = users.filter((u) => u.grants.some((g) => g.role === role && g.unit === unit));
      if (holders.length === 0) continue;
      for (const h of holders) out.add(h.id);
      break;
    }
  }
  return [...out].sort();
};
