/**
 * The quantities a paragraph states: counts ("35 nhiệm vụ", "1.788"), money ("9.961.000.000 đồng",
 * "1,5 tỷ đồng") and percentages ("49,5%"). Dates, years, document numbers ("19/KH-VPUBND"),
 * durations ("6 tháng đầu năm") and ordinals ("mức độ 3") are not quantities and are left out, so
 * that totals and rates are never computed from them.
 */
import * as VnMoney from "@cchc/domain/VnMoney";
import * as VnNumber from "@cchc/domain/VnNumber";
import { Either } from "effect";

/** What a quantity measures. */
export type QuantityKind = "count" | "money" | "percent";

/** One quantity found in a paragraph's text. */
export interface Quantity {
  readonly kind: QuantityKind;
  /** The value (đồng for money, percentage points for percent). */
  readonly value: number;
  /** Decimals written ("49,5" → 1). */
  readonly decimals: number;
  /** Offset of the number in the paragraph text and length of the number with its unit word(s). */
  readonly index: number;
  readonly length: number;
  /** The number as written. */
  readonly raw: string;
  /** Up to two lower-case words written right after the number ("nhiệm vụ", "thủ tục"), "" when none. */
  readonly noun: string;
  /** Word (lower case) right before the number, "" when none. */
  readonly wordBefore: string;
  /** Qualifier before a percentage that makes it approximate ("trên", "gần", …), "" when none. */
  readonly qualifier: string;
}

const NUMBER = /(?<![\p{L}\p{N}/.,:_-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{N}/_]|\.\d|,\d|:\d)/gu;
const MONEY_AFTER = /^\s*(triệu|tỷ|tỉ|nghìn|ngàn)?\s*(đồng|VNĐ|VND|đ)(?![\p{L}\p{N}])/u;
const PERCENT_AFTER = /^\s?%/u;
// A unit noun: lower-case words, or an acronym written in capitals ("7.518 TTHC", "5.650 HS").
const WORDS_AFTER = /^\s+(\p{Ll}+|\p{Lu}{2,6}(?![\p{L}]))(?:\s+(\p{Ll}+))?/u;
const WORD_BEFORE = /(\p{L}+)[\s:]*$/u;
const QUALIFIER = /(trên|dưới|gần|khoảng|hơn|xấp xỉ|gần như|tới|đến|tối thiểu|tối đa|ít nhất)\s*$/iu;
const DURATION = new Set(["tháng", "năm", "ngày", "giờ", "quý", "tuần", "phút"]);
const ORDINAL_BEFORE = new Set([
  "ngày",
  "tháng",
  "năm",
  "quý",
  "khóa",
  "khoá",
  "loại",
  "độ",
  "cấp",
  "đợt",
  "thứ",
  "điều",
  "khoản",
  "điểm",
  "hạng",
  "nhóm",
  "phiên",
]);

/** All quantities of a text, in order. Linear in the text. */
export const find = (text: string): ReadonlyArray<Quantity> => {
  const out: Array<Quantity> = [];
  for (const m of text.matchAll(NUMBER)) {
    const index = m.index;
    const raw = m[0];
    const intPart = m[1] ?? "";
    const after = text.slice(index + raw.length, index + raw.length + 40);
    const before = text.slice(Math.max(0, index - 30), index);
    const wordBefore = (WORD_BEFORE.exec(before)?.[1] ?? "").toLowerCase();
    const parsed = VnNumber.parseDecimalParts(raw);
    if (Either.isLeft(parsed)) continue;
    const { value, decimals } = parsed.right;

    const percent = PERCENT_AFTER.exec(after);
    if (percent) {
      const qualifier = (QUALIFIER.exec(before)?.[1] ?? "").toLowerCase();
      out.push({ kind: "percent", value, decimals, index, length: raw.length + percent[0].length, raw, noun: "", wordBefore, qualifier });
      continue;
    }
    const money = MONEY_AFTER.exec(after);
    if (money) {
      // VnMoney scales exactly with integers; an amount that is no whole number of đồng is skipped.
      const dong = Either.getOrNull(VnMoney.parseMoney(`${raw} ${money[1] ?? ""}`));
      if (dong === null) continue;
      out.push({
        kind: "money",
        value: dong,
        decimals: 0,
        index,
        length: raw.length + money[0].length,
        raw,
        noun: "đồng",
        wordBefore,
        qualifier: "",
      });
      continue;
    }
    if (decimals > 0) continue;
    // A bare four-digit number in the range of years is a year: counts that large carry a dot ("2.022").
    if (!intPart.includes(".") && intPart.length === 4 && value >= 1900 && value <= 2100) continue;
    if (ORDINAL_BEFORE.has(wordBefore)) continue;
    const words = WORDS_AFTER.exec(after);
    const first = words?.[1] ?? "";
    if (DURATION.has(first)) continue;
    const noun = words ? [words[1], words[2]].filter((w): w is string => w !== undefined).join(" ") : "";
    out.push({ kind: "count", value, decimals: 0, index, length: raw.length, raw, noun, wordBefore, qualifier: "" });
  }
  return out;
};

const cache = new WeakMap<object, ReadonlyArray<Quantity>>();

/** The quantities of a paragraph, computed once per paragraph (several rules read them). */
export const inParagraph = (p: { readonly text: string }): ReadonlyArray<Quantity> => {
  const hit = cache.get(p);
  if (hit) return hit;
  const found = find(p.text);
  cache.set(p, found);
  return found;
};
