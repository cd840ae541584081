/**
 * `cchc values set --unit U --period P --indicator CODE [--disaggregation D] --value N
 * [--version V]`: stores one value. The server applies the domain checks; a stale version is a
 * conflict shown with the stored value and ours.
 */
import { type CommandRun, flag, num, printJson, req, str } from "../Context.js";
import { numberField, recordOf } from "../Details.js";
import { ServerRefused } from "../Failure.js";
import { formatValue } from "./ValuesGetCommand.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const unit = req(ctx, "unit");
  const period = req(ctx, "period").toUpperCase();
  const input = {
    indicator: req(ctx, "indicator"),
    disaggregation: str(ctx, "disaggregation") ?? "",
    value: num(ctx, "value") ?? 0,
    ...(num(ctx, "version") === undefined ? {} : { version: num(ctx, "version") }),
    ...(str(ctx, "comment") === undefined ? {} : { comment: str(ctx, "comment") }),
  };
  try {
    const stored = await ctx.api().setValue(unit, period, input);
    if (flag(ctx, "json")) printJson(ctx, { unit, period, stored });
    else
      ctx.output.out(
        `Đã lưu ${input.indicator}${input.disaggregation ? `[${input.disaggregation}]` : ""} = ${formatValue(stored?.value ?? input.value)} cho ${unit} kỳ ${period}${stored?.version === undefined ? "" : ` (phiên bản ${stored.version})`}.\n`,
      );
    return 0;
  } catch (e) {
    if (e instanceof ServerRefused && e.status === 409) {
      const d = recordOf(e.details);
      const theirs = d.stored ?? d.current;
      const value = numberField(theirs, "value");
      throw new ServerRefused(
        409,
        e.code,
        `${e.message}\n  Giá trị đang lưu: ${value === null ? "?" : formatValue(value)} (phiên bản ${numberField(theirs, "version") ?? "?"})\n  Giá trị của bạn: ${formatValue(input.value)} (phiên bản ${input.version ?? "mới"})\n  Đọc lại bằng "cchc values get" rồi gửi với --version mới nếu vẫn muốn ghi đè.`,
        e.details,
      );
    }
    throw e;
  }
};
