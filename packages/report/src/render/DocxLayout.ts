/**
 * The page and type of Nghị định 30/2020/NĐ-CP, Phụ lục I, in Word units: A4 portrait, margins
 * top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman in black, body 14 pt justified
 * with a 1,27 cm first-line indent and 6 pt after each paragraph. Sizes are half-points (w:sz),
 * lengths twips (1 mm ≈ 56,7 twips).
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";

/** Twips in a millimetre. */
const MM = 1440 / 25.4;

/** Page geometry in twips. */
export const page = {
  width: 11906,
  height: 16838,
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
  /** Distance of the page-number header from the top edge (10 mm). */
  header: Math.round(10 * MM),
  footer: Math.round(10 * MM),
} as const;

/** Width of the text block in twips. */
export const textWidth = page.width - page.left - page.right;

/** The font of every run. */
export const FONT = "Times New Roman";

/** Font sizes in half-points. */
export const size = {
  body: 28,
  header: 26,
  nationalTitle: 24,
  motto: 26,
  type: 28,
  recipientsTitle: 24,
  recipients: 22,
  table: 24,
  pageNumber: 26,
} as const;

/** First-line indent of body paragraphs: 1,27 cm. */
export const FIRST_LINE = 720;

/** Space after a paragraph: 6 pt (in twentieths of a point). */
export const AFTER = 120;

/** Single line spacing (240) opened to 1,2, as official texts print. */
export const LINE = 288;

/** A black run of Times New Roman. */
export const run = (text: string, options: { size?: number; bold?: boolean; italics?: boolean; highlight?: boolean } = {}): TextRun =>
  new TextRun({
    text,
    font: FONT,
    color: "000000",
    size: options.size ?? size.body,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    ...(options.highlight ? { highlight: "yellow" as const } : {}),
  });

/** A centred line of the header blocks. */
export const centred = (text: string, options: { size?: number; bold?: boolean; italics?: boolean; after?: number } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: options.after ?? 0, line: 240 },
    children: [run(text, options)],
  });

/**
 * A short horizontal rule: an empty paragraph whose bottom border is narrowed by indents, so it
 * is `width` twips long and centred in a column `column` twips wide.
 */
export const rule = (column: number, width: number, after = 0): Paragraph => {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 120, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { size: 4, font: FONT },
    children: [],
  });
};
