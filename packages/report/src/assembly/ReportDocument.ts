/**
 * The report as a document model: header, numbered sections of paragraphs and tables, the
 * closing (recipients and signature) and an appendix, with every figure already formatted in
 * Vietnamese. Renderers (Word, Markdown, HTML, Excel) only lay it out; they never compute.
 * Figures keep their indicator, value and whether they are missing, so a preview can mark them
 * and the spreadsheet can write numbers and formulas instead of text.
 */
import { ValueKey } from "@cchc/domain/indicators/Value";
import { Schema } from "effect";

/** Which figure: an indicator and its disaggregation ("" is the total), the domain's value key. */
const figureKey = ValueKey.fields;
/** Whose figure: the unit's code and name. */
const figureUnit = { unit: Schema.String, unitName: Schema.String };

/** A run of plain text. */
export const TextRun = Schema.Struct({
  kind: Schema.Literal("text"),
  text: Schema.String,
  bold: Schema.optional(Schema.Boolean),
  italic: Schema.optional(Schema.Boolean),
}).annotations({ identifier: "ReportTextRun" });
export type TextRun = typeof TextRun.Type;

/** A figure filled from an indicator value or a computed rate ("[chưa có số liệu]" when missing). */
export const FigureRun = Schema.Struct({
  kind: Schema.Literal("figure"),
  text: Schema.String,
  ...figureKey,
  unit: Schema.String,
  value: Schema.NullOr(Schema.Number),
  missing: Schema.Boolean,
}).annotations({ identifier: "ReportFigureRun" });
export type FigureRun = typeof FigureRun.Type;

/** Any inline content of a paragraph. */
export const Run = Schema.Union(TextRun, FigureRun);
export type Run = typeof Run.Type;

/** A body paragraph (its "- " or "+ " marker, if any, is part of the text). */
export const Paragraph = Schema.Struct({
  kind: Schema.Literal("paragraph"),
  runs: Schema.Array(Run),
}).annotations({ identifier: "ReportParagraph" });
export type Paragraph = typeof Paragraph.Type;

/** An unnumbered bold line inside a section ("Kết quả thực hiện của Ủy ban nhân dân Tỉnh"). */
export const Subheading = Schema.Struct({
  kind: Schema.Literal("subheading"),
  text: Schema.String,
}).annotations({ identifier: "ReportSubheading" });
export type Subheading = typeof Subheading.Type;

/** A column of a table. */
export const TableColumn = Schema.Struct({
  header: Schema.String,
  align: Schema.Literal("left", "right", "center"),
  /** Relative width (the renderers scale the widths of a table to the page). */
  width: Schema.Number,
  /** Whether the cells must stay on one line (numbers, amounts, dates). */
  nowrap: Schema.optional(Schema.Boolean),
}).annotations({ identifier: "ReportTableColumn" });
export type TableColumn = typeof TableColumn.Type;

/** A table with a header row; cells are formatted text. */
export const Table = Schema.Struct({
  kind: Schema.Literal("table"),
  id: Schema.String,
  caption: Schema.String,
  columns: Schema.Array(TableColumn),
  rows: Schema.Array(Schema.Array(Schema.String)),
}).annotations({ identifier: "ReportTable" });
export type Table = typeof Table.Type;

/** Any block of a section. */
export const Block = Schema.Union(Paragraph, Subheading, Table);
export type Block = typeof Block.Type;

/** What a section is besides its sub-sections. */
const sectionFields = {
  id: Schema.String,
  level: Schema.Int,
  number: Schema.NullOr(Schema.String),
  title: Schema.String,
  blocks: Schema.Array(Block),
};

/** A section: level 1 is "I. TITLE" (upper case), level 2 "1. Title"; `number` is null when unnumbered. */
export interface Section extends Schema.Struct.Type<typeof sectionFields> {
  readonly children: ReadonlyArray<Section>;
}

/** Schema of a section (recursive). */
export const Section: Schema.Schema<Section> = Schema.Struct({
  ...sectionFields,
  children: Schema.Array(Schema.suspend((): Schema.Schema<Section> => Section)),
}).annotations({ identifier: "ReportSection" });

