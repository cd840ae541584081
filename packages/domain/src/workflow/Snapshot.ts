/**
 * What a report's figures were when it was submitted, and what changed between two submissions,
 * so that an approver reading a resubmission sees exactly what the unit corrected.
 */
import { keyText } from "../indicators/Value.js";

/** One figure as it stood at a submission. */
export interface SnapshotValue {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number | null;
}

/** A change of one figure between two submissions. */
export interface FigureChange {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly kind: "added" | "removed" | "changed";
  readonly before: number | null;
  readonly after: number | null;
}

/** The figures that differ between two snapshots, in key order. */
export const diff = (before: ReadonlyArray<SnapshotValue>, after: ReadonlyArray<SnapshotValue>): ReadonlyArray<FigureChange> => {
  const old = new Map(before.map((v) => [keyText(v), v]));
  const now = new Map(after.map((v) => [keyText(v), v]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  const out: FigureChange[] = [];
  for (const k of keys) {
    const b = old.get(k);
    const a = now.get(k);
    const ref = (a ?? b) as SnapshotValue;
    if (b === undefined)
      out.push({ indicator: ref.indicator, disaggregation: ref.disaggregation, kind: "added", before: null, after: a?.value ?? null });
    else if (a === undefined)
      out.push({ indicator: ref.indicator, disaggregation: ref.disaggregation, kind: "removed", before: b.value, after: null });
    else if (a.value !== b.value)
      out.push({ indicator: ref.indicator, disaggregation: ref.disaggregation, kind: "changed", before: b.value, after: a.value });
  }
  return out;
};
