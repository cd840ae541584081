/**
 * Aligned text tables for terminals. Widths are measured in terminal columns, not UTF-16 units:
 * combining marks take none (text is NFC, so Vietnamese letters are one column), East Asian wide
 * characters and emoji take two.
 */

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

const MARK = /\p{M}/u;
const isZeroWidth = (ch: string, cp: number): boolean => MARK.test(ch) || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || cp === 0xfe0f;

/** Terminal columns a string takes. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isZeroWidth(ch, cp)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
};

/** Cuts a string to at most `max` columns, ending with "…" when cut. */
export const truncate = (text: string, max: number): string => {
  if (displayWidth(text) <= max) return text;
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
};

/** Pads a string with spaces to `width` columns (on the left for numbers). */
export const pad = (text: string, width: number, align: "left" | "right" = "left"): string => {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? gap + text : text + gap;
};

/** How a column gives way when the table is wider than the terminal. */
export type Shrink = "wrap" | "truncate";

/** One column of a table. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  readonly align?: "left" | "right";
  /** Longest the column may get: longer cells wrap or are cut with "…" (as `shrink` says; cut when unset). */
  readonly max?: number;
  /**
   * Whether the column may narrow to fit the terminal: "wrap" onto more lines (messages,
   * identifiers: nothing is lost) or "truncate" with "…" (comments, excerpts). Unset: the column
   * keeps its width — numbers and short labels are never cut.
   */
  readonly shrink?: Shrink;
  /** Narrowest the column may get when shrinking (default: its header's width, at least 6). */
  readonly min?: number;
}

/** Widest a table may be when the output is not a terminal. */
export const DEFAULT_WIDTH = 100;

const GAP = 2;

/** Where a line may break after `ch`: a space, or a separator inside an identifier (not inside a number: "4.923.692.615"). */
const breaksAfter = (ch: string, next: string | undefined): boolean =>
  /\s/.test(ch) || ("-./;=_|".includes(ch) && next !== undefined && /\p{L}/u.test(next));

/** Cuts a word longer than `width` into pieces of at most `width` columns. */
const hardSplit = (word: string, width: number): Array<string> => {
  const pieces: Array<string> = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
};

/** Wraps text into lines of at most `width` columns, breaking between words (and inside identifiers at their separators). */
export const wrap = (text: string, width: number): ReadonlyArray<string> => {
  const chars = [...text.normalize("NFC").replace(/\s+/g, " ").trim()];
  const tokens: Array<string> = [];
  let token = "";
  chars.forEach((ch, i) => {
    token += ch;
    if (breaksAfter(ch, chars[i + 1])) {
      tokens.push(token);
      token = "";
    }
  });
  if (token !== "") tokens.push(token);
  const lines: Array<string> = [];
  let line = "";
  for (const t of tokens) {
    if (displayWidth((line + t).trimEnd()) <= width) {
      line += t;
      continue;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
    const pieces = displayWidth(t.trimEnd()) > width ? hardSplit(t.trimEnd(), width) : [t];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? "";
  }
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines;
};

/** What sizing a column needs: all but its cells (so columns of any row type fit). */
type ColumnSizing = Omit<Column<never>, "cell">;

const minOf = (c: ColumnSizing): number => Math.max(c.min ?? Math.max(displayWidth(c.header), 6), 1);

const sum = (ws: ReadonlyArray<number>): number => ws.reduce((a, b) => a + b, 0);

/** Shares `room` among the columns `flex` in proportion to their natural widths, never below their minimum. */
const share = (columns: ReadonlyArray<ColumnSizing>, flex: ReadonlyArray<number>, widths: Array<number>, room: number): void => {
  const minAt = (i: number): number => {
    const c = columns[i];
    return c ? minOf(c) : 1;
  };
  const natural = flex.map((i) => widths[i] ?? 0);
  const total = sum(natural);
  flex.forEach((i, k) => {
    widths[i] = Math.max(minAt(i), Math.min(natural[k] ?? 0, Math.floor(((natural[k] ?? 0) * room) / total)));
  });
  const used = () => sum(flex.map((i) => widths[i] ?? 0));
  while (used() > room) {
    const shrinkable = flex.filter((i) => (widths[i] ?? 0) > minAt(i));
    if (shrinkable.length === 0) break;
    const widest = shrinkable.reduce((a, b) => ((widths[b] ?? 0) >= (widths[a] ?? 0) ? b : a));
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  while (used() < room) {
    const growable = flex.filter((i, k) => (widths[i] ?? 0) < (natural[k] ?? 0));
    if (growable.length === 0) break;
    const gap = (i: number) => (natural[flex.indexOf(i)] ?? 0) - (widths[i] ?? 0);
    const most = growable.reduce((a, b) => (gap(b) > gap(a) ? b : a));
    widths[most] = (widths[most] ?? 0) + 1;
  }
};

/**
 * Column widths that fit `total` columns. Columns that may be cut give way first (a comment
 * matters less than a message), then the columns that wrap; each group shares the room the others
 * leave in proportion to their natural widths, never below its minimum. When even the minimums do
 * not fit, the table overflows rather than cutting a number.
 */
export const fitWidths = (columns: ReadonlyArray<ColumnSizing>, natural: ReadonlyArray<number>, total: number): ReadonlyArray<number> => {
  const widths = [...natural];
  const gaps = GAP * Math.max(0, columns.length - 1);
  for (const kind of ["truncate", "wrap"] as const) {
    if (sum(widths) + gaps <= total) break;
    const flex = columns.flatMap((c, i) => (c.shrink === kind && (widths[i] ?? 0) > minOf(c) ? [i] : []));
    if (flex.length === 0) continue;
    const others = sum(widths.filter((_, i) => !flex.includes(i)));
    share(columns, flex, widths, total - gaps - others);
  }
  return widths;
};

/**
 * Renders rows as an aligned table with a header and a rule under it, at most `width` terminal
 * columns wide (see `fitWidths`): text columns wrap onto more lines or are cut with "…".
 */
export const renderTable = <Row>(columns: ReadonlyArray<Column<Row>>, rows: ReadonlyArray<Row>, width = DEFAULT_WIDTH): string => {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const text = c.cell(r).replace(/\s*\n\s*/g, " ");
      return c.max && c.shrink !== "wrap" ? truncate(text, c.max) : text;
    }),
  );
  const natural = columns.map((c, i) =>
    Math.min(Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i] ?? ""))), c.max ?? Number.POSITIVE_INFINITY),
  );
  const widths = fitWidths(columns, natural, width);
  const lines = (values: ReadonlyArray<string>): ReadonlyArray<string> => {
    const parts = values.map((v, i) => {
      const w = widths[i] ?? 0;
      if (displayWidth(v) <= w) return [v];
      return columns[i]?.shrink === "wrap" ? wrap(v, w) : [truncate(v, w)];
    });
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) =>
      parts
        .map((p, i) => pad(p[k] ?? "", widths[i] ?? 0, columns[i]?.align))
        .join(" ".repeat(GAP))
        .trimEnd(),
    );
  };
  return [...lines(columns.map((c) => c.header)), widths.map((w) => "─".repeat(w)).join(" ".repeat(GAP)), ...cells.flatMap(lines)].join(
    "\n",
  );
};
