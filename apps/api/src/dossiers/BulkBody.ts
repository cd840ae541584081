/**
 * The body of a bulk first load (`POST /dossiers/bulk`) read as a stream of lines: the file is
 * never held whole, whatever its size. Each line is decoded as UTF-8 (a byte that is not ends the
 * load with the line that holds it), normalised to NFC and checked for U+0000, which PostgreSQL
 * cannot store; the checks of each record are the loader's.
 */
import { DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";

const refusal = (line: number, reason: string, message: string): DossierBatchInvalid =>
  new DossierBatchInvalid({ issues: [{ line, field: "line", reason, value: "", message: `Dòng ${line}: ${message}` }], total: 1 });

/** The lines of a request body (without their line ends); throws `DossierBatchInvalid` naming a bad line. */
export async function* bodyLines(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  if (body === null) return;
  // split on the byte 0x0A first (never inside a UTF-8 sequence), then decode each line alone, so
  // that a byte that is not UTF-8 is reported on its own line
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  const text = (bytes: Uint8Array): string => {
    let decoded: string;
    try {
      decoded = decoder.decode(bytes);
    } catch {
      throw refusal(line, "encoding-invalid", "không phải văn bản UTF-8");
    }
    if (decoded.includes("\u0000")) throw refusal(line, "nul-character", "chứa ký tự NUL (U+0000)");
    return (decoded.endsWith("\r") ? decoded.slice(0, -1) : decoded).normalize("NFC");
  };
  let rest: Uint8Array = new Uint8Array(0);
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      yield text(rest.length === 0 ? piece : Buffer.concat([rest, piece]));
      rest = new Uint8Array(0);
      line++;
      start = end + 1;
    }
    if (start < chunk.length) rest = rest.length === 0 ? chunk.slice(start) : Buffer.concat([rest, chunk.subarray(start)]);
  }
  if (rest.length > 0) yield text(rest);
}
