/**
 * The figures a narrative states, found in its text so that they can be highlighted: counts
 * written the Vietnamese way ("1.788", "335.445", "03") and percentages ("66,7%", "98,5 %").
 * Numbers that are part of a code or a date ("19/KH-VPUBND", "25/12/2021", "ngày 25 tháng 12 năm
 * 2021", "Quyết định số 766") are not figures. The checker's findings (`POST /checks`) are laid
 * over the figures: a span a finding covers shows the finding, the other figures show as figures.
 */
import { type Piece, pieces } from "../check/Highlight";

/** A figure stated in a text: UTF-16 offset and length, and whether it is a percentage. */
export interface Figure {
  readonly index: number;
  readonly length: number;
  readonly kind: "count" | "percent";
}

// a number in Vietnamese notation, optionally a percentage; not glued to letters, digits, "/" or "-"
const NUMBER =
  /(?<![\p{L}\p{N}/.,-])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:\s?%)?(?![\p{L}\p{N}/-])|(?<![\p{L}\p{N}/.,-])\d+(?:,\d+)?(?:\s?%)?(?![\p{L}\p{N}/-]|[.,]\d)/gu;
// words after which a number names a day, a month, a year or a document, not a quantity
const NAMING_WORD = /(?:ngày|tháng|năm|số|Số|khoản|điều|Điều|mục|Mục|kỳ)\s+$/u;

/** The figures stated in `text`, in order. */
export const figuresOf = (text: string): ReadonlyArray<Figure> => {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const index = m.index ?? 0;
    if (NAMING_WORD.test(text.slice(Math.max(0, index - 12), index))) continue;
    out.push({ index, length: m[0].length, kind: m[0].endsWith("%") ? "percent" : "count" });
  }
  return out;
};

/** A piece of a narrative's text: plain, a figure, or the span of the checker's finding number `finding`. */
export type MarkedPiece =
  | { readonly text: string; readonly mark: "plain" }
  | { readonly text: string; readonly mark: "figure"; readonly kind: Figure["kind"] }
  | { readonly text: string; readonly mark: "finding"; readonly finding: number };

const overlaps = (a: { index: number; length: number }, b: { index: number; length: number }) =>
  a.index < b.index + b.length && b.index < a.index + a.length;

/** Cuts `text` into plain pieces, figures, and the spans of `findings` (which win over figures). */
export const markedPieces = (
  text: string,
  findings: ReadonlyArray<{ readonly index: number; readonly length: number }>,
): ReadonlyArray<MarkedPiece> => {
  const figures = figuresOf(text).filter((f) => !findings.some((x) => x.length > 0 && overlaps(f, x)));
  const spans = [...findings, ...figures];
  return pieces(text, spans).map((p: Piece): MarkedPiece => {
    if (p.finding === null) return { text: p.text, mark: "plain" };
    if (p.finding < findings.length) return { text: p.text, mark: "finding", finding: p.finding };
    return { text: p.text, mark: "figure", kind: figures[p.finding - findings.length]?.kind ?? "count" };
  });
};
