/**
 * Ranking of units by their PAR Index total: highest first, equal totals (to the hundredth) share
 * a rank and the next rank skips (1, 2, 2, 4 — the "standard competition" order announcements use),
 * units with equal totals listed by code so the order is stable.
 */
import { toHundredths } from "./Scoring.js";

/** A unit's total to rank. */
export interface Ranked<T> {
  readonly item: T;
  readonly total: number;
  readonly rank: number;
}

/** Ranks items by total (descending); ties share the rank; `key` breaks ties in listing order only. */
export const rank = <T>(items: ReadonlyArray<T>, total: (t: T) => number, key: (t: T) => string): ReadonlyArray<Ranked<T>> => {
  const sorted = [...items].sort((a, b) => toHundredths(total(b)) - toHundredths(total(a)) || key(a).localeCompare(key(b)));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const t = toHundredths(total(item));
    const r = prev !== undefined && toHundredths(prev.total) === t ? prev.rank : i + 1;
    out.push({ item, total: t / 100, rank: r });
  });
  return out;
};