/** The header of Nghị định 30/2020 as it is printed. */
export const DocumentHeader = Schema.Struct({
  parentBody: Schema.String,
  issuingBody: Schema.String,
  numberLine: Schema.String,
  nationalTitle: Schema.String,
  motto: Schema.String,
  placeDate: Schema.String,
  type: Schema.String,
  summary: Schema.String,
  addressee: Schema.NullOr(Schema.String),
}).annotations({ identifier: "ReportDocumentHeader" });
export type DocumentHeader = typeof DocumentHeader.Type;

/** The closing: "Nơi nhận:" list beside the signature block. */
export const Closing = Schema.Struct({
  recipientsTitle: Schema.String,
  recipients: Schema.Array(Schema.String),
  authorityLine: Schema.NullOr(Schema.String),
  titleLine: Schema.String,
  name: Schema.String,
}).annotations({ identifier: "ReportClosing" });
export type Closing = typeof Closing.Type;

/** One figure of the appendix, for the spreadsheet. */
export const FigureRow = Schema.Struct({
  ...figureUnit,
  ...figureKey,
  name: Schema.String,
  measure: Schema.String,
  value: Schema.NullOr(Schema.Number),
  text: Schema.String,
  /** The day the value stands at when it has one of its own ("09/6/2022"). */
  asOf: Schema.optional(Schema.String),
}).annotations({ identifier: "ReportFigureRow" });
export type FigureRow = typeof FigureRow.Type;

/** The figures of one reform area. */
export const FigureTable = Schema.Struct({
  area: Schema.String,
  areaName: Schema.String,
  rows: Schema.Array(FigureRow),
}).annotations({ identifier: "ReportFigureTable" });
export type FigureTable = typeof FigureTable.Type;

/** A term of a computed rate with its value. */
export const RateTermValue = Schema.Struct({
  ...figureKey,
  value: Schema.NullOr(Schema.Number),
}).annotations({ identifier: "ReportRateTerm" });
export type RateTermValue = typeof RateTermValue.Type;

/** A rate as computed: its labels, terms and sums, the value at its decimals, the text and the formula with the figures. */
export const ComputedRate = Schema.Struct({
  numeratorLabel: Schema.String,
  denominatorLabel: Schema.String,
  numeratorTerms: Schema.Array(RateTermValue),
  denominatorTerms: Schema.Array(RateTermValue),
  numerator: Schema.NullOr(Schema.Number),
  denominator: Schema.NullOr(Schema.Number),
  decimals: Schema.Int,
  value: Schema.NullOr(Schema.Number),
  text: Schema.String,
  formula: Schema.String,
}).annotations({ identifier: "ReportComputedRate" });
export type ComputedRate = typeof ComputedRate.Type;

/** A computed rate of a unit, with its name. */
export const RateRow = Schema.Struct({
  ...figureKey,
  ...figureUnit,
  name: Schema.String,
  ...ComputedRate.fields,
}).annotations({ identifier: "ReportRateRow" });
export type RateRow = typeof RateRow.Type;

/** Identity of the report, for file names and titles. */
export const ReportMeta = Schema.Struct({
  unitCode: Schema.String,
  unitName: Schema.String,
  periodCode: Schema.String,
  periodLabel: Schema.String,
  title: Schema.String,
  /** "số liệu tính từ 15/12/2021 đến 14/6/2022" and the day the figures stand at, for title blocks. */
  window: Schema.optional(Schema.String),
  figuresAsOf: Schema.optional(Schema.String),
}).annotations({ identifier: "ReportMeta" });
export type ReportMeta = typeof ReportMeta.Type;

/** The whole report. */
export const ReportDocument = Schema.Struct({
  meta: ReportMeta,
  header: DocumentHeader,
  sections: Schema.Array(Section),
  closing: Closing,
  appendix: Schema.Array(Section),
  figures: Schema.Array(FigureTable),
  rates: Schema.Array(RateRow),
}).annotations({ identifier: "ReportDocument" });
export type ReportDocument = typeof ReportDocument.Type;

/** The plain text of a run list. */
export const runsText = (runs: ReadonlyArray<Run>): string => runs.map((r) => r.text).join("");
