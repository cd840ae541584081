/**
 * Cuts a text into plain and highlighted pieces from findings' `index`/`length` (UTF-16 offsets
 * in the checked text). Overlapping findings are clipped so that every character is shown once.
 */

/** A piece of the text: plain, or marked by the finding with number `finding` (0-based). */
export type Piece =
  | { readonly text: string; readonly finding: null }
  | { readonly text: string; readonly finding: number; readonly index: number; readonly length: number };

/** Splits `text` into pieces at the spans of `spans`. */
export const pieces = (text: string, spans: ReadonlyArray<{ readonly index: number; readonly length: number }>): ReadonlyArray<Piece> => {
  const order = spans
    .map((s, finding) => ({ ...s, finding }))
    .filter((s) => s.length > 0 && s.index >= 0 && s.index < text.length)
    .sort((a, b) => a.index - b.index || b.length - a.length);
  const out: Piece[] = [];
  let at = 0;
  for (const s of order) {
    const start = Math.max(s.index, at);
    const end = Math.min(s.index + s.length, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), finding: null });
    out.push({ text: text.slice(start, end), finding: s.finding, index: s.index, length: s.length });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
};
