/**
 * `cchc check FILE [--period] [--regime] [--json]`: checks a report file offline with the report
 * checker (`@cchc/report/check/CheckReport`) and prints its findings; exits 1 when any finding is
 * an error.
 */

import { resolve } from "node:path";
import { checkReport } from "@cchc/report/check/CheckReport";
import type { Finding } from "@cchc/report/check/Finding";
import { readReportText } from "../../files/ReportFile.js";
import { type CommandRun, flag, printJson, str } from "../Context.js";
import { UsageInvalid } from "../Failure.js";
import { renderTable } from "../Table.js";

const PERIOD = /^\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M|Y)$/;

/** Vietnamese label of a severity, readable without colour. */
export const severityLabel: Record<Finding["severity"], string> = { error: "✗ lỗi", warning: "! cảnh báo", info: "i ghi chú" };

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const file = ctx.args.positionals[0] ?? "";
  const period = str(ctx, "period")?.toUpperCase();
  if (period !== undefined && !PERIOD.test(period)) throw new UsageInvalid(`--period không hợp lệ "${period}" (ví dụ 2022-H1)`, "check");
  const text = await readReportText(resolve(ctx.cwd, file));
  const regime = str(ctx, "regime") as "nd09" | "calendar" | "bnv" | undefined;
  const result = checkReport(text, { ...(period ? { period } : {}), ...(regime ? { regime } : {}) });
  const errors = result.findings.filter((f) => f.severity === "error").length;
  if (flag(ctx, "json")) {
    printJson(ctx, {
      file,
      ...result,
      summary: { errors, warnings: result.findings.filter((f) => f.severity === "warning").length, total: result.findings.length },
    });
    return errors > 0 ? 1 : 0;
  }
  const p = result.period;
  ctx.output.out(
    `Tệp: ${file}\nKỳ báo cáo: ${p ? `${p.code} (${p.start} – ${p.end}, ${p.source === "given" ? "theo --period" : "đọc từ tiêu đề"})` : "không xác định"}\n\n`,
  );
  if (result.findings.length === 0) {
    ctx.output.out("Không phát hiện lỗi nào.\n");
    return 0;
  }
  ctx.output.out(
    `${renderTable<Finding>(
      [
        { header: "Dòng", cell: (f) => `${f.line}:${f.column}`, align: "right" },
        { header: "Mức", cell: (f) => severityLabel[f.severity] },
        { header: "Quy tắc", cell: (f) => f.rule, shrink: "wrap", min: 12 },
        { header: "Nội dung", cell: (f) => f.message, max: 90, shrink: "wrap", min: 24 },
        { header: "Đề nghị sửa", cell: (f) => f.suggestion ?? "", max: 40, shrink: "wrap", min: 11 },
      ],
      result.findings,
      ctx.columns,
    )}\n\n${result.findings.length} phát hiện: ${errors} lỗi, ${result.findings.length - errors} cảnh báo/ghi chú.\n`,
  );
  return errors > 0 ? 1 : 0;
};
