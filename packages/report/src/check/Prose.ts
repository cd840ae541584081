/**
 * A report's text seen as prose: NFC-normalised, split into logical paragraphs (a paragraph broken
 * in the middle of a sentence — by a page break or a hard wrap — is joined back to the next one),
 * with a map from every logical character back to its place in the original text so that findings
 * can point at the right line and column.
 */

/** A run of logical characters that sits contiguously in the normalised text. */
interface Segment {
  readonly logical: number;
  readonly normalized: number;
  readonly length: number;
}

/** A logical paragraph: one or more non-empty lines joined with a single space. */
export interface Paragraph {
  /** The paragraph's text, trimmed, with broken lines joined by one space. */
  readonly text: string;
  /** 0-based position among the paragraphs of the text. */
  readonly ordinal: number;
  /** 1-based line of the original text where the paragraph starts. */
  readonly line: number;
  readonly segments: ReadonlyArray<Segment>;
}

/** A report text prepared for the rules. */
export interface Prose {
  /** The text as given. */
  readonly input: string;
  /** The NFC form that every rule reads. */
  readonly text: string;
  readonly paragraphs: ReadonlyArray<Paragraph>;
  /** Offset in `input` of an offset in `text`. */
  readonly toInput: (normalizedOffset: number) => number;
  /** 1-based line and column in `input` of an offset in `input`. */
  readonly position: (inputOffset: number) => { readonly line: number; readonly column: number };
}

/** Where a span of a paragraph's logical text lies in the given input. */
export interface Span {
  readonly index: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

// NFC per grapheme (a base character and its combining marks) keeps a character-exact map back
// to the input; Vietnamese composes within a grapheme, so the result equals text.normalize("NFC").
const normalizeWithMap = (input: string): { text: string; map: ReadonlyArray<number> | null } => {
  const whole = input.normalize("NFC");
  if (whole === input) return { text: input, map: null };
  const out: Array<string> = [];
  const map: Array<number> = [];
  const grapheme = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const m of input.matchAll(grapheme)) {
    const composed = m[0].normalize("NFC");
    for (let k = 0; k < composed.length; k++) map.push(m.index);
    out.push(composed);
  }
  map.push(input.length);
  return { text: out.join(""), map };
};

const endsSentence = /[.:;!?)\]”"'…/]$/u;
const startsLowercase = /^\p{Ll}/u;

/** Prepares a text for checking; cheap (linear in the text). */
export const make = (input: string): Prose => {
  const { text, map } = normalizeWithMap(input);
  const toInput = (i: number): number => (map === null ? i : (map[Math.max(0, Math.min(i, map.length - 1))] ?? input.length));

  const inputLineStarts: Array<number> = [0];
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 10) inputLineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = inputLineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((inputLineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (inputLineStarts[lo] ?? 0) + 1 };
  };

  // Non-empty lines, trimmed, with their offsets in the normalised text.
  const lines: Array<{ text: string; start: number; line: number }> = [];
  let lineNo = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.length > 0) lines.push({ text: trimmed, start: start + lead, line: lineNo });
      lineNo++;
      start = i + 1;
    }
  }

  const paragraphs: Array<Paragraph> = [];
  let k = 0;
  while (k < lines.length) {
    const first = lines[k] as (typeof lines)[number];
    const segments: Array<Segment> = [{ logical: 0, normalized: first.start, length: first.text.length }];
    let joined = first.text;
    while (k + 1 < lines.length) {
      const next = lines[k + 1] as (typeof lines)[number];
      if (endsSentence.test(joined) || !startsLowercase.test(next.text)) break;
      joined += " ";
      segments.push({ logical: joined.length, normalized: next.start, length: next.text.length });
      joined += next.text;
      k++;
    }
    paragraphs.push({ text: joined, ordinal: paragraphs.length, line: first.line, segments });
    k++;
  }
  return { input, text, paragraphs, toInput, position };
};

/** Offset in the normalised text of a logical offset of a paragraph. */
export const normalizedOffset = (p: Paragraph, logical: number): number => {
  let seg = p.segments[0] as Segment;
  for (const s of p.segments) if (s.logical <= logical) seg = s;
  return seg.normalized + Math.min(logical - seg.logical, seg.length);
};

/** Where a span of a paragraph's logical text lies in the input (for highlighting). */
export const span = (prose: Prose, p: Paragraph, logicalIndex: number, logicalLength: number): Span => {
  const from = prose.toInput(normalizedOffset(p, logicalIndex));
  // The end is taken just after the last character so that a span never swallows the blank lines
  // between the parts of a joined paragraph.
  const to = logicalLength === 0 ? from : prose.toInput(normalizedOffset(p, logicalIndex + logicalLength - 1) + 1);
  const pos = prose.position(from);
  return { index: from, length: to - from, line: pos.line, column: pos.column };
};
