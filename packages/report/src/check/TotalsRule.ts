/**
 * Rules "parts-exceed-total" and "total-parts-mismatch": a total followed by "trong đó" and its
 * parts ("Tỉnh có 4 nhiệm vụ …, trong đó có 35 nhiệm vụ …, 9 nhiệm vụ …, không có nhiệm vụ trễ
 * hạn"), a number followed by a breakdown in brackets ("321.375 (trực tuyến: 60.705, trực tiếp …:
 * 260.670)"), and a "Trong đó:" paragraph followed by one part per paragraph. Parts are only
 * taken when they surely belong to the total: same kind of quantity, same unit noun (or labelled
 * "…: N"), outside nested brackets. Parts larger than the total are certain; parts adding up to
 * less are only likely wrong, because "trong đó" may list a selection.
 */
import * as VnNumber from "@cchc/domain/VnNumber";
import * as Finding from "./Finding.js";
import type * as Prose from "./Prose.js";
import * as Quantities from "./Quantities.js";

type Quantity = Quantities.Quantity;

interface Part {
  readonly value: number;
  readonly index: number;
  readonly end: number;
  /** Whether the part is written "label: N" (then it needs no unit noun). */
  readonly labelled: boolean;
  readonly noun: string;
}

/** What opens the parts of a total: "trong đó", "gồm", "bao gồm", "cụ thể" (then ":" or ","). */
const TRONG_DO = /(?<![\p{L}])(?:trong đó|bao gồm|gồm có|gồm|cụ thể(?: là| như sau)?)(?![\p{L}])\s*[:,]?\s*(?:có\s+)?/giu;
/** A following clause that is a total of its own: it opens its own parts, or starts with its own verb ("đang giải quyết 2.800 hồ sơ"). */
const OWN_TRIGGER = /(?<![\p{L}])(?:trong đó|bao gồm|gồm có|gồm|cụ thể)(?![\p{L}])/iu;
const OWN_VERB = /^\s*(?:và\s+)?(?:đang|đã|còn)\s+\p{L}+/iu;
const SENTENCE_END = /[.!?](?=\s|$)/gu;
const ZERO_PART = /(?<![\p{L}])(?:không có|chưa có)\s+(\p{Ll}+)/gu;
const MAX_GAP = 90;
// "tăng 20 hồ sơ so với cùng kỳ", "chiếm 30" compare, they are not parts.
const CHANGE_BEFORE = /(?:tăng|giảm|hơn|vượt|chiếm|so với|gấp)(?:\s+\p{L}+)?\s*$/iu;

const firstWord = (noun: string): string => noun.split(" ")[0] ?? "";

/** Bracket depth at every offset of a text (0 outside brackets). */
const depths = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") d++;
    out[i] = d;
    if (c === ")" && d > 0) d--;
  }
  out[text.length] = d;
  return out;
};

const sentenceEndAfter = (text: string, from: number): number => {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index : text.length;
};

const sentenceStartBefore = (text: string, at: number): number => {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index >= at) break;
    start = m.index + 1;
  }
  return start;
};

/** A segment after ";" that goes on listing parts: it names its part ("số hồ sơ quá hạn có 7.677", "có 3.254 hồ sơ …") or labels it ("…: 14.070"). */
const CONTINUES = /^\s*(?:số|có|còn)\s/iu;

/**
 * Where the parts opened at `from` end: the full stop, or — unless the parts were introduced by a
 * colon, a list whose items ";" separates — the first ";" outside brackets after which the text
 * does not go on naming parts ("; 900 hồ sơ chuyển kỳ sau" ends them, "; số hồ sơ quá hạn có 7.677
 * hồ sơ" does not).
 */
const clauseEnd = (text: string, from: number, colonList: boolean, depth: Uint8Array): number => {
  const stop = sentenceEndAfter(text, from);
  if (colonList) return stop;
  const base = depth[from] ?? 0;
  for (let i = from; i < stop; i++) {
    if (text[i] !== ";" || (depth[i] ?? 0) > base) continue;
    const rest = text.slice(i + 1, stop);
    const firstDigit = rest.search(/\d/u);
    const labelled = firstDigit > 0 && rest.slice(0, firstDigit).includes(":");
    if (!CONTINUES.test(rest) && !labelled) return i;
  }
  return stop;
};

/**
 * The start of the first clause (after "," or ";") in [from, to) that is a total of its own: it
 * starts with its own verb ("đang giải quyết 2.800 hồ sơ") or holds a quantity followed by its own
 * "trong đó"/"gồm" — its parts, and it, are not parts of the total before.
 */
const ownTotalStart = (text: string, from: number, to: number, quantities: ReadonlyArray<Quantity>): number => {
  for (let i = from; i < to; i++) {
    if (text[i] !== "," && text[i] !== ";") continue;
    const clauseTo = (() => {
      for (let j = i + 1; j < to; j++) if (text[j] === "," || text[j] === ";") return j;
      return to;
    })();
    const clause = text.slice(i + 1, clauseTo);
    const hasQuantity = quantities.some((q) => q.index > i && q.index < clauseTo);
    if (hasQuantity && OWN_VERB.test(clause)) return i;
  }
  return to;
};

