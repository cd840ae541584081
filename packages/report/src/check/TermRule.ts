/**
 * Rule "term-misspelled": finds the wrong forms of the term list in every paragraph and proposes
 * the right form in the case the text used ("ĐÈ XUẤT" → "ĐỀ XUẤT", "Đè nghị" → "Đề nghị").
 */
import * as Text from "@cchc/domain/Text";
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";
import { type TermEntry, terms } from "./Terms.js";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const patternOf = (entry: TermEntry): string => {
  const body = entry.wrong.normalize("NFC").split(/\s+/).map(escapeRegExp).join("\\s+");
  const tail = entry.notFollowedBy === undefined ? "" : `(?!${entry.notFollowedBy})`;
  return `(${body})(?![\\p{L}\\p{N}])${tail}`;
};

interface Compiled {
  readonly entries: ReadonlyArray<TermEntry>;
  readonly regex: RegExp;
}

// One alternation per case mode, longest wrong forms first so that a phrase wins over a shorter
// entry inside it; the capturing group that matched tells the entry. One pass per paragraph.
const compile = (entries: ReadonlyArray<TermEntry>, flags: string): Compiled => {
  const sorted = [...entries].sort((a, b) => b.wrong.length - a.wrong.length);
  return { entries: sorted, regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(patternOf).join("|")})`, flags) };
};

const compiled: ReadonlyArray<Compiled> = [
  compile(
    terms.filter((t) => !t.caseSensitive),
    "giu",
  ),
  compile(
    terms.filter((t) => t.caseSensitive === true),
    "gu",
  ),
].filter((c) => c.entries.length > 0);

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
    for (const { entries, regex } of compiled) {
      for (const m of p.text.matchAll(regex)) {
        const entry = entries[m.slice(1).findIndex((g) => g !== undefined)];
        if (!entry) continue;
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
