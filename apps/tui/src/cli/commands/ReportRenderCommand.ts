/**
 * `cchc report render --unit U --period P --format F --out FILE`: downloads the rendered report
 * (`GET /reports/{unit}/{period}?format=`) into a temporary file renamed at the end, so that a
 * cancelled run (Ctrl+C) leaves no half-written file.
 */
import { resolve } from "node:path";
import type { ReportFormat } from "../../api/ApiClient.js";
import { writeAtomically } from "../../files/AtomicWrite.js";
import { formatDuration, formatKilobytes } from "../../ops/Progress.js";
import { type CommandRun, flag, printJson, req, str } from "../Context.js";
import { progressLine } from "../ProgressLine.js";

/** The formats of `--format` (the parser already refused others). */
const FORMATS: ReadonlyArray<ReportFormat> = ["docx", "pdf", "md", "html", "xlsx", "json"];

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const unit = req(ctx, "unit");
  const period = req(ctx, "period").toUpperCase();
  const given = str(ctx, "format");
  const format = FORMATS.find((f) => f === given) ?? "docx";
  const out = resolve(ctx.cwd, str(ctx, "out") ?? `bao-cao-${unit}-${period}.${format}`);
  const started = Date.now();
  const download = await ctx.api().report(unit, period, format, ctx.signal);
  const progress = progressLine("Tải báo cáo", "", process.stderr, formatKilobytes);
  const bytes = await writeAtomically(out, download.body, {
    total: download.size,
    signal: ctx.signal,
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.done();
  if (flag(ctx, "json")) printJson(ctx, { unit, period, format, file: out, bytes, contentType: download.contentType });
  else
    ctx.output.out(
      `Đã ghi báo cáo ${unit} kỳ ${period} (${format}, ${formatKilobytes(bytes)}) vào ${out} sau ${formatDuration(Date.now() - started)}.\n`,
    );
  return 0;
};
