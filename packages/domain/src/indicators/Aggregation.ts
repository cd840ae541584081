/**
 * Combining values over time and over the unit tree, as each indicator's catalogue entry says:
 * flows are summed over periods, stocks keep the latest value (a staffing quota of 59 for two
 * half-years is 59, not 118); facts of one body are not summed into its parent.
 */
import type { TimeAggregation, TreeAggregation } from "./Indicator.js";

/** Combines the values of consecutive periods (oldest first); null when there is none. */
export const overTime = (how: TimeAggregation, values: ReadonlyArray<number | null>): number | null => {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  if (how === "sum") return present.reduce((a, b) => a + b, 0);
  return (how === "first" ? present[0] : present[present.length - 1]) as number;
};

/** Combines the values of sub-units into their parent's; null when the indicator does not consolidate or nothing is present. */
export const overTree = (how: TreeAggregation, values: ReadonlyArray<number | null>): number | null => {
  if (how === "none") return null;
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
};
