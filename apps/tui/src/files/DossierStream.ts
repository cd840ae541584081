/**
 * Reads a dossier CSV in batches without loading it whole: the header line, then groups of lines
 * (the header repeated at the top of each) as the batch endpoint takes them, with the bytes read
 * so far for a progress bar. Invalid UTF-8 stops the read with the line where it is.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { FileInvalid } from "../cli/Failure.js";

/** One batch of lines ready to send. */
export interface DossierBatch {
  /** Header line + the batch's lines, as CSV text. */
  readonly csv: string;
  /** Line number (1-based, header = 1) of the batch's first record. */
  readonly firstLine: number;
  readonly lines: number;
  readonly bytesRead: number;
}

/** Size of a file in bytes (for the progress bar). */
export const fileSize = async (file: string): Promise<number> => {
  try {
    return (await stat(file)).size;
  } catch {
    throw new FileInvalid(file, [{ line: null, column: null, message: "không tìm thấy tệp" }]);
  }
};

/** Yields the file's batches of at most `batchSize` lines. */
export async function* dossierBatches(file: string, batchSize: number, signal?: AbortSignal): AsyncGenerator<DossierBatch> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let header: string | undefined;
  let pending = "";
  let lines: Array<string> = [];
  let lineNo = 0;
  let firstLine = 2;
  let bytesRead = 0;
  const flush = (): DossierBatch => {
    const batch = { csv: `${header}\n${lines.join("\n")}\n`, firstLine, lines: lines.length, bytesRead };
    firstLine += lines.length;
    lines = [];
    return batch;
  };
  const take = (line: string): DossierBatch | undefined => {
    lineNo++;
    const clean = line.replace(/\r$/, "");
    if (header === undefined) {
      header = clean.replace(/^\uFEFF/, "");
      return undefined;
    }
    if (clean.trim() === "") {
      if (lines.length === 0) firstLine++;
      return undefined;
    }
    lines.push(clean.normalize("NFC"));
    return lines.length >= batchSize ? flush() : undefined;
  };
  const stream = createReadStream(file, { highWaterMark: 256 * 1024, ...(signal ? { signal } : {}) });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.byteLength;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new FileInvalid(file, [
          { line: lineNo + 1, column: null, message: "tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã UTF-8." },
        ]);
      }
      const parts = (pending + text).split("\n");
      pending = parts.pop() ?? "";
      for (const p of parts) {
        const batch = take(p);
        if (batch) yield batch;
      }
    }
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT")
      throw new FileInvalid(file, [{ line: null, column: null, message: "không tìm thấy tệp" }]);
    throw e;
  }
  if (pending !== "") take(pending);
  if (header === undefined) throw new FileInvalid(file, [{ line: null, column: null, message: "tệp rỗng" }]);
  if (lines.length > 0) yield flush();
}
