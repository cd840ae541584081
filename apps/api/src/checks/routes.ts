/**
 * Handlers of report checking and figure extraction (endpoints: `@cchc/contract/endpoints/Checks`).
 * Both take plain text or a .docx upload.
 */
import * as Checks from "@cchc/contract/endpoints/Checks";
import * as Period from "@cchc/domain/Period";
import { checkReport } from "@cchc/report/check/CheckReport";
import { extractFigures } from "@cchc/report/extract/ExtractFigures";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { readReportText } from "./ReportText.js";

/** Routes of report checking and figure extraction. */
export const checkRoutes = [
  handle(Checks.checkReport, ({ query, request }) =>
    Effect.gen(function* () {
      if (query.period !== undefined) yield* Period.window(query.period, query.regime ?? "nd09");
      const text = yield* readReportText(request);
      const result = checkReport(text, query);
      // pasted text is the client's own: sending it back would only double the answer
      const isDocx = (request.headers.get("content-type") ?? "").toLowerCase().startsWith(Checks.DOCX);
      return isDocx ? { ...result, text } : result;
    }),
  ),
  handle(Checks.extractFigures, ({ request }) => Effect.map(readReportText(request), extractFigures)),
];
