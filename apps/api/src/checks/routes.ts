/**
 * Checking and extracting any report text: `POST /checks` returns the findings (totals, rates,
 * dates, numbering, references, terms); `POST /extractions` returns the figures mapped to
 * indicator codes. Both take plain text or a .docx upload.
 */

import { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { checkReport } from "@cchc/report/check/CheckReport";
import { CheckResult } from "@cchc/report/check/Finding";
import { extractFigures } from "@cchc/report/extract/ExtractFigures";
import { ExtractionResult } from "@cchc/report/extract/Extraction";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { DOCX, REPORT_CONTENT_TYPES, readReportText } from "./ReportText.js";

const rawBody = {
  contentTypes: [...REPORT_CONTENT_TYPES],
  description: "Văn bản báo cáo (UTF-8) hoặc tệp .docx, tối đa 20 MB",
};

/**
 * The answer of `POST /checks`: the checker's result and, for a .docx upload, the text read from
 * the file — the findings' `index`/`length` point into it, so a client can highlight them inline.
 */
export const CheckAnswer = Schema.extend(
  CheckResult,
  Schema.Struct({
    text: Schema.optional(
      Schema.String.annotations({
        description: "Văn bản đọc được từ tệp .docx (chỉ có khi gửi .docx); index/length của phát hiện tính trên văn bản này",
      }),
    ),
  }),
).annotations({ identifier: "CheckAnswer" });

const CheckQuery = Schema.Struct({
  period: Schema.optional(Schema.String.annotations({ description: "Mã kỳ (2022-H1); mặc định đọc từ văn bản" })),
  regime: Schema.optional(Period.Regime),
  reportDate: Schema.optional(LocalDate),
});

/** Routes of report checking and figure extraction. */
export const checkRoutes = [
  route(
    {
      method: "post",
      path: "/checks",
      operationId: "checkReport",
      summary: "Kiểm tra một báo cáo: tổng, tỷ lệ, ngày tháng, đánh số mục, trích dẫn văn bản, chính tả thuật ngữ",
      tags: ["Kiểm tra báo cáo"],
      query: CheckQuery,
      rawBody,
      response: CheckAnswer,
      errors: [
        "MEDIA_TYPE_UNSUPPORTED",
        "TEXT_ENCODING_INVALID",
        "DOCX_UNREADABLE",
        "REPORT_EMPTY",
        "BODY_TOO_LARGE",
        "PERIOD_CODE_INVALID",
      ],
      access: { action: "read", authenticatedOnly: true },
    },
    ({ query, request }) =>
      Effect.gen(function* () {
        if (query.period !== undefined) yield* Period.window(query.period, query.regime ?? "nd09");
        const text = yield* readReportText(request);
        const result = checkReport(text, query);
        // pasted text is the client's own: sending it back would only double the answer
        const isDocx = (request.headers.get("content-type") ?? "").toLowerCase().startsWith(DOCX);
        return isDocx ? { ...result, text } : result;
      }),
  ),
  route(
    {
      method: "post",
      path: "/extractions",
      operationId: "extractFigures",
      summary: "Trích số liệu từ một báo cáo, gắn với mã chỉ tiêu",
      tags: ["Kiểm tra báo cáo"],
      rawBody,
      response: ExtractionResult,
      errors: ["MEDIA_TYPE_UNSUPPORTED", "TEXT_ENCODING_INVALID", "DOCX_UNREADABLE", "REPORT_EMPTY", "BODY_TOO_LARGE"],
      access: { action: "read", authenticatedOnly: true },
    },
    ({ request }) => Effect.map(readReportText(request), extractFigures),
  ),
];
