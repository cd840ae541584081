/**
 * Reads a batch of dossier records sent to the API: JSON lines (`application/x-ndjson`,
 * `application/jsonl`) or CSV with a header row (`text/csv`), UTF-8. The body is read as a
 * stream and abandoned as soon as it passes the byte limit, so an oversized upload costs no
 * more memory than the limit; the line limit and every line's rules come from the domain's
 * `DossierBatch`.
 */
import { BATCH_CONTENT_TYPES, JSON_LINES_TYPES } from "@cchc/contract/schemas/Dossiers";
import {
  type CheckedBatch,
  checkCsv,
  checkJsonLines,
  DossierBatchInvalid,
  type DossierBatchTooLarge,
  maxBatchLines,
  maxListedIssues,
} from "@cchc/domain/dossiers/DossierBatch";
import { Data, Effect, Either } from "effect";
import { TextEncodingInvalid } from "../checks/ReportText.js";
import { MediaTypeUnsupported } from "../http/RequestErrors.js";

/** Largest batch body in bytes: 50.000 JSON lines of ordinary records fit with room to spare. */
export const BATCH_BODY_LIMIT = 32 * 1024 * 1024;

/** The batch body is larger than `limitBytes`; nothing was read past the limit, nothing stored. */
export class DossierBatchBodyTooLarge extends Data.TaggedError("DossierBatchBodyTooLarge")<{
  readonly limitBytes: number;
}> {}

/** The input format a content type names. */
export type BatchFormat = "jsonl" | "csv";

/** The format of a content type, or undefined when the route does not take it. */
export const formatOf = (contentType: string): BatchFormat | undefined => {
  const media = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if ((JSON_LINES_TYPES as ReadonlyArray<string>).includes(media)) return "jsonl";
  if (media === "text/csv") return "csv";
  return undefined;
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body's bytes, stopping with `DossierBatchBodyTooLarge` once past `limit`. */
const readBytes = (request: Request, limit: number) =>
  Effect.gen(function* () {
    if (Number(request.headers.get("content-length") ?? "0") > limit)
      return yield* Effect.fail(new DossierBatchBodyTooLarge({ limitBytes: limit }));
    const body = request.body;
    if (body === null) return new Uint8Array(0);
    const read = yield* Effect.promise(async () => {
      const reader = body.getReader();
      const parts: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel();
          return undefined;
        }
        parts.push(value);
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.byteLength;
      }
      return bytes;
    });
    return read === undefined ? yield* Effect.fail(new DossierBatchBodyTooLarge({ limitBytes: limit })) : read;
  });

// PostgreSQL cannot store U+0000 in text: lines carrying it are refused here, not by a failed insert (500).
const nulLines = (text: string): DossierBatchInvalid | undefined => {
  if (!text.includes("\u0000")) return undefined;
  const lines = text.split("\n").flatMap((l, i) => (l.includes("\u0000") ? [i + 1] : []));
  const issues = lines.slice(0, maxListedIssues).map((line) => ({
    line,
    field: "line",
    reason: "nul-character",
    value: "",
    message: `Dòng ${line} chứa ký tự NUL (U+0000)`,
  }));
  return new DossierBatchInvalid({ issues, total: lines.length });
};

/** What reading a batch can fail with (each maps to a 4xx). */
export type BatchReadError =
  | MediaTypeUnsupported
  | DossierBatchBodyTooLarge
  | TextEncodingInvalid
  | DossierBatchInvalid
  | DossierBatchTooLarge;

/**
 * Reads and checks the batch of a request: 415 for another content type, 413 past the byte or
 * line limit, 400 for text that is not UTF-8 or for bad lines (all of them named).
 */
export const readBatch = (
  request: Request,
  limits: { readonly bytes?: number; readonly lines?: number } = {},
): Effect.Effect<{ readonly format: BatchFormat; readonly batch: CheckedBatch }, BatchReadError> =>
  Effect.gen(function* () {
    const contentType = request.headers.get("content-type") ?? "";
    const format = formatOf(contentType);
    if (format === undefined)
      return yield* Effect.fail(new MediaTypeUnsupported({ contentType: contentType || "(không có)", accepted: [...BATCH_CONTENT_TYPES] }));
    const bytes = yield* readBytes(request, limits.bytes ?? BATCH_BODY_LIMIT);
    const text = yield* Effect.try({ try: () => utf8.decode(bytes), catch: () => new TextEncodingInvalid({ byteOffset: null }) });
    const nul = nulLines(text);
    if (nul) return yield* Effect.fail(nul);
    const lines = limits.lines ?? maxBatchLines;
    const checked = format === "csv" ? checkCsv(text.normalize("NFC"), lines) : checkJsonLines(text.normalize("NFC"), lines);
    return Either.isLeft(checked) ? yield* Effect.fail(checked.left) : { format, batch: checked.right };
  });
