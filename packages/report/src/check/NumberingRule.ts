/**
 * Rules "numbering-gap" and "numbering-repeat": section titles "I. …", "II. …" must run without
 * gaps or repeats, and so must the items "1. …", "2. …" inside each section (they restart at 1
 * under every Roman section). A gap is reported once, with the renumbering of what follows.
 */
import { fromRoman, roman } from "../assembly/Numbering.js";
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";

const ROMAN_TITLE = /^([IVXLC]+)\.\s+(?=\p{L})/u;
// An item starts with its number, a dot and a capitalised word; "1.1." and "Số: /BC-…" are not items.
const ARABIC_ITEM = /^(\d{1,2})\.\s+(?=\p{Lu})/u;

interface Heading {
  readonly paragraph: Prose.Paragraph;
  readonly level: "roman" | "arabic";
  readonly number: number;
  readonly label: string;
  /** Length of the number and its dot ("IV." → 3). */
  readonly markerLength: number;
}

const headingsOf = (prose: Prose.Prose): ReadonlyArray<Heading> => {
  const out: Array<Heading> = [];
  for (const p of prose.paragraphs) {
    const r = ROMAN_TITLE.exec(p.text);
    const n = r ? fromRoman(r[1] ?? "") : null;
    if (r && n !== null) {
      out.push({ paragraph: p, level: "roman", number: n, label: r[1] ?? "", markerLength: (r[1] ?? "").length + 1 });
      continue;
    }
    const a = ARABIC_ITEM.exec(p.text);
    if (a) out.push({ paragraph: p, level: "arabic", number: Number(a[1]), label: a[1] ?? "", markerLength: (a[1] ?? "").length + 1 });
  }
  return out;
};

const show = (level: Heading["level"], n: number): string => (level === "roman" ? roman(n) : String(n));

/** The numbering findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> => {
  const headings = headingsOf(prose);
  const out: Array<Finding.Finding> = [];
  // Siblings are the headings of one level under the same parent (the Roman section for items).
  const romans: Array<Heading> = [];
  const itemGroups: Array<Array<Heading>> = [[]];
  for (const h of headings) {
    if (h.level === "roman") {
      romans.push(h);
      itemGroups.push([]);
    } else {
      itemGroups[itemGroups.length - 1]?.push(h);
    }
  }
  const groups = [romans, ...itemGroups];

  for (const siblings of groups) {
    let previous = 0;
    siblings.forEach((h, k) => {
      const expected = previous + 1;
      const p = h.paragraph;
      const span = Math.min(p.text.length, 160);
      const title = p.text.slice(h.markerLength).trim();
      const kind = h.level === "roman" ? "mục" : "tiểu mục";
      if (h.number > expected) {
        const missing = Array.from({ length: h.number - expected }, (_, i) => show(h.level, expected + i)).join(", ");
        const following = siblings.slice(k);
        const shift = h.number - expected;
        const renumber = following.map((f) => `${show(h.level, f.number)} → ${show(h.level, f.number - shift)}`).join(", ");
        out.push(
          Finding.at(prose, p, 0, span, {
            rule: "numbering-gap",
            severity: "error",
            confidence: "certain",
            message:
              previous === 0
                ? `Thiếu ${kind} ${missing}: ${kind} đầu tiên được đánh số ${h.label}. Đánh số lại: ${renumber}.`
                : `Thiếu ${kind} ${missing}: sau ${kind} ${show(h.level, previous)} là ${kind} ${h.label}. Đánh số lại: ${renumber}.`,
            suggestion: `${show(h.level, expected)}. ${title}`,
          }),
        );
      } else if (h.number <= previous) {
        out.push(
          Finding.at(prose, p, 0, span, {
            rule: "numbering-repeat",
            severity: "error",
            confidence: "certain",
            message:
              h.number === previous
                ? `Số thứ tự ${kind} ${h.label} bị lặp lại; ${kind} này phải là ${show(h.level, expected)}.`
                : `Số thứ tự ${kind} ${h.label} đứng sau ${kind} ${show(h.level, previous)}; ${kind} này phải là ${show(h.level, expected)}.`,
            suggestion: `${show(h.level, expected)}. ${title}`,
          }),
        );
      }
      // Continue from the number as written, so that one slip gives one finding.
      previous = h.number;
    });
  }
  return out.sort((a, b) => a.index - b.index);
};
