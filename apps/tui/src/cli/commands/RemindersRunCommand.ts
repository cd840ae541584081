/**
 * `cchc reminders run [--as-of DATE] [--dry-run]`: runs the reminder step on the server by hand,
 * as the scheduler does (global administrators; for testing and for cron): records the day's
 * notifications, queues the digests and sends the mail due. `--dry-run` only lists what it would remind.
 */
import { runReminders } from "../../api/Reminders.js";
import { type CommandRun, flag, printJson } from "../Context.js";
import { dayOption } from "../Day.js";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const asOf = dayOption(ctx, "as-of", "reminders run");
  const dryRun = flag(ctx, "dry-run");
  const r = await runReminders({ baseUrl: ctx.env.apiUrl, token: ctx.env.token }, asOf, dryRun);
  if (flag(ctx, "json")) {
    printJson(ctx, r);
    return 0;
  }
  for (const x of r.reminders) ctx.output.out(`${x.username}  ${x.ruleKey}  hạn ${x.dueOn}  ${x.unit}  ${x.title}\n`);
  ctx.output.out(
    dryRun
      ? `\nChạy thử tính đến ${r.asOf}: ${r.reminders.length} nhắc việc sẽ được ghi (${r.deadlines} hạn của ${r.units} đơn vị); không ghi, không gửi gì.\n`
      : `\nNhắc việc tính đến ${r.asOf}: ${r.notifications} thông báo mới, ${r.digestsQueued} thư tổng hợp xếp hàng, ${r.sent} thư đã gửi, ${r.failed} thư lỗi (sẽ gửi lại).\n`,
  );
  return 0;
};
