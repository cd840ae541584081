/**
 * Rule "rate-mismatch": a stated percentage must be its counts' ratio rounded at the stated
 * decimals (VnRate.matches). Prose does not say which numbers a rate divides, so the rule reads two
 * structures and stays silent otherwise:
 * - counts after the rate in its sentence ("Tỷ lệ giải quyết PAKN 98,5%, trong đó Tổng số PAKN đã
 *   tiếp nhận 137, số PAKN đã giải quyết xong 135");
 * - the nearest amount before the rate as numerator, and the nearest earlier amount of the same
 *   kind that is not smaller as denominator ("Kinh phí tự chủ: 9.961.000.000 đồng … thực hiện:
 *   4.923.692.615 đồng … đạt tỷ lệ: 49,5%").
 * A mismatch is reported only when the computed rate is close to the stated one (so the pair is
 * surely the right one) and no other pair of nearby amounts gives the stated rate exactly.
 */

import * as VnNumber from "@cchc/domain/VnNumber";
import * as VnRate from "@cchc/domain/VnRate";
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";
import * as Quantities from "./Quantities.js";

type Quantity = Quantities.Quantity;

const LOOK_BACK_PARAGRAPHS = 4;
const HEADING = /^(?:[IVXLC]+|\d{1,2})\.\s/u;
const SENTENCE_END = /[.!?](?=\s|$)/u;

interface Located {
  readonly q: Quantity;
  /** Paragraph distance back from the rate's paragraph (0 = same). */
  readonly back: number;
}

const CHANGE_BEFORE = /(?:tăng|giảm|vượt|hơn|gấp)(?:\s+\p{L}+)?\s*$/iu;

/** A count written with a bound or in thousands ("gần 82 ngàn", "trên 48,6 ngàn") is not exact. */
const approximate = (q: Quantity): boolean =>
  q.qualifier !== "" || /^(?:gần|trên|khoảng|hơn|dưới|xấp)$/iu.test(q.wordBefore) || /^(?:ngàn|nghìn|triệu|tỷ)\b/u.test(q.noun);

const tolerance = (stated: number): number => Math.max(1, stated * 0.05);

const close = (stated: Quantity, n: number, d: number): boolean => {
  const computed = VnRate.computeRate(n, d, stated.decimals);
  return computed !== null && Math.abs(computed - stated.value) <= tolerance(stated.value);
};

const describe = (n: number, d: number, unit: string): string =>
  `${VnNumber.formatInteger(n)}${unit} / ${VnNumber.formatInteger(d)}${unit}`;

const findingFor = (
  prose: Prose.Prose,
  p: Prose.Paragraph,
  rate: Quantity,
  amounts: Quantities.QuantityKind,
  n: number,
  d: number,
): Finding.Finding | null => {
  const check = VnRate.check({ value: rate.value, decimals: rate.decimals }, n, d);
  if (check.matches || check.computed === null) return null;
  const computedText = VnRate.formatPercent(check.computed, rate.decimals);
  const statedText = VnRate.formatPercent(rate.value, rate.decimals);
  const unit = amounts === "money" ? " đồng" : "";
  const truncated = check.matchesIfTruncated ? " (tỷ lệ nêu là số bị cắt bớt chữ số, không làm tròn)" : "";
  return Finding.at(prose, p, rate.index, rate.length, {
    rule: "rate-mismatch",
    severity: "error",
    confidence: "likely",
    message: `Tỷ lệ nêu ${statedText} không khớp với số liệu: ${describe(n, d, unit)} = ${computedText}${truncated}.`,
    suggestion: computedText,
  });
};

const sentenceEnd = (text: string, from: number): number => {
  const m = SENTENCE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
};

const sentenceStart = (text: string, at: number): number => {
  const m = /[.!?]\s(?!.*[.!?]\s)/su.exec(text.slice(0, at));
  return m ? m.index + 1 : 0;
};

/**
 * The numerator is the nearest amount and the denominator the nearest earlier one that is not
 * smaller; when both nearest amounts are in the rate's own sentence ("giải quyết 2 hồ sơ trong
 * tổng số 3 hồ sơ, đạt 66,7%") their order does not matter.
 */
