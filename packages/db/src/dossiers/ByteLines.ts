/**
 * The lines of a CSV file or request body given as bytes (`POST /dossiers/bulk`, the dossier
 * bench): the file is never held whole, whatever its size. Lines are split on the byte 0x0A (never
 * inside a UTF-8 sequence), decoded as UTF-8 — a byte that is not ends the load with the number of
 * the line that holds it — checked for U+0000, which PostgreSQL cannot store, stripped of a final
 * CR and normalised to NFC; the checks of each record are the loader's.
 *
 * Lines come out as arrays, one per chunk read, so that a million-line file costs a few thousand
 * turns of the async iteration rather than a million. The complete lines of an ASCII chunk (what
 * nearly every export is) are read one by one as Latin-1, which for ASCII is UTF-8 in NFC; those of
 * any other chunk are decoded and normalised at once, then split: a line feed is a boundary of both
 * (it is never part of a UTF-8 sequence and composes with nothing). Only when that decoding fails,
 * or the bytes hold a NUL, are the lines decoded one by one to name the first bad one.
 */
import { isAscii } from "node:buffer";
import { DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";

const refusal = (line: number, reason: string, message: string): DossierBatchInvalid =>
  new DossierBatchInvalid({ issues: [{ line, field: "line", reason, value: "", message: `Dòng ${line}: ${message}` }], total: 1 });

const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder("utf-8", { fatal: true });

/** The text of the bytes, or undefined when they are not UTF-8. */
const decoded = (bytes: Uint8Array): string | undefined => {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
};

/** Splits decoded text (complete lines, each ending in LF) into lines without their CR LF. */
const splitText = (text: string): string[] => {
  const lines = text.split("\n");
  lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.endsWith("\r")) lines[i] = l.slice(0, -1);
  }
  return lines;
};

/** The first bad line of `bytes` (complete lines), numbered from `first`; throws its refusal. */
const refuseFirstBad = (bytes: Uint8Array, first: number): never => {
  let line = first;
  let start = 0;
  for (let end = bytes.indexOf(LF); end >= 0; end = bytes.indexOf(LF, start)) {
    const text = decoded(bytes.subarray(start, end));
    if (text === undefined) throw refusal(line, "encoding-invalid", "không phải văn bản UTF-8");
    if (text.includes("\u0000")) throw refusal(line, "nul-character", "chứa ký tự NUL (U+0000)");
    line++;
    start = end + 1;
  }
  throw new Error("refuseFirstBad: no bad line");
};

/**
 * The lines of ASCII complete-line bytes, each its own string. ASCII is UTF-8 and NFC already, so
 * a line is its bytes read as Latin-1: a flat string per line, which the checks read a tenth
 * faster than the slices of one string of the whole chunk that splitting it gives.
 */
const asciiLines = (bytes: Buffer): string[] => {
  const lines: string[] = [];
  let start = 0;
  for (let end = bytes.indexOf(LF); end >= 0; end = bytes.indexOf(LF, start)) {
    lines.push(bytes.toString("latin1", start, end > start && bytes[end - 1] === CR ? end - 1 : end));
    start = end + 1;
  }
  return lines;
};

/** The lines of complete-line bytes numbered from `first` (see the module comment). */
const linesOf = (bytes: Uint8Array, first: number): string[] => {
  if (isAscii(bytes)) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.indexOf(0) >= 0 ? refuseFirstBad(bytes, first) : asciiLines(buffer);
  }
  const text = decoded(bytes);
  if (text === undefined || text.includes("\u0000")) return refuseFirstBad(bytes, first);
  return splitText(text.normalize("NFC"));
};

/**
 * The lines of a byte stream, an array per chunk (possibly empty), without their line ends; throws
 * `DossierBatchInvalid` naming the first line that is not UTF-8 or holds a NUL.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ReadonlyArray<string>> {
  let next = 1;
  let rest: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const last = chunk.lastIndexOf(LF);
    if (last < 0) {
      rest = rest.length === 0 ? chunk.slice() : Buffer.concat([rest, chunk]);
      continue;
    }
    const complete = rest.length === 0 ? chunk.subarray(0, last + 1) : Buffer.concat([rest, chunk.subarray(0, last + 1)]);
    rest = chunk.slice(last + 1);
    const lines = linesOf(complete, next);
    next += lines.length;
    yield lines;
  }
  if (rest.length > 0) {
    const [line] = linesOf(Buffer.concat([rest, Uint8Array.of(LF)]), next);
    yield [line as string];
  }
}
