/**
 * The ranking as the appendix of the announcement (.docx): a title naming the framework and its
 * decision, then a table of units with total, rank and change, points in vi-VN with two decimals.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { FONT, run } from "../render/DocxLayout.js";
import { change, points, type RankingTable } from "./RankingTable.js";

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold })] })] });

/** Renders the appendix to .docx bytes. */
export const renderRankingDocx = async (t: RankingTable): Promise<Uint8Array> => {
  const head = new TableRow({
    tableHeader: true,
    children: ["STT", "Đơn vị", ...t.areas.map((a) => a.code), "Tổng điểm", "Xếp hạng", "Tăng/giảm"].map((h) => cell(h, true)),
  });
  const rows = t.rows.map(
    (r, i) =>
      new TableRow({
        children: [
          cell(String(i + 1)),
          cell(r.name),
          ...t.areas.map((a) => cell(points(r.byArea[a.code] ?? 0))),
          cell(points(r.total)),
          cell(String(r.rank)),
          cell(change(r.change)),
        ],
      }),
  );
  const legend = t.areas.map((a) => new Paragraph({ children: [run(`${a.code}: ${a.name} (tối đa ${points(a.maxScore)} điểm)`)] }));
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run("PHỤ LỤC", { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(t.title.toLocaleUpperCase("vi"), { bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(`(${t.framework.name}; ${t.framework.decision})`, { italics: true })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows] }),
          ...legend,
          ...(t.framework.illustrative
            ? [
                new Paragraph({
                  children: [run("Ghi chú: bộ chỉ số có tiêu chí, điểm minh họa (chưa đối chiếu văn bản gốc).", { italics: true })],
                }),
              ]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};
