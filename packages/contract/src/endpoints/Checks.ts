/**
 * Checking and extracting any report text: `POST /checks` returns the findings (totals, rates,
 * dates, numbering, references, terms); `POST /extractions` returns the figures mapped to
 * indicator codes. Both take plain text or a .docx upload.
 */
import { CheckResult } from "@cchc/domain/checking/CheckResult";
import { ExtractionResult } from "@cchc/domain/checking/ExtractionResult";
import { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { Schema } from "effect";
import { anySignedIn } from "../Endpoint.js";
import { reportChecks } from "../EndpointGroups.js";

/** Content type of .docx files. */
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Content types a report may be sent as. */
export const REPORT_CONTENT_TYPES = ["text/plain; charset=utf-8", "text/markdown", DOCX] as const;

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

export const checkReport = reportChecks.post("checkReport", "/checks", {
  summary: "Kiểm tra một báo cáo: tổng, tỷ lệ, ngày tháng, đánh số mục, trích dẫn văn bản, chính tả thuật ngữ",
  query: CheckQuery,
  rawBody,
  response: CheckAnswer,
  errors: [
    "MediaTypeUnsupported",
    "TextEncodingInvalid",
    "DocxUnreadable",
    "ReportEmpty",
    "BodyTooLarge",
    "PeriodCodeInvalid",
    "PeriodNotInRegime",
  ],
  access: anySignedIn,
});

export const extractFigures = reportChecks.post("extractFigures", "/extractions", {
  summary: "Trích số liệu từ một báo cáo, gắn với mã chỉ tiêu",
  rawBody,
  response: ExtractionResult,
  errors: ["MediaTypeUnsupported", "TextEncodingInvalid", "DocxUnreadable", "ReportEmpty", "BodyTooLarge"],
  access: anySignedIn,
});
