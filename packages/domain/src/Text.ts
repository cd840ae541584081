/**
 * Text normalisation for Vietnamese: one canonical form (NFC, single spaces) so that equal words
 * compare equal whatever keyboard or PDF extractor produced them, and a diacritic-free fold for
 * search ("Đồng Tháp" → "dong thap").
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const COMBINING = /[\u0300-\u036f]/g;

/** NFC, trimmed, every run of white space (including no-break spaces) collapsed to one space. */
export const normalize = (s: string): string => s.normalize("NFC").replace(SPACES, " ").trim();

/** Lower-case text without diacritics and with đ → d, for search and loose comparison. */
export const foldDiacritics = (s: string): string =>
  normalize(s).normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase().normalize("NFC");

/**
 * Folds each UTF-16 unit to one unit (lower case unless `keepCase`, no diacritics, đ → d), so an index
 * found in the folded text is the same index in the NFC input; callers search the fold and slice the original.
 */
export const foldKeepingIndexes = (nfcText: string, options: { readonly keepCase?: boolean } = {}): string => {
  let out = "";
  for (const ch of nfcText) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : (ch.normalize("NFD")[0] ?? ch);
    if (options.keepCase) {
      out += base;
      continue;
    }
    const lower = base.toLowerCase();
    out += lower.length === 1 ? lower : base;
  }
  return out;
};

/** Whether two texts are equal after normalisation and diacritic folding. */
export const looselyEquals = (a: string, b: string): boolean => foldDiacritics(a) === foldDiacritics(b);

/** Upper-cases Vietnamese text (NFC kept), as headings "BÁO CÁO", "NƠI NHẬN" require. */
export const toUpper = (s: string): string => s.normalize("NFC").toUpperCase().normalize("NFC");

/**
 * A title or label inside a sentence: "Quý I năm 2022" → "quý I năm 2022", "Lớp bồi dưỡng…" →
 * "lớp bồi dưỡng…"; only the first letter changes, and only when a lowercase letter follows it, so
 * acronyms ("TTHC", "UBND") and Roman numerals keep their case.
 */
export const inSentence = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? `${s.charAt(0).toLocaleLowerCase("vi")}${s.slice(1)}` : s);
