/**
 * `cchc import dossiers FILE.csv [--batch-size N]`: streams the file to `POST /dossiers/batch` in
 * batches (each stored whole or refused whole), with a progress bar; Ctrl+C stops between
 * batches, so no batch is left half-stored. `--bulk`: the first load of a source's history, the
 * whole file streamed to `POST /dossiers/bulk` and stored in one transaction (BulkImport.ts).
 */
import { resolve } from "node:path";
import { OperationCancelled } from "../../files/AtomicWrite.js";
import { dossierBatches, fileSize } from "../../files/DossierStream.js";
import { formatDuration } from "../../ops/Progress.js";
import { type CommandRun, flag, num, printJson } from "../Context.js";
import { numberField, recordOf, stringField } from "../Details.js";
import { ServerRefused, UsageInvalid } from "../Failure.js";
import { progressLine } from "../ProgressLine.js";
import { runBulk } from "./BulkImport.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const file = resolve(ctx.cwd, ctx.args.positionals[0] ?? "");
  if (flag(ctx, "bulk")) return runBulk(ctx, file);
  const batchSize = num(ctx, "batch-size") ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000)
    throw new UsageInvalid("--batch-size cần số nguyên từ 1 đến 50.000", "import dossiers");
  const size = await fileSize(file);
  const started = Date.now();
  const progress = progressLine("Nhập hồ sơ", "byte", process.stderr);
  let lines = 0;
  let accepted = 0;
  let batches = 0;
  try {
    for await (const batch of dossierBatches(file, batchSize, ctx.signal)) {
      if (ctx.signal.aborted) throw new OperationCancelled();
      try {
        const r = await ctx.api().dossierBatch(batch.csv, ctx.signal);
        accepted += r.accepted || batch.lines;
      } catch (e) {
        const listed = e instanceof ServerRefused ? (recordOf(e.details).issues ?? e.details) : undefined;
        if (e instanceof ServerRefused && Array.isArray(listed)) {
          // The server numbers lines within the batch (its header = line 1); say them in file lines.
          const issues: ReadonlyArray<unknown> = listed;
          const shifted = issues.slice(0, 20).map((i) => {
            const at = numberField(i, "line");
            const line = at === null ? null : at + batch.firstLine - 2;
            const why = (stringField(i, "message") ?? "").replace(/^Dòng \d+:\s*/i, "");
            return { ...recordOf(i), line, message: `dòng ${line ?? "?"} của tệp: ${why}` };
          });
          throw new ServerRefused(
            e.status,
            e.code,
            `Lô hồ sơ bắt đầu ở dòng ${batch.firstLine} có ${issues.length} dòng không hợp lệ; không hồ sơ nào của lô này được lưu (${accepted} hồ sơ của các lô trước đã được lưu).`,
            shifted,
          );
        }
        throw e;
      }
      lines += batch.lines;
      batches++;
      progress.update(batch.bytesRead, size);
    }
  } finally {
    progress.done();
  }
  if (flag(ctx, "json")) printJson(ctx, { file, lines, accepted, batches, seconds: (Date.now() - started) / 1000 });
  else ctx.output.out(`Đã nhập ${lines} hồ sơ trong ${batches} lô sau ${formatDuration(Date.now() - started)}.\n`);
  return 0;
};
