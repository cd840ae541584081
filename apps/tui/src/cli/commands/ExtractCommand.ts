/**
 * `cchc extract FILE [--json] [--import --unit U [--period P] [--apply]]`: reads the figures and
 * stated rates of a report offline (`@cchc/report/extract`); with `--import`, sends the figures to
 * the bulk endpoint — a dry run unless `--apply`.
 */
import { resolve } from "node:path";
import { extractFigures } from "@cchc/report/extract/ExtractFigures";
import type { ExtractedFigure } from "@cchc/report/extract/Extraction";
import { readReportText } from "../../files/ReportFile.js";
import { type CommandRun, flag, printJson, str } from "../Context.js";
import { UsageInvalid } from "../Failure.js";
import { renderTable } from "../Table.js";
import { countChanges } from "./ImportValuesCommand.js";
import { formatValue } from "./ValuesGetCommand.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const file = ctx.args.positionals[0] ?? "";
  const doImport = flag(ctx, "import");
  const unit = str(ctx, "unit");
  if (doImport && !unit) throw new UsageInvalid("Thiếu --unit (cần khi --import)", "extract");
  if (!doImport && flag(ctx, "apply")) throw new UsageInvalid("--apply chỉ dùng cùng --import", "extract");
  const text = await readReportText(resolve(ctx.cwd, file));
  const result = extractFigures(text);
  const period = str(ctx, "period")?.toUpperCase() ?? result.period?.code;
  if (doImport && !period) throw new UsageInvalid("Không đọc được kỳ báo cáo từ tiêu đề: thêm --period (ví dụ 2022-H1)", "extract");
  const imported =
    doImport && unit && period
      ? await ctx.api().bulkValues(
          result.figures.map((f) => ({
            unit,
            period,
            indicator: f.indicator,
            disaggregation: f.disaggregation,
            value: f.value,
            comment: `Trích từ ${file}, dòng ${f.line}`,
          })),
          !flag(ctx, "apply"),
        )
      : undefined;
  if (flag(ctx, "json")) {
    printJson(ctx, {
      file,
      ...result,
      ...(imported
        ? {
            import: { applied: flag(ctx, "apply"), counts: countChanges(imported), changes: imported.changes, findings: imported.findings },
          }
        : {}),
    });
    return 0;
  }
  ctx.output.out(`Tệp: ${file}\nKỳ báo cáo: ${result.period ? result.period.code : "không xác định"}\n\n`);
  ctx.output.out(
    `${renderTable<ExtractedFigure>(
      [
        { header: "Dòng", cell: (f) => String(f.line), align: "right" },
        { header: "Chỉ tiêu", cell: (f) => f.indicator, shrink: "wrap", min: 12 },
        { header: "Phân tổ", cell: (f) => f.disaggregation || "(tổng)", shrink: "wrap", min: 8 },
        { header: "Giá trị", cell: (f) => `${formatValue(f.value)} ${f.unit}`, align: "right" },
        { header: "Độ tin cậy", cell: (f) => (f.confidence === "certain" ? "chắc chắn" : "có thể") },
      ],
      result.figures,
      ctx.columns,
    )}\n\n${result.figures.length} số liệu, ${result.claims.length} tỷ lệ được nêu.\n`,
  );
  if (imported) {
    const c = countChanges(imported);
    ctx.output.out(
      `${flag(ctx, "apply") ? "Đã" : "Chạy thử: sẽ"} thêm ${c.insert}, sửa ${c.update}, giữ nguyên ${c.unchanged} số liệu của ${unit} kỳ ${period}.\n`,
    );
  }
  return 0;
};
