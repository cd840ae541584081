/**
 * The report as a Word document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I: the two-column
 * header as a borderless table (cơ quan chủ quản / cơ quan ban hành / số, ký hiệu — Quốc hiệu,
 * Tiêu ngữ, địa danh và ngày tháng), the type and summary, the numbered body, "Nơi nhận" beside
 * the signature, page numbers centred in the top margin from page 2, and bordered appendix
 * tables whose header row repeats on every page.
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Block, Table as ModelTable, ReportDocument, Run, Section } from "../assembly/ReportDocument.js";
import { AFTER, centred, FIRST_LINE, FONT, LINE, page, rule, run, size, textWidth } from "./DocxLayout.js";

// The header table reaches a little into the left margin, as official templates do, so that
// "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" and the Quốc hiệu each fit on one line.
const HEADER_LEFT = 5000;
const HEADER_RIGHT = 5300;
const HEADER_INDENT = -800;

const cell = (width: number, children: ReadonlyArray<Paragraph | Table>, align: "top" | "center" = "top"): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: align === "top" ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children: [...children],
  });

const borderless = (widths: readonly [number, number], cells: ReadonlyArray<TableCell>, indent = 0): Table =>
  new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: [...widths],
    indent: { size: indent, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [...cells] })],
  });

const headerBlock = (doc: ReportDocument): ReadonlyArray<Paragraph | Table> => {
  const h = doc.header;
  // No cơ quan chủ quản line for a body that has none (a People's Committee); its name may span two lines.
  const left = cell(HEADER_LEFT, [
    ...(h.parentBody === "" ? [] : [centred(h.parentBody, { size: size.header })]),
    ...h.issuingBody.split("\n").map((line) => centred(line, { size: size.header, bold: true })),
    rule(HEADER_LEFT, 1400, 120),
    centred(h.numberLine, { size: size.header }),
  ]);
  const right = cell(HEADER_RIGHT, [
    centred(h.nationalTitle, { size: size.nationalTitle, bold: true }),
    centred(h.motto, { size: size.motto, bold: true }),
    rule(HEADER_RIGHT, 3400, 120),
    centred(h.placeDate, { size: size.motto, italics: true }),
  ]);
  const out: Array<Paragraph | Table> = [
    borderless([HEADER_LEFT, HEADER_RIGHT], [left, right], HEADER_INDENT),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run(h.type, { size: size.type, bold: true })],
    }),
    centred(h.summary, { size: size.body, bold: true }),
    rule(textWidth, 2200, 240),
  ];
  if (h.addressee) out.push(centred(`Kính gửi: ${h.addressee}`, { size: size.body, after: AFTER }));
  return out;
};

const runsOf = (runs: ReadonlyArray<Run>): Array<TextRun> =>
  runs.map((r) =>
    r.kind === "figure" ? run(r.text, { highlight: r.missing }) : run(r.text, { bold: r.bold === true, italics: r.italic === true }),
  );

const body = (children: Array<TextRun>, options: { bold?: boolean; keepNext?: boolean; align?: "justify" | "center" } = {}): Paragraph =>
  new Paragraph({
    alignment: options.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.align === "center" ? undefined : { firstLine: FIRST_LINE },
    spacing: { before: 0, after: AFTER, line: LINE },
    keepNext: options.keepNext ?? false,
    children,
  });

const tableOf = (t: ModelTable): ReadonlyArray<Paragraph | Table> => {
  const total = t.columns.reduce((s, c) => s + c.width, 0) || 1;
  const widths = t.columns.map((c) => Math.round((c.width / total) * textWidth));
  const align = (a: "left" | "right" | "center") =>
    a === "right" ? AlignmentType.RIGHT : a === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  const tcell = (text: string, width: number, a: "left" | "right" | "center", bold: boolean): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({ alignment: align(a), spacing: { before: 0, after: 0 }, children: [run(text, { size: size.table, bold })] }),
      ],
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => tcell(c.header, widths[i] ?? 0, "center", true)),
  });
  const rows = t.rows.map(
    (r) => new TableRow({ cantSplit: true, children: t.columns.map((c, i) => tcell(r[i] ?? "", widths[i] ?? 0, c.align, false)) }),
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 120 },
      children: [run(t.caption, { bold: true })],
    }),
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [head, ...rows],
    }),
  ];
};

const blockOf = (b: Block, centre: boolean): ReadonlyArray<Paragraph | Table> => {
  switch (b.kind) {
    case "paragraph":
      return [body(runsOf(b.runs), centre ? { align: "center" } : {})];
    case "subheading":
      return [body([run(b.text, { bold: true })], { keepNext: true })];
    case "table":
      return tableOf(b);
  }
};

const sectionOf = (s: Section, appendix = false): ReadonlyArray<Paragraph | Table> => {
  const label = s.number === null ? s.title : `${s.number}. ${s.title}`;
  const title =
    appendix && s.level === 1
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          pageBreakBefore: true,
          spacing: { after: AFTER },
          children: [run(label, { bold: true })],
        })
      : body([run(label, { bold: true })], { keepNext: true });
  return [title, ...s.blocks.flatMap((b) => blockOf(b, appendix && s.level === 1)), ...s.children.flatMap((c) => sectionOf(c, appendix))];
};

const closingBlock = (doc: ReportDocument): Table => {
  const c = doc.closing;
  const tight = (text: string, o: { size: number; bold?: boolean; italics?: boolean }) =>
    new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run(text, o)] });
  const left = cell(4300, [
    tight(c.recipientsTitle, { size: size.recipientsTitle, bold: true, italics: true }),
    ...c.recipients.map((r) => tight(r, { size: size.recipients })),
  ]);
  const sign = [
    ...(c.authorityLine === null ? [] : [centred(c.authorityLine, { bold: true })]),
    centred(c.titleLine, { bold: true }),
    // Room for the signature and seal.
    ...[1, 2, 3, 4, 5].map(() => centred("", {})),
    centred(c.name, { bold: true }),
  ];
  return borderless([4300, textWidth - 4300], [left, cell(textWidth - 4300, sign)]);
};

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size.pageNumber, color: "000000" })],
      }),
    ],
  });

/** The Word document object of a report (for callers that pack it themselves). */
export const toDocument = (doc: ReportDocument): Document =>
  new Document({
    creator: doc.meta.unitName,
    title: doc.meta.title,
    description: doc.header.summary,
    styles: {
      default: {
        document: { run: { font: FONT, size: size.body, color: "000000" }, paragraph: { spacing: { after: AFTER } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height, orientation: "portrait" },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: page.header, footer: page.footer },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          ...headerBlock(doc),
          ...doc.sections.flatMap((s) => sectionOf(s)),
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          closingBlock(doc),
          ...doc.appendix.flatMap((s) => sectionOf(s, true)),
        ],
      },
    ],
  });

/** Renders a report to the bytes of a .docx file. */
export const renderDocx = async (doc: ReportDocument): Promise<Uint8Array> => new Uint8Array(await Packer.toBuffer(toDocument(doc)));
