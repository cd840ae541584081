/**
 * `cchc values get --unit U --period P [--indicator CODE]`: the stored values of a unit in a
 * period, with their versions (needed to change them safely).
 */
import type { StoredValue } from "../../api/ApiClient.js";
import { groupDigits } from "../../ops/Progress.js";
import { type CommandRun, flag, printJson, req, str } from "../Context.js";
import { renderTable } from "../Table.js";

/** A value as Vietnamese write it: "1.788", "49,5". */
export const formatValue = (n: number): string => {
  if (Number.isInteger(n)) return (n < 0 ? "-" : "") + groupDigits(Math.abs(n));
  const [i, d] = String(Math.abs(n)).split(".");
  return `${n < 0 ? "-" : ""}${groupDigits(Number(i))},${d}`;
};

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const unit = req(ctx, "unit");
  const period = req(ctx, "period").toUpperCase();
  const indicator = str(ctx, "indicator");
  const values = await ctx.api().values(unit, period, indicator);
  if (flag(ctx, "json")) {
    printJson(ctx, { unit, period, items: values });
    return 0;
  }
  if (values.length === 0) {
    ctx.output.out(`Chưa có số liệu nào của ${unit} kỳ ${period}${indicator ? ` cho chỉ tiêu ${indicator}` : ""}.\n`);
    return 0;
  }
  const sorted = [...values].sort((a, b) => a.indicator.localeCompare(b.indicator) || a.disaggregation.localeCompare(b.disaggregation));
  ctx.output.out(
    `Số liệu của ${unit}, kỳ ${period}:\n\n${renderTable<StoredValue>(
      [
        { header: "Chỉ tiêu", cell: (v) => v.indicator, shrink: "wrap", min: 12 },
        { header: "Phân tổ", cell: (v) => v.disaggregation || "(tổng)", shrink: "wrap", min: 8 },
        { header: "Giá trị", cell: (v) => formatValue(v.value), align: "right" },
        { header: "Phiên bản", cell: (v) => String(v.version ?? ""), align: "right" },
        { header: "Ghi chú", cell: (v) => v.comment ?? "", max: 30, shrink: "truncate", min: 8 },
      ],
      sorted,
      ctx.columns,
    )}\n\n${values.length} số liệu.\n`,
  );
  return 0;
};
