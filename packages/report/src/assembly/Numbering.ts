/**
 * Section numbers are computed from the outline, never typed, so they run without gaps: level 1
 * in Roman numerals (I, II, … as Nghị định 30/2020 reports number their parts), level 2 in Arabic.
 * The checker reads Roman numerals back with the same table.
 */

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** A positive integer in Roman numerals: 4 → "IV". */
export const roman = (n: number): string => {
  let rest = Math.floor(n);
  let out = "";
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
};

/** Reads a canonical Roman numeral ("IV" → 4), null for anything else ("IIII", "VX"). */
export const fromRoman = (s: string): number | null => {
  let rest = s;
  let n = 0;
  for (const [v, sym] of ROMAN) {
    while (rest.startsWith(sym)) {
      n += v;
      rest = rest.slice(sym.length);
    }
  }
  return rest === "" && n > 0 && roman(n) === s ? n : null;
};

/** The number shown for the `ordinal`-th numbered section (from 1) of a level. */
export const sectionNumber = (level: number, ordinal: number): string => (level <= 1 ? roman(ordinal) : String(ordinal));
