/**
 * File names of a rendered report: an ASCII-safe name for every client
 * ("bao-cao-cchc-DT.VPUBND-2022-H1.docx") and the Vietnamese one ("Báo cáo CCHC … .docx") in the
 * RFC 5987 `filename*` of Content-Disposition, with the content type of each format.
 */

/** The formats a report renders to. */
export type ReportFormat = "docx" | "md" | "html" | "xlsx" | "pdf";

/** The content type of each format. */
export const contentTypes: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

const safe = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9.\-_]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");

/** "bao-cao-cchc-DT.VPUBND-2022-H1.docx". */
export const asciiFileName = (unitCode: string, periodCode: string, format: ReportFormat): string =>
  `bao-cao-cchc-${safe(unitCode)}-${safe(periodCode)}.${format}`;

/** "Báo cáo CCHC Văn phòng Ủy ban nhân dân Tỉnh 6 tháng đầu năm 2022.docx" (slashes and quotes removed). */
export const vietnameseFileName = (title: string, format: ReportFormat): string =>
  `${title
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\r\n]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()}.${format}`;

/** RFC 5987 encoding of a UTF-8 value (encodeURIComponent leaves some characters RFC 5987 forbids). */
const rfc5987 = (s: string): string => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="bao-cao-….docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…` */
export const contentDisposition = (
  meta: { readonly unitCode: string; readonly periodCode: string; readonly title: string },
  format: ReportFormat,
  disposition: "attachment" | "inline" = "attachment",
): string =>
  `${disposition}; filename="${asciiFileName(meta.unitCode, meta.periodCode, format)}"; filename*=UTF-8''${rfc5987(vietnameseFileName(meta.title, format))}`;
