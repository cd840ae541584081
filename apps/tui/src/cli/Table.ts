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

/** One column of a table. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  readonly align?: "left" | "right";
  /** Longest the column may get; longer cells are cut with "…". */
  readonly max?: number;
}

/** Renders rows as an aligned table with a header and a rule under it. */
export const renderTable = <Row>(columns: ReadonlyArray<Column<Row>>, rows: ReadonlyArray<Row>): string => {
  const cells = rows.map((r) => columns.map((c) => (c.max ? truncate(c.cell(r), c.max) : c.cell(r)).replace(/\s*\n\s*/g, " ")));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i] ?? ""))));
  const line = (values: ReadonlyArray<string>) =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n");
};
