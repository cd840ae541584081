/**
 * The report of a unit for a period, produced from the stored data:
 * `GET /reports/{unit}/{period}?format=docx|pdf|md|html|xlsx|json`. Files come with their content
 * type and a Vietnamese file name (ASCII `filename` plus UTF-8 `filename*`); `json` answers the
 * assembly result — the document model, its warnings and the validation findings — so the author
 * sees what is missing before downloading.
 */
import { LocalDate } from "@cchc/domain/LocalDate";
import { AssemblyResult } from "@cchc/report/assembly/AssemblyResult";
import { Schema } from "effect";
import { reports } from "../EndpointGroups.js";

/** Content type of the `json` format. */
export const JSON_TYPE = "application/json; charset=utf-8";

/** Content types of the report files (the renderers' own, `@cchc/report/render/FileName`). */
const FILE_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/markdown; charset=utf-8",
  "text/html; charset=utf-8",
];

/** The formats the endpoint answers in. */
export const ReportFormat = Schema.Literal("docx", "md", "html", "xlsx", "json", "pdf").annotations({
  identifier: "ReportFormat",
  description:
    "Định dạng: docx (Word, thể thức Nghị định 30/2020), pdf (chuyển từ bản Word bằng LibreOffice; 503 PDF_CONVERTER_MISSING khi máy chủ chưa cài), md (Markdown), html (xem trước), xlsx (Excel, tỷ lệ bằng công thức), json (mô hình văn bản kèm cảnh báo)",
});

export const getReport = reports.get("getReport", "/reports/:unit/:period", {
  summary: "Lập báo cáo cải cách hành chính của một đơn vị cho một kỳ (Word, Markdown, HTML, Excel hoặc JSON)",
  params: Schema.Struct({
    unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }),
    period: Schema.String.annotations({ description: "Mã kỳ, ví dụ 2022-H1" }),
  }),
  query: Schema.Struct({
    format: Schema.optionalWith(ReportFormat, { default: () => "json" as const }),
    date: Schema.optional(LocalDate).annotations({ description: "Ngày của báo cáo; mặc định ngày cuối kỳ" }),
    number: Schema.optional(Schema.String.pipe(Schema.pattern(/^\d{1,5}$/))).annotations({
      description: "Số văn bản; để trống khi là dự thảo",
    }),
  }),
  response: {
    contentTypes: [...FILE_TYPES, JSON_TYPE],
    description: "Báo cáo theo định dạng yêu cầu",
    json: AssemblyResult,
  },
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "CatalogueNotFound", "PdfConverterMissing", "PdfConversionFailed"],
});
