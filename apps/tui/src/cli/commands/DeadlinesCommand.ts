/**
 * `cchc deadlines --unit U [--from DATE] [--to DATE] [--as-of DATE]`: the unit's deadlines as the
 * web app's "Hạn và nhắc việc" screen lists them — due day, state, kind, title — in order.
 */
import { isLocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { deadlines } from "../../api/Reminders.js";
import { type CommandRun, flag, printJson, req } from "../Context.js";
import { dayOption } from "../Day.js";
import { displayWidth, pad } from "../Table.js";

const STATE_VI: Record<string, string> = { done: "Đã xong", overdue: "Quá hạn", "due-soon": "Sắp đến hạn", upcoming: "Chưa đến hạn" };
const KIND_VI: Record<string, string> = {
  submission: "Gửi báo cáo",
  approval: "Phê duyệt",
  "plan-task": "Nhiệm vụ KH",
  "assigned-task": "Được giao",
  remediation: "Khắc phục",
  "par-index": "Chỉ số CCHC",
};

const day = (ctx: Parameters<CommandRun>[0], name: string) => dayOption(ctx, name, "deadlines");

/** A day of the answer as Vietnamese write it short (14/6/2022); as given when it is not a day. */
const shortDay = (d: string): string => (isLocalDate(d) ? VnDate.formatShort(d) : d);

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const from = day(ctx, "from");
  const to = day(ctx, "to");
  const asOf = day(ctx, "as-of");
  const q = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(asOf ? { asOf } : {}) };
  const list = await deadlines({ baseUrl: ctx.env.apiUrl, token: ctx.env.token }, req(ctx, "unit"), q);
  if (flag(ctx, "json")) {
    printJson(ctx, list);
    return 0;
  }
  const states = list.items.map((d) => STATE_VI[d.state] ?? d.state);
  const kinds = list.items.map((d) => KIND_VI[d.kind] ?? d.kind);
  const ws = Math.max(0, ...states.map(displayWidth));
  const wk = Math.max(0, ...kinds.map(displayWidth));
  list.items.forEach((d, i) => {
    const due = pad(shortDay(d.dueOn), 10);
    ctx.output.out(`${due}  ${pad(states[i] ?? "", ws)}  ${pad(kinds[i] ?? "", wk)}  ${d.title}\n`);
  });
  ctx.output.out(
    list.items.length === 0
      ? `Không có hạn nào của ${list.unit} trong khoảng này.\n`
      : `\n${list.items.length} hạn của ${list.unit}, tình trạng tính đến ${shortDay(list.asOf)}.\n`,
  );
  return 0;
};