const isLabelled = (text: string, q: Quantity): boolean => /:\s*$/u.test(text.slice(Math.max(0, q.index - 3), q.index));

const sameUnit = (total: Quantity, parts: ReadonlyArray<Part>): boolean => {
  if (total.kind === "money") return true;
  const totalNoun = firstWord(total.noun);
  const nouns = new Set(parts.filter((p) => p.noun !== "").map((p) => firstWord(p.noun)));
  if (totalNoun !== "") return [...nouns].every((n) => n === totalNoun) && parts.every((p) => p.noun !== "" || p.labelled);
  // A bare total ("1.788, trong đó: …") takes labelled parts or parts sharing one noun.
  return nouns.size <= 1 && parts.every((p) => p.labelled || p.noun !== "");
};

interface Comparison {
  readonly total: Quantity;
  readonly parts: ReadonlyArray<Part>;
  /** Whether the parts were found by a "trong đó" that may list only a selection. */
  readonly selection: boolean;
}

const judge = (prose: Prose.Prose, p: Prose.Paragraph, c: Comparison, spanFrom: number, spanTo: number): Finding.Finding | null => {
  const sum = c.parts.reduce((s, x) => s + x.value, 0);
  if (sum === c.total.value) return null;
  const unit = c.total.kind === "money" ? " đồng" : c.total.noun ? ` ${c.total.noun}` : "";
  const terms = c.parts.map((x) => VnNumber.formatInteger(x.value)).join(" + ");
  const sumText = `${terms} = ${VnNumber.formatInteger(sum)}${unit}`;
  const totalText = `${VnNumber.formatInteger(c.total.value)}${unit}`;
  if (sum > c.total.value) {
    return Finding.at(prose, p, spanFrom, spanTo - spanFrom, {
      rule: "parts-exceed-total",
      severity: "error",
      confidence: "certain",
      message: `Các số liệu thành phần (${sumText}) lớn hơn tổng số ${totalText}; kiểm tra lại tổng số hoặc các thành phần.`,
      suggestion: null,
    });
  }
  if (c.selection && c.parts.length < 2) return null;
  return Finding.at(prose, p, spanFrom, spanTo - spanFrom, {
    rule: "total-parts-mismatch",
    severity: "error",
    confidence: c.selection ? "likely" : "certain",
    message: `Tổng các số liệu thành phần (${sumText}) không bằng tổng số ${totalText}.`,
    suggestion: null,
  });
};

/** Parts of a "trong đó" clause: top-level quantities of the total's kind, and "không có <noun>" as 0. */
const partsIn = (text: string, from: number, to: number, total: Quantity, all: ReadonlyArray<Quantity>, depth: Uint8Array): Array<Part> => {
  const base = depth[from] ?? 0;
  const parts: Array<Part> = all
    .filter((q) => q.index >= from && q.index < to && q.kind === total.kind && (depth[q.index] ?? 0) === base)
    .filter((q) => !CHANGE_BEFORE.test(text.slice(Math.max(from, q.index - 16), q.index)))
    .map((q) => ({ value: q.value, index: q.index, end: q.index + q.length, labelled: isLabelled(text, q), noun: q.noun }));
  const region = text.slice(from, to);
  for (const m of region.matchAll(ZERO_PART)) {
    const at = from + m.index;
    if ((depth[at] ?? 0) !== base || total.noun === "" || firstWord(total.noun) !== m[1]) continue;
    // Highlight the whole noun ("không có nhiệm vụ"), not only its first word.
    const rest = total.noun.split(" ").slice(1).join(" ");
    const end = at + m[0].length + (rest !== "" && text.startsWith(` ${rest}`, at + m[0].length) ? rest.length + 1 : 0);
    parts.push({ value: 0, index: at, end, labelled: false, noun: total.noun });
  }
  return parts.sort((a, b) => a.index - b.index);
};

/** A check of one paragraph, given its quantities and bracket depths. */
type ParagraphCheck = (
  prose: Prose.Prose,
  p: Prose.Paragraph,
  quantities: ReadonlyArray<Quantity>,
  depth: Uint8Array,
) => Array<Finding.Finding>;

