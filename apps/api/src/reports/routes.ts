/**
 * Handler of the report of a unit for a period (endpoint: `@cchc/contract/endpoints/Reports`):
 * gathered from the stored data, assembled, rendered in the format asked for and kept for the
 * next download (`ReportCache`).
 */
import * as Reports from "@cchc/contract/endpoints/Reports";
import { assemble } from "@cchc/report/assembly/Assemble";
import { PdfConversionFailed, PdfConverterMissing } from "@cchc/report/render/Pdf";
import { renderReport } from "@cchc/report/render/Render";
import { Effect } from "effect";
import type { StoredAnswer } from "../cache/ApiCaches.js";
import { handle } from "../http/Route.js";
import { cachedReport } from "./ReportCache.js";
import { gather } from "./ReportGatherer.js";

/** Report routes. */
export const reportRoutes = [
  handle(Reports.getReport, ({ params, query, request }) =>
    cachedReport(
      request,
      { ...params, ...query },
      Effect.gen(function* () {
        const input = yield* gather(params.unit, params.period, { date: query.date, number: query.number });
        const result = assemble(input);
        const format = query.format;
        if (format === "json") {
          const answer: StoredAnswer = { body: JSON.stringify(result), headers: { "content-type": Reports.JSON_TYPE } };
          return answer;
        }
        const file = yield* Effect.tryPromise({
          try: () => renderReport(result.document, format),
          catch: (e) => e,
        }).pipe(
          Effect.catchAll((e) => (e instanceof PdfConverterMissing || e instanceof PdfConversionFailed ? Effect.fail(e) : Effect.die(e))),
        );
        const answer: StoredAnswer = {
          body: file.body,
          headers: {
            "content-type": file.contentType,
            "content-disposition": file.contentDisposition,
            "x-report-warnings": String(result.warnings.length),
          },
        };
        return answer;
      }),
    ),
  ),
];
