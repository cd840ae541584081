/**
 * `cchc period CODE [--regime]`: the date window of a reporting period, computed offline by the
 * domain (`@cchc/domain/Period`), the same rule the server uses.
 */
import * as Period from "@cchc/domain/Period";
import { formatShortPadded } from "@cchc/domain/VnDate";
import { Either } from "effect";
import { type CommandRun, flag, printJson, str } from "../Context.js";
import { UsageInvalid } from "../Failure.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const code = ctx.args.positionals[0] ?? "";
  const regime = (str(ctx, "regime") ?? "nd09") as Period.Regime;
  const result = Period.window(code.toUpperCase(), regime);
  if (Either.isLeft(result)) {
    const e = result.left;
    throw new UsageInvalid(
      e._tag === "PeriodNotInRegime"
        ? `Kỳ ${code} không có trong chế độ báo cáo "${regime}" (chế độ bnv chỉ có Quý I, 6 tháng, Quý III và năm)`
        : `Mã kỳ báo cáo "${code}" không hợp lệ. Dùng dạng 2022-M06, 2022-Q1…Q4, 2022-H1, 2022-H2, 2022-9M hoặc 2022-Y, năm từ 2000 đến 2100`,
      "period",
    );
  }
  const w = result.right;
  if (flag(ctx, "json")) {
    printJson(ctx, { code: w.code, regime: w.regime, start: w.start, end: w.end, label: w.label });
  } else {
    ctx.output.out(`${w.label} (${w.code}, chế độ ${w.regime}): từ ${formatShortPadded(w.start)} đến ${formatShortPadded(w.end)}\n`);
  }
  return 0;
};
