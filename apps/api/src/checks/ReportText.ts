/**
 * Reads the text of a report sent to the API: plain UTF-8 text, or a .docx file. Refuses other
 * content types, text that is not valid UTF-8, and bodies over the size limit.
 */
import { DOCX, REPORT_CONTENT_TYPES } from "@cchc/contract/endpoints/Checks";
import { readDocxTextEffect } from "@cchc/report/docx-text/ReadDocxText";
import { Data, Effect } from "effect";
import { BodyTooLarge, MediaTypeUnsupported } from "../http/RequestErrors.js";

/** Largest report file the API reads (a long report with images is a few MB). */
export const REPORT_BODY_LIMIT = 20 * 1024 * 1024;

/** The text is not valid UTF-8. */
export class TextEncodingInvalid extends Data.TaggedError("TextEncodingInvalid")<{ readonly byteOffset: number | null }> {}

/** The body is empty. */
export class ReportEmpty extends Data.TaggedError("ReportEmpty")<{}> {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The report text of a request, NFC-normalised. */
export const readReportText = (request: Request) =>
  Effect.gen(function* () {
    const type = (request.headers.get("content-type") ?? "").toLowerCase();
    const isDocx = type.startsWith(DOCX);
    const isText = type.startsWith("text/plain") || type.startsWith("text/markdown");
    if (!isDocx && !isText)
      return yield* Effect.fail(new MediaTypeUnsupported({ contentType: type || "(không có)", accepted: [...REPORT_CONTENT_TYPES] }));
    if (Number(request.headers.get("content-length") ?? "0") > REPORT_BODY_LIMIT)
      return yield* Effect.fail(new BodyTooLarge({ limitBytes: REPORT_BODY_LIMIT }));
    const bytes = new Uint8Array(yield* Effect.promise(() => request.arrayBuffer()));
    if (bytes.byteLength > REPORT_BODY_LIMIT) return yield* Effect.fail(new BodyTooLarge({ limitBytes: REPORT_BODY_LIMIT }));
    if (bytes.byteLength === 0) return yield* Effect.fail(new ReportEmpty());
    const text = isDocx
      ? yield* readDocxTextEffect(bytes)
      : yield* Effect.try({ try: () => utf8.decode(bytes), catch: () => new TextEncodingInvalid({ byteOffset: null }) });
    return text.normalize("NFC");
  });