const checkTrongDo: ParagraphCheck = (prose, p, quantities, depth) => {
  const out: Array<Finding.Finding> = [];
  const text = p.text;
  // Quantities already taken as the parts of an earlier total: not the total of a later clause.
  const consumed = new Set<number>();
  for (const m of text.matchAll(TRONG_DO)) {
    const sentenceStart = sentenceStartBefore(text, m.index);
    const level = depth[m.index] ?? 0;
    const candidates = [...quantities]
      .reverse()
      .filter((q) => q.index < m.index && q.index >= sentenceStart && (depth[q.index] ?? 0) === level && !consumed.has(q.index))
      .filter((q) => q.kind !== "percent" && m.index - (q.index + q.length) <= MAX_GAP);
    const from = m.index + m[0].length;
    let to = clauseEnd(text, from, /:\s*$/u.test(m[0]), depth);
    // Inside brackets the clause ends with the bracket; a second "trong đó" starts another clause.
    if (level > 0) {
      const close = text.indexOf(")", from);
      if (close >= 0 && close < to) to = close;
    }
    const next = text.slice(from, to).search(OWN_TRIGGER);
    if (next >= 0) to = from + next;
    to = ownTotalStart(text, from, to, quantities);
    // The total is the nearest earlier figure the parts share a unit with ("7.518 TTHC ở 3 cấp: …, trong đó: 3.595 TTHC …").
    let total: Quantity | undefined;
    let parts: Array<Part> = [];
    for (const c of candidates) {
      const ps = partsIn(text, from, to, c, quantities, depth);
      if (ps.length > 0 && sameUnit(c, ps)) {
        total = c;
        parts = ps;
        break;
      }
    }
    if (total === undefined) continue;
    for (const x of parts) consumed.add(x.index);
    // A part as large as the total means the list overlaps ("mức độ 1, 2 là 2.268 thủ tục, mức độ 3 …"): not a breakdown.
    if (parts.some((x) => x.value === total.value)) continue;
    const last = parts[parts.length - 1] as Part;
    const f = judge(prose, p, { total, parts, selection: true }, total.index, last.end);
    if (f) out.push(f);
  }
  return out;
};

const checkBrackets: ParagraphCheck = (prose, p, quantities, depth) => {
  const out: Array<Finding.Finding> = [];
  const text = p.text;
  for (const total of quantities) {
    if (total.kind === "percent") continue;
    const after = text.slice(total.index + total.length);
    const open = /^\s*\(/u.exec(after);
    if (!open) continue;
    const from = total.index + total.length + open[0].length;
    const close = text.indexOf(")", from);
    if (close < 0) continue;
    const inner = text.slice(from, close);
    if (/trong đó|gồm có|bao gồm/iu.test(inner) || inner.includes("%")) continue;
    const parts = partsIn(text, from, close, total, quantities, depth);
    // A breakdown in brackets lists every part, each labelled: "(trực tuyến: 60.705, trực tiếp: 260.670)".
    if (parts.length < 2 || !parts.every((x) => x.labelled)) continue;
    const f = judge(prose, p, { total, parts, selection: false }, total.index, close + 1);
    if (f) out.push(f);
  }
  return out;
};

// A Markdown rendering escapes the markers ("\\- ", "\\+ ", "\\* "): the marker is the character after the backslash.
const MARKER = /^\\?([-+*•–])\s*/u;
const markerOf = (text: string): string => MARKER.exec(text)?.[1] ?? "";
const STANDALONE_TRONG_DO = /^(?:\\?[-+*•–]\s*)?trong đó\s*:?\s*$/iu;
const HEADING = /^(?:[IVXLC]+|\d{1,2})\.\s/u;

const checkListAfter = (prose: Prose.Prose): Array<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  const paragraphs = prose.paragraphs;
  paragraphs.forEach((p, k) => {
    if (!STANDALONE_TRONG_DO.test(p.text) || k === 0) return;
    const before = paragraphs[k - 1] as Prose.Paragraph;
    const totals = Quantities.inParagraph(before);
    const total = totals[totals.length - 1];
    // The total must close its paragraph ("… được giao: 19.961.000.000 đồng.").
    if (!total || total.kind === "percent" || !/^[\s.:;]*$/u.test(before.text.slice(total.index + total.length))) return;
    const parts: Array<{ paragraph: Prose.Paragraph; q: Quantity }> = [];
    let marker: string | null = null;
    for (let j = k + 1; j < paragraphs.length; j++) {
      const item = paragraphs[j] as Prose.Paragraph;
      if (HEADING.test(item.text)) break;
      const m = markerOf(item.text);
      if (marker !== null && m !== marker) break;
      const depth = depths(item.text);
      const qs = Quantities.inParagraph(item).filter((q) => q.kind === total.kind && (depth[q.index] ?? 0) === 0);
      const q = qs[0];
      if (qs.length !== 1 || q === undefined || !isLabelled(item.text, q)) break;
      if (total.kind === "count" && total.noun !== "" && q.noun !== "" && firstWord(q.noun) !== firstWord(total.noun)) break;
      marker = m;
      parts.push({ paragraph: item, q });
    }
    if (parts.length < 2) return;
    const sum = parts.reduce((s, x) => s + x.q.value, 0);
    if (sum === total.value) return;
    const f = judge(
      prose,
      before,
      {
        total,
        parts: parts.map((x) => ({ value: x.q.value, index: x.q.index, end: x.q.index + x.q.length, labelled: true, noun: x.q.noun })),
        selection: true,
      },
      total.index,
      total.index + total.length,
    );
    if (f) out.push(f);
  });
  return out;
};

/** The total-versus-parts findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (const p of prose.paragraphs) {
    if (!/\d/u.test(p.text)) continue;
    const quantities = Quantities.inParagraph(p);
    if (quantities.length < 2) continue;
    const depth = depths(p.text);
    out.push(...checkTrongDo(prose, p, quantities, depth), ...checkBrackets(prose, p, quantities, depth));
  }
  out.push(...checkListAfter(prose));
  return out.sort((a, b) => a.index - b.index);
};
