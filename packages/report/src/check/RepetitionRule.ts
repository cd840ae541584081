/**
 * Rules of wording slips: "phrase-repeated" — a phrase written twice back to back ("Ủy ban nhân
 * dân Tỉnh, Ủy ban nhân dân Tỉnh"); "word-doubled" — a word doubled ("được được") or a quantifier
 * repeated around a verb ("triển khai các sử dụng các ứng dụng"); "bracket-unclosed" — a
 * parenthesis or quotation mark opened and not closed in its paragraph ("(Dự án: Kho lưu trữ…:").
 * Standing expressions that repeat on purpose ("một cửa, một cửa liên thông") are not findings.
 */
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";

interface Word {
  readonly text: string;
  readonly key: string;
  readonly index: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

const words = (text: string): ReadonlyArray<Word> =>
  [...text.matchAll(WORD)].map((m) => ({ text: m[0], key: m[0].toLocaleLowerCase("vi"), index: m.index, end: m.index + m[0].length }));

/** Phrases repeated on purpose. */
const ALLOWED_PHRASES = new Set(["một cửa"]);
/** Reduplications that are words of their own ("ngày ngày", "người người"). */
const ALLOWED_DOUBLES = new Set(["ngày", "người", "nhà", "năm", "tháng", "từng", "đời", "lâu", "xa", "mãi", "hàng"]);
/** Quantifiers that are not repeated around one verb ("các X các"), unless a level or a kind follows ("các cơ quan các cấp"). */
const QUANTIFIERS = new Set(["các", "những"]);
const AFTER_QUANTIFIER_OK = new Set(["cấp", "ngành", "loại", "lĩnh", "địa", "đơn", "sở", "huyện", "xã"]);

/** Only spaces, or a comma and spaces, between two words. */
const joined = (text: string, a: Word, b: Word): boolean => /^(?:\s*,)?\s+$/u.test(text.slice(a.end, b.index));

const phraseRepeated = (prose: Prose.Prose, p: Prose.Paragraph, ws: ReadonlyArray<Word>): Array<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  let skipUntil = -1;
  for (let i = 0; i < ws.length; i++) {
    if (i < skipUntil) continue;
    for (let n = 6; n >= 2; n--) {
      if (i + 2 * n > ws.length) continue;
      const first = ws.slice(i, i + n);
      const second = ws.slice(i + n, i + 2 * n);
      if (!first.every((w, k) => w.key === second[k]?.key)) continue;
      if (first.some((w) => /\d/u.test(w.text))) continue;
      if (!first.every((w, k) => k === 0 || /^\s+$/u.test(p.text.slice((first[k - 1] as Word).end, w.index)))) continue;
      const a = first[n - 1] as Word;
      const b = second[0] as Word;
      if (!joined(p.text, a, b)) continue;
      // "4.131 hồ sơ, hồ sơ tồn kỳ trước": a unit noun closing a figure, then a new clause naming its own.
      const comma = p.text.slice(a.end, b.index).includes(",");
      if (comma && n < 3) continue;
      if (/\d\s*$/u.test(p.text.slice(0, (first[0] as Word).index))) continue;
      const phrase = p.text.slice((first[0] as Word).index, a.end);
      if (ALLOWED_PHRASES.has(phrase.toLocaleLowerCase("vi"))) continue;
      const start = (first[0] as Word).index;
      const end = (second[n - 1] as Word).end;
      out.push(
        Finding.at(prose, p, start, end - start, {
          rule: "phrase-repeated",
          severity: "error",
          confidence: "likely",
          message: `Cụm từ "${phrase}" được viết hai lần liền nhau.`,
          suggestion: phrase,
        }),
      );
      skipUntil = i + 2 * n;
      break;
    }
  }
  return out;
};

const wordDoubled = (prose: Prose.Prose, p: Prose.Paragraph, ws: ReadonlyArray<Word>): Array<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i] as Word;
    const b = ws[i + 1] as Word;
    if (a.key === b.key && /^\s+$/u.test(p.text.slice(a.end, b.index)) && !ALLOWED_DOUBLES.has(a.key) && !/\d/u.test(a.text)) {
      out.push(
        Finding.at(prose, p, a.index, b.end - a.index, {
          rule: "word-doubled",
          severity: "error",
          confidence: "certain",
          message: `Từ "${a.text}" bị lặp.`,
          suggestion: a.text,
        }),
      );
      continue;
    }
    // "các sử dụng các": a quantifier, one or two syllables, the same quantifier, with nothing between.
    if (!QUANTIFIERS.has(a.key)) continue;
    for (const gap of [2, 3]) {
      const c = ws[i + gap];
      if (c === undefined || c.key !== a.key) continue;
      const after = ws[i + gap + 1];
      if (after !== undefined && AFTER_QUANTIFIER_OK.has(after.key)) continue;
      if (!/^[\p{L}\s]+$/u.test(p.text.slice(a.end, c.index))) continue;
      out.push(
        Finding.at(prose, p, a.index, c.end - a.index, {
          rule: "word-doubled",
          severity: "warning",
          confidence: "likely",
          message: `Từ "${a.text}" được viết hai lần quanh "${p.text.slice(a.end, c.index).trim()}"; có thể thừa một từ.`,
          suggestion: p.text.slice(a.end, c.end).trim(),
        }),
      );
      break;
    }
  }
  return out;
};

const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ["(", ")", "dấu ngoặc đơn"],
  ["“", "”", "dấu ngoặc kép"],
  ["[", "]", "dấu ngoặc vuông"],
];

const bracketUnclosed = (prose: Prose.Prose, p: Prose.Paragraph): Array<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (const [open, close, name] of PAIRS) {
    const stack: Array<number> = [];
    for (let i = 0; i < p.text.length; i++) {
      if (p.text[i] === open) stack.push(i);
      else if (p.text[i] === close) stack.pop();
    }
    for (const at of stack) {
      const end = Math.min(p.text.length, at + 60);
      out.push(
        Finding.at(prose, p, at, end - at, {
          rule: "bracket-unclosed",
          severity: "error",
          confidence: "certain",
          message: `Mở ${name} "${open}" nhưng không đóng "${close}" trong đoạn.`,
          suggestion: null,
        }),
      );
    }
  }
  // Straight quotes come in pairs.
  const straight = [...p.text.matchAll(/"/gu)].map((m) => m.index);
  if (straight.length % 2 === 1) {
    const at = straight[straight.length - 1] as number;
    out.push(
      Finding.at(prose, p, at, Math.min(p.text.length, at + 60) - at, {
        rule: "bracket-unclosed",
        severity: "error",
        confidence: "likely",
        message: 'Dấu ngoặc kép " không có dấu đóng trong đoạn.',
        suggestion: null,
      }),
    );
  }
  return out;
};

/** The wording findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> =>
  prose.paragraphs.flatMap((p) => {
    const ws = words(p.text);
    return [...phraseRepeated(prose, p, ws), ...wordDoubled(prose, p, ws), ...bracketUnclosed(prose, p)];
  });
