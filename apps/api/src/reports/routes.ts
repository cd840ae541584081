/**
 * The report of a unit for a period, produced from the stored data:
 * `GET /reports/{unit}/{period}?format=docx|pdf|md|html|xlsx|json`. Files come with their content
 * type and a Vietnamese file name (ASCII `filename` plus UTF-8 `filename*`); `json` answers the
 * assembly result — the document model, its warnings and the validation findings — so the author
 * sees what is missing before downloading.
 */
import { LocalDate } from "@cchc/domain/LocalDate";
import { assemble } from "@cchc/report/assembly/Assemble";
import { contentTypes } from "@cchc/report/render/FileName";
import { PdfConversionFailed, PdfConverterMissing } from "@cchc/report/render/Pdf";
import { renderReport } from "@cchc/report/render/Render";
import { Effect, Schema } from "effect";
import type { StoredAnswer } from "../cache/ApiCaches.js";
import { route } from "../http/Route.js";
import { cachedReport } from "./ReportCache.js";
import { gather } from "./ReportGatherer.js";

const JSON_TYPE = "application/json; charset=utf-8";

/** The formats the route answers in. */
const Format = Schema.Literal("docx", "md", "html", "xlsx", "json", "pdf").annotations({
  identifier: "ReportFormat",
  description:
    "Định dạng: docx (Word, thể thức Nghị định 30/2020), pdf (chuyển từ bản Word bằng LibreOffice; 503 PDF_CONVERTER_MISSING khi máy chủ chưa cài), md (Markdown), html (xem trước), xlsx (Excel, tỷ lệ bằng công thức), json (mô hình văn bản kèm cảnh báo)",
});

/** Report routes. */
export const reportRoutes = [
  route(
    {
      method: "get",
      path: "/reports/:unit/:period",
      operationId: "getReport",
      summary: "Lập báo cáo cải cách hành chính của một đơn vị cho một kỳ (Word, Markdown, HTML, Excel hoặc JSON)",
      tags: ["Báo cáo"],
      params: Schema.Struct({
        unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }),
        period: Schema.String.annotations({ description: "Mã kỳ, ví dụ 2022-H1" }),
      }),
      query: Schema.Struct({
        format: Schema.optionalWith(Format, { default: () => "json" as const }),
        date: Schema.optional(LocalDate).annotations({ description: "Ngày của báo cáo; mặc định ngày cuối kỳ" }),
        number: Schema.optional(Schema.String.pipe(Schema.pattern(/^\d{1,5}$/))).annotations({
          description: "Số văn bản; để trống khi là dự thảo",
        }),
      }),
      response: {
        contentTypes: [contentTypes.docx, contentTypes.pdf, contentTypes.xlsx, contentTypes.md, contentTypes.html, JSON_TYPE],
        description: "Báo cáo theo định dạng yêu cầu",
      },
      errors: [
        "ORG_UNIT_NOT_FOUND",
        "PERIOD_CODE_INVALID",
        "PERIOD_NOT_IN_REGIME",
        "CATALOGUE_NOT_FOUND",
        "PDF_CONVERTER_MISSING",
        "PDF_CONVERSION_FAILED",
      ],
    },
    ({ params, query, request }) =>
      cachedReport(
        request,
        { unit: params.unit, period: params.period, format: query.format, date: query.date, number: query.number },
        Effect.gen(function* () {
          const input = yield* gather(params.unit, params.period, { date: query.date, number: query.number });
          const result = assemble(input);
          if (query.format === "json") return { body: JSON.stringify(result), headers: { "content-type": JSON_TYPE } } as StoredAnswer;
          const format = query.format as Exclude<typeof query.format, "json">;
          const file = yield* Effect.tryPromise({
            try: () => renderReport(result.document, format),
            catch: (e) => e,
          }).pipe(
            Effect.catchAll((e) => (e instanceof PdfConverterMissing || e instanceof PdfConversionFailed ? Effect.fail(e) : Effect.die(e))),
          );
          return {
            body: file.body,
            headers: {
              "content-type": file.contentType,
              "content-disposition": file.contentDisposition,
              "x-report-warnings": String(result.warnings.length),
            },
          } as StoredAnswer;
        }),
      ),
  ),
];
