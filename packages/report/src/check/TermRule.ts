/**
 * Rule "term-misspelled": finds the wrong forms of the term list in every paragraph and proposes
 * the right form in the case the text used ("ĐÈ XUẤT" → "ĐỀ XUẤT", "Đè nghị" → "Đề nghị").
 */
import * as Text from "@cchc/domain/Text";
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";
import { type TermEntry, terms } from "./Terms.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Compiled {
  readonly entry: TermEntry;
  readonly regex: RegExp;
}

const compile = (entry: TermEntry): Compiled => {
  const body = entry.wrong.normalize("NFC").split(/\s+/).map(escape).join("\\s+");
  const tail = entry.notFollowedBy === undefined ? "" : `(?!${entry.notFollowedBy})`;
  return { entry, regex: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])${tail}`, entry.caseSensitive ? "gu" : "giu") };
};

// Longest wrong forms first, so that a phrase wins over a shorter entry inside it.
const compiled: ReadonlyArray<Compiled> = [...terms].sort((a, b) => b.wrong.length - a.wrong.length).map(compile);

const isUpper = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** The right form written in the case of the matched text. */
export const carryCase = (matched: string, right: string): string => {
  if (isUpper(matched) && matched.length > 1) return Text.toUpper(right);
  const first = matched.charAt(0);
  if (first !== first.toLowerCase() && right.charAt(0) === right.charAt(0).toLowerCase()) {
    return right.charAt(0).toUpperCase() + right.slice(1);
  }
  return right;
};

/** The term findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (const p of prose.paragraphs) {
    const taken: Array<readonly [number, number]> = [];
    for (const { entry, regex } of compiled) {
      for (const m of p.text.matchAll(regex)) {
        const from = m.index;
        const to = from + m[0].length;
        if (taken.some(([a, b]) => from < b && a < to)) continue;
        taken.push([from, to]);
        const suggestion = carryCase(m[0], entry.right.normalize("NFC"));
        out.push(
          Finding.at(prose, p, from, m[0].length, {
            rule: "term-misspelled",
            severity: entry.confidence === "certain" ? "error" : "warning",
            confidence: entry.confidence,
            message: `Viết sai «${m[0]}», đúng là «${suggestion}» (${entry.note}).`,
            suggestion,
          }),
        );
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
};
