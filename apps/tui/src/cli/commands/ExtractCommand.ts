/**
 * `cchc extract FILE [--json] [--import --unit U [--period P] [--apply [--force]]]`: reads the
 * figures and stated rates of a report offline (`@cchc/report/extract`). With `--import` the
 * figures go to the server as values with source "imported" (a past report loaded as history):
 * first a dry run, whose validation findings are printed; `--apply` then stores them all in one
 * transaction — unless the findings on the extracted figures include errors, in which case the
 * command stores nothing and exits 1 (`--force` stores them anyway).
 */
import { resolve } from "node:path";
import { extractFigures } from "@cchc/report/extract/ExtractFigures";
import type { ExtractedFigure } from "@cchc/report/extract/Extraction";
import type { BulkResult, BulkValueRow, ValidationFindingView } from "../../api/ApiClient.js";
import { readReportText } from "../../files/ReportFile.js";
import { type CommandContext, type CommandRun, flag, printJson, str } from "../Context.js";
import { UsageInvalid } from "../Failure.js";
import { renderTable } from "../Table.js";
import { countChanges } from "./ImportValuesCommand.js";
import { importanceLabel } from "./ValidateCommand.js";
import { formatValue } from "./ValuesGetCommand.js";

type Finding = BulkResult["findings"][number];

/**
 * Errors that concern the extracted figures: those naming one of them among their values. A
 * finding that does not list its values (an older server) counts, so nothing wrong slips through.
 */
export const errorsOnFigures = (findings: ReadonlyArray<Finding>, rows: ReadonlyArray<BulkValueRow>): ReadonlyArray<Finding> => {
  const keys = new Set(rows.map((r) => `${r.indicator}|${r.disaggregation}`));
  const touches = (f: ValidationFindingView) =>
    f.values === undefined || f.values.some((v) => keys.has(`${v.indicator}|${v.disaggregation}`));
  return findings.filter((f) => f.importance === "error" && touches(f));
};

/** The outcome of `--import`: the dry run or the stored write, and whether applying was refused. */
interface ImportOutcome {
  readonly result: BulkResult;
  readonly applied: boolean;
  readonly refused: boolean;
  readonly errors: ReadonlyArray<Finding>;
}

const importFigures = async (ctx: CommandContext, rows: ReadonlyArray<BulkValueRow>): Promise<ImportOutcome> => {
  const options = { source: "imported" as const, signal: ctx.signal };
  const trial = await ctx.api().bulkValues(rows, true, options);
  const errors = errorsOnFigures(trial.findings, rows);
  if (!flag(ctx, "apply")) return { result: trial, applied: false, refused: false, errors };
  if (errors.length > 0 && !flag(ctx, "force")) return { result: trial, applied: false, refused: true, errors };
  const stored = await ctx.api().bulkValues(rows, false, options);
  return { result: stored, applied: true, refused: false, errors: errorsOnFigures(stored.findings, rows) };
};

const printImport = (ctx: CommandContext, outcome: ImportOutcome, unit: string, period: string): void => {
  const c = countChanges(outcome.result);
  const verb = outcome.applied ? "Đã" : outcome.refused ? "Không lưu gì. Nếu lưu sẽ" : "Chạy thử: sẽ";
  ctx.output.out(
    `${verb} thêm ${c.insert}, sửa ${c.update}, giữ nguyên ${c.unchanged} số liệu của ${unit} kỳ ${period} (nguồn imported).\n`,
  );
  const findings = outcome.result.findings;
  if (findings.length)
    ctx.output.out(
      `\nKiểm tra số liệu ${outcome.applied ? "sau khi lưu" : "nếu lưu"}:\n${findings
        .map((f: Finding) => `  ${importanceLabel(f.importance)}  ${f.message}`)
        .join("\n")}\n`,
    );
  if (outcome.refused)
    ctx.output.out(
      `\nTừ chối lưu: ${outcome.errors.length} lỗi kiểm tra trên số liệu trích được. Sửa báo cáo (hoặc số liệu đang lưu) rồi chạy lại, hoặc thêm --force để vẫn lưu.\n`,
    );
  else if (!outcome.applied) ctx.output.out("\nThêm --apply để lưu (tất cả hoặc không gì cả).\n");
};

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const file = ctx.args.positionals[0] ?? "";
  const doImport = flag(ctx, "import");
  const unit = str(ctx, "unit");
  if (doImport && !unit) throw new UsageInvalid("Thiếu --unit (cần khi --import)", "extract");
  if (!doImport && flag(ctx, "apply")) throw new UsageInvalid("--apply chỉ dùng cùng --import", "extract");
  if (!flag(ctx, "apply") && flag(ctx, "force")) throw new UsageInvalid("--force chỉ dùng cùng --import --apply", "extract");
  const text = await readReportText(resolve(ctx.cwd, file));
  const result = extractFigures(text);
  const period = str(ctx, "period")?.toUpperCase() ?? result.period?.code;
  if (doImport && !period) throw new UsageInvalid("Không đọc được kỳ báo cáo từ tiêu đề: thêm --period (ví dụ 2022-H1)", "extract");
  const rows: ReadonlyArray<BulkValueRow> =
    unit && period
      ? result.figures.map((f) => ({
          unit,
          period,
          indicator: f.indicator,
          disaggregation: f.disaggregation,
          value: f.value,
          comment: `Trích từ ${file}, dòng ${f.line}`,
        }))
      : [];
  if (doImport && rows.length === 0) throw new UsageInvalid(`Không trích được số liệu nào từ ${file}: không có gì để nhập`, "extract");
  const imported = doImport && unit && period ? await importFigures(ctx, rows) : undefined;
  const exitCode = imported && imported.errors.length > 0 ? 1 : 0;
  if (flag(ctx, "json")) {
    printJson(ctx, {
      file,
      ...result,
      ...(imported
        ? {
            import: {
              unit,
              period,
              source: "imported",
              applied: imported.applied,
              refused: imported.refused,
              counts: countChanges(imported.result),
              changes: imported.result.changes,
              findings: imported.result.findings,
              errorsOnFigures: imported.errors.length,
            },
          }
        : {}),
    });
    return exitCode;
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
  if (imported && unit && period) printImport(ctx, imported, unit, period);
  return exitCode;
};
