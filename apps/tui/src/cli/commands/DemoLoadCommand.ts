/**
 * `cchc demo load`: asks the server to load the demo data (Đồng Tháp, first half of 2022); the
 * loaders are idempotent, so running it twice changes nothing.
 */
import { type CommandRun, flag, printJson } from "../Context.js";
import { ServerRefused } from "../Failure.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  try {
    const answer = await ctx.api().loadDemo();
    if (flag(ctx, "json")) printJson(ctx, answer ?? { loaded: true });
    else ctx.output.out("Đã nạp dữ liệu mẫu (Đồng Tháp, 6 tháng đầu năm 2022).\n");
    return 0;
  } catch (e) {
    if (e instanceof ServerRefused && e.status === 404 && e.code === "ROUTE_NOT_FOUND")
      throw new ServerRefused(
        404,
        "DEMO_ROUTE_MISSING",
        "Máy chủ chưa có chức năng nạp dữ liệu mẫu qua API. Dữ liệu mẫu được nạp tự động khi máy chủ khởi động với cơ sở dữ liệu trống (CCHC_DEMO khác 0).",
        undefined,
      );
    throw e;
  }
};
