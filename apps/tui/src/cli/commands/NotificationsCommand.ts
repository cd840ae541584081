/**
 * `cchc notifications [--unread] [--mark-read]`: the caller's reminders as the web app's bell
 * shows them — state, due day, unit, title — newest first; `--mark-read` marks them all read.
 */
import { isLocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { markAllRead, notifications } from "../../api/Reminders.js";
import { type CommandRun, flag, printJson } from "../Context.js";
import { displayWidth, pad } from "../Table.js";

const STATE_VI: Record<string, string> = { done: "Đã xong", overdue: "Quá hạn", "due-soon": "Sắp đến hạn", upcoming: "Chưa đến hạn" };

/** Runs the command. */
/** A day of the answer as Vietnamese write it short (14/6/2022); as given when it is not a day. */
const shortDay = (d: string): string => (isLocalDate(d) ? VnDate.formatShort(d) : d);

export const run: CommandRun = async (ctx) => {
  const o = { baseUrl: ctx.env.apiUrl, token: ctx.env.token };
  const list = await notifications(o, flag(ctx, "unread"));
  const marked = flag(ctx, "mark-read") ? await markAllRead(o) : undefined;
  if (flag(ctx, "json")) {
    printJson(ctx, { ...list, ...(marked ? { marked: marked.updated, unreadAfter: marked.unread } : {}) });
    return 0;
  }
  if (list.items.length === 0) ctx.output.out("Không có thông báo nhắc việc.\n");
  const states = list.items.map((n) => STATE_VI[n.state] ?? n.state);
  const width = Math.max(0, ...states.map(displayWidth));
  list.items.forEach((n, i) => {
    const mark = n.readAt === null ? "●" : " ";
    ctx.output.out(`${mark} ${pad(states[i] ?? "", width)}  hạn ${shortDay(n.dueOn)}  ${n.unit}  ${n.title}\n`);
  });
  ctx.output.out(`\n${list.unread} thông báo chưa đọc.\n`);
  if (marked) ctx.output.out(`Đã đánh dấu đã đọc ${marked.updated} thông báo.\n`);
  return 0;
};