const pairBefore = (
  sameKind: ReadonlyArray<Located>,
  rate: Quantity,
  ownSentenceStart: number,
): { numerator: Located; denominator: Located } | null => {
  const [a, b] = sameKind;
  if (!a) return null;
  const fits = (n: Located, d: Located): boolean => (rate.value <= 100 ? d.q.value >= n.q.value : d.q.value < n.q.value);
  const inSentence = (x: Located): boolean => x.back === 0 && x.q.index >= ownSentenceStart;
  if (b && inSentence(a) && inSentence(b) && fits(b, a)) return { numerator: b, denominator: a };
  const denominator = sameKind.slice(1).find((x) => fits(a, x));
  return denominator ? { numerator: a, denominator } : null;
};

/** Amounts before the rate: its own paragraph first (nearest first), then earlier paragraphs of the same part. */
const amountsBefore = (prose: Prose.Prose, p: Prose.Paragraph, own: ReadonlyArray<Quantity>, rate: Quantity): Array<Located> => {
  const out: Array<Located> = own
    .filter((q) => q.kind !== "percent" && q.index < rate.index)
    .reverse()
    .map((q) => ({ q, back: 0 }));
  for (let back = 1; back <= LOOK_BACK_PARAGRAPHS; back++) {
    const earlier = prose.paragraphs[p.ordinal - back];
    if (!earlier) break;
    const qs = Quantities.inParagraph(earlier).filter((q) => q.kind !== "percent");
    out.push(...qs.reverse().map((q) => ({ q, back })));
    if (HEADING.test(earlier.text)) break;
  }
  return out;
};

const checkRate = (prose: Prose.Prose, p: Prose.Paragraph, own: ReadonlyArray<Quantity>, rate: Quantity): Finding.Finding | null => {
  // Counts stated right after the rate, in its sentence.
  const end = sentenceEnd(p.text, rate.index);
  const after = own.filter((q) => q.index > rate.index && q.index < end && q.kind !== "percent");
  const a = after[0];
  const b = after[1];
  if (a && b && a.kind === b.kind) {
    const n = Math.min(a.value, b.value);
    const d = Math.max(a.value, b.value);
    const stated = rate.value > 100 ? { n: d, d: n } : { n, d };
    if (VnRate.matches(rate.value, rate.decimals, stated.n, stated.d)) return null;
    if (close(rate, stated.n, stated.d)) return findingFor(prose, p, rate, a.kind, stated.n, stated.d);
    // The counts after the rate belong to another clause ("…; cấp xã tiếp nhận 26.030 hồ sơ, với 3.399 …"): look before it.
  }

  const before = amountsBefore(prose, p, own, rate);
  const nearest = before[0];
  if (!nearest || nearest.back > 1) return null;
  const kind = nearest.q.kind;
  const sameKind = before.filter((x) => x.q.kind === kind);
  const pair = pairBefore(sameKind, rate, sentenceStart(p.text, rate.index));
  if (!pair) return null;
  const { numerator, denominator } = pair;
  // Rounded or bounded counts ("gần 82 ngàn", "trên 83 ngàn") give no exact rate to compare with.
  if (approximate(numerator.q) || approximate(denominator.q)) return null;
  if (VnRate.matches(rate.value, rate.decimals, numerator.q.value, denominator.q.value)) return null;
  // Another pair of nearby amounts giving the stated rate means we picked the wrong pair: stay
  // silent. Nearby: the rate's own paragraph when both counts are in it, else the amounts looked at.
  // The counts after the rate in its sentence count too ("19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn giải quyết 19.944 hồ sơ").
  const later = after.filter((q) => q.kind === kind).map((q) => ({ q, back: 0 }));
  const nearby = [...(numerator.back === 0 && denominator.back === 0 ? sameKind.filter((x) => x.back === 0) : sameKind), ...later];
  for (const x of nearby) {
    for (const y of nearby) {
      if (x !== y && VnRate.matches(rate.value, rate.decimals, x.q.value, y.q.value)) return null;
    }
  }
  if (!close(rate, numerator.q.value, denominator.q.value)) return null;
  return findingFor(prose, p, rate, kind, numerator.q.value, denominator.q.value);
};

/** The rate findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (const p of prose.paragraphs) {
    if (!p.text.includes("%")) continue;
    const own = Quantities.inParagraph(p);
    for (const rate of own) {
      // "trên 66,7%" or "dưới 10%" are bounds, not stated rates.
      if (rate.kind !== "percent" || rate.qualifier !== "") continue;
      // "tăng 5,2% so với cùng kỳ" is a change, not a ratio of the amounts around it.
      if (CHANGE_BEFORE.test(p.text.slice(Math.max(0, rate.index - 16), rate.index))) continue;
      const f = checkRate(prose, p, own, rate);
      if (f) out.push(f);
    }
  }
  return out;
};
