/**
 * A unit's reminder rules (read; set by administrators), and for global administrators the
 * reminder run by hand and the sending log.
 */
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as ReminderRule from "@cchc/domain/deadlines/ReminderRule";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Schema } from "effect";
import { deadlines } from "../EndpointGroups.js";
import { everyUnit, Unit } from "../schemas/Reminders.js";

const Planned = Schema.Struct({
  username: Schema.String,
  deadlineId: Schema.String,
  title: Schema.String,
  dueOn: Schema.String,
  state: Deadline.DeadlineState,
  ruleKey: Schema.String,
  unit: Schema.String,
});

const RunSummary = Schema.Struct({
  asOf: Schema.String,
  dryRun: Schema.Boolean,
  units: Schema.Number,
  deadlines: Schema.Number,
  notifications: Schema.Number,
  digestsQueued: Schema.Number,
  sent: Schema.Number,
  failed: Schema.Number,
  reminders: Schema.Array(Planned),
}).annotations({ identifier: "ReminderRun" });

const DeliveryView = Schema.Struct({
  id: Schema.Number,
  username: Schema.NullOr(Schema.String),
  day: Schema.String,
  recipient: Schema.String,
  subject: Schema.String,
  status: Schema.Literal("pending", "sending", "sent", "failed"),
  attempts: Schema.Number,
  items: Schema.Number,
  nextAttemptAt: Schema.String,
  lastError: Schema.NullOr(Schema.String),
  createdAt: Schema.String,
  sentAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "MailDelivery" });

export const getReminderRules = deadlines.get("getReminderRules", "/units/:unit/reminder-rules", {
  summary: "Quy tắc nhắc việc của đơn vị (mặc định: trước 5 và 1 ngày làm việc, đúng ngày, hằng tuần khi quá hạn)",
  params: Unit,
  response: Schema.Struct({ unit: Schema.String, custom: Schema.Boolean, rules: Schema.Array(ReminderRule.ReminderRule) }),
});

export const setReminderRules = deadlines.put("setReminderRules", "/units/:unit/reminder-rules", {
  summary: "Đặt quy tắc nhắc việc của đơn vị (quản trị)",
  params: Unit,
  body: Schema.Struct({ rules: Schema.Array(ReminderRule.ReminderRule).pipe(Schema.maxItems(20)) }),
  response: Schema.Struct({ unit: Schema.String, custom: Schema.Boolean, rules: Schema.Array(ReminderRule.ReminderRule) }),
  errors: ["OrgUnitNotFound"],
  access: { action: "admin", lock: false },
});

export const runReminders = deadlines.post("runReminders", "/reminders/run", {
  summary: "Chạy nhắc việc một lần tính đến một ngày (quản trị toàn hệ thống; như bộ lập lịch)",
  description:
    "Ghi thông báo (mỗi hạn, người nhận, mốc nhắc một lần), xếp thư tổng hợp trong ngày (không đợi giờ nhận thư) và gửi thư đến hạn. `dryRun`: chỉ báo những gì sẽ nhắc.",
  body: Schema.Struct({ asOf: Schema.optional(LocalDate.LocalDate), dryRun: Schema.optional(Schema.Boolean) }),
  response: RunSummary,
  errors: ["ReminderRunBusy"],
  access: { action: "admin", ...everyUnit, lock: false },
});

export const listMailDeliveries = deadlines.get("listMailDeliveries", "/reminders/deliveries", {
  summary: "Nhật ký gửi thư nhắc việc (quản trị toàn hệ thống)",
  query: Schema.Struct({
    status: Schema.optional(Schema.Literal("pending", "sending", "sent", "failed")),
    limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 500))),
  }),
  response: Schema.Struct({ items: Schema.Array(DeliveryView) }),
  access: { action: "admin", ...everyUnit },
});
