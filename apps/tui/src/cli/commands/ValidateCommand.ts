/**
 * `cchc validate --unit U --period P`: runs the validation rules on the server and prints the
 * findings by importance; exits 1 when any finding is an error.
 */
import type { ValidationFindingView } from "../../api/ApiClient.js";
import { type CommandRun, flag, printJson, req } from "../Context.js";
import { renderTable } from "../Table.js";

/** Label of an importance, readable without colour. */
export const importanceLabel = (i: string): string => (i === "error" ? "✗ lỗi" : i === "warning" ? "! cảnh báo" : i);

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const unit = req(ctx, "unit");
  const period = req(ctx, "period").toUpperCase();
  const findings = await ctx.api().validate(unit, period);
  const errors = findings.filter((f) => f.importance === "error").length;
  if (flag(ctx, "json")) {
    printJson(ctx, { unit, period, findings, summary: { errors, warnings: findings.length - errors } });
    return errors > 0 ? 1 : 0;
  }
  if (findings.length === 0) {
    ctx.output.out(`Số liệu của ${unit} kỳ ${period}: không phát hiện lỗi.\n`);
    return 0;
  }
  const sorted = [...findings].sort((a, b) =>
    a.importance === b.importance ? a.area.localeCompare(b.area) : a.importance === "error" ? -1 : 1,
  );
  ctx.output.out(
    `Kiểm tra số liệu của ${unit}, kỳ ${period}:\n\n${renderTable<ValidationFindingView>(
      [
        { header: "Mức", cell: (f) => importanceLabel(f.importance) },
        { header: "Lĩnh vực", cell: (f) => f.area },
        { header: "Quy tắc", cell: (f) => f.rule, max: 36, shrink: "wrap", min: 12 },
        { header: "Nội dung", cell: (f) => f.message, max: 90, shrink: "wrap", min: 24 },
      ],
      sorted,
      ctx.columns,
    )}\n\n${findings.length} phát hiện: ${errors} lỗi, ${findings.length - errors} cảnh báo.\n`,
  );
  return errors > 0 ? 1 : 0;
};
