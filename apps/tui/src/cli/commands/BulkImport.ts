/**
 * `cchc import dossiers FILE.csv --bulk`: the first load of a one-stop system's history. The file
 * is streamed as it is read to `POST /dossiers/bulk` (progress by bytes sent); the server checks
 * every line and stores the whole file in one transaction, or nothing — its refusal names the
 * lines of the file. Ctrl+C aborts the upload, and the server's transaction with it.
 */
import { createReadStream } from "node:fs";
import { fileSize } from "../../files/DossierStream.js";
import { formatDuration } from "../../ops/Progress.js";
import { type CommandContext, flag, printJson } from "../Context.js";
import { progressLine } from "../ProgressLine.js";
import type { CommandResult } from "../Spec.js";

/** The file's bytes, counted as they are read. */
async function* counted(file: string, onBytes: (read: number) => void, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, signal })) {
    read += (chunk as Buffer).byteLength;
    onBytes(read);
    yield chunk as Buffer;
  }
}

/** Runs the bulk load of `file`. */
export const runBulk = async (ctx: CommandContext, file: string): Promise<CommandResult> => {
  const size = await fileSize(file);
  const started = Date.now();
  const progress = progressLine("Gửi tệp hồ sơ", "byte", process.stderr);
  let result: Awaited<ReturnType<ReturnType<CommandContext["api"]>["dossierBulk"]>>;
  try {
    result = await ctx.api().dossierBulk(
      counted(file, (read) => progress.update(read, size), ctx.signal),
      ctx.signal,
    );
  } finally {
    progress.done();
  }
  const seconds = (Date.now() - started) / 1000;
  if (flag(ctx, "json")) printJson(ctx, { file, bulk: true, ...result, seconds });
  else
    ctx.output.out(
      `Đã nạp ban đầu ${result.inserted} hồ sơ (${result.lines} dòng, ${result.superseded} dòng là phiên bản cũ hơn) trong một giao dịch sau ${formatDuration(Date.now() - started)}.\n`,
    );
  return 0;
};
