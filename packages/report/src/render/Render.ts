/**
 * One entry point for every format: renders a report and names the file, so the API and the
 * command line answer with the right bytes, content type and Vietnamese file name.
 */
import type { ReportDocument } from "../assembly/ReportDocument.js";
import { renderDocx } from "./Docx.js";
import { asciiFileName, contentDisposition, contentTypes, type ReportFormat } from "./FileName.js";
import { renderHtml } from "./Html.js";
import { renderMarkdown } from "./Markdown.js";
import { dataVersion, type PdfConverter, pdfConverter } from "./Pdf.js";
import { renderXlsx } from "./Xlsx.js";

/** A rendered report file. */
export interface RenderedReport {
  readonly format: ReportFormat;
  readonly body: Uint8Array | string;
  readonly contentType: string;
  readonly fileName: string;
  readonly contentDisposition: string;
}

/**
 * Renders a report in a format. PDF is the .docx converted by LibreOffice (`converter`, the
 * process's queued and cached one by default); it rejects with `PdfConverterMissing` when
 * LibreOffice is not installed.
 */
export const renderReport = async (
  doc: ReportDocument,
  format: ReportFormat,
  converter: PdfConverter = pdfConverter,
): Promise<RenderedReport> => {
  const body =
    format === "pdf"
      ? await converter.convert(await renderDocx(doc), dataVersion(doc))
      : format === "docx"
        ? await renderDocx(doc)
        : format === "xlsx"
          ? await renderXlsx(doc)
          : format === "md"
            ? renderMarkdown(doc)
            : renderHtml(doc);
  return {
    format,
    body,
    contentType: contentTypes[format],
    fileName: asciiFileName(doc.meta.unitCode, doc.meta.periodCode, format),
    contentDisposition: contentDisposition(doc.meta, format, format === "html" ? "inline" : "attachment"),
  };
};
