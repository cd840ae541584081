/**
 * A unit's reminder rules (read; set by administrators), and for global administrators the
 * reminder run by hand and the sending log, over HTTP.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as ReminderRule from "@cchc/domain/deadlines/ReminderRule";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import * as ReminderStep from "./ReminderStep.js";
import { everyUnit, TAGS, today, Unit } from "./RouteCommon.js";
import { runLeased } from "./Scheduler.js";

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

/** The routes of reminder rules, the run and the sending log. */
export const reminderRunRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/reminder-rules",
      operationId: "getReminderRules",
      summary: "Quy tắc nhắc việc của đơn vị (mặc định: trước 5 và 1 ngày làm việc, đúng ngày, hằng tuần khi quá hạn)",
      tags: TAGS,
      params: Unit,
      response: Schema.Struct({ unit: Schema.String, custom: Schema.Boolean, rules: Schema.Array(ReminderRule.ReminderRule) }),
    },
    ({ params }) =>
      Effect.gen(function* () {
        const raw = yield* Effect.flatMap(ReminderStore, (s) => s.rules(params.unit));
        return { unit: params.unit, custom: raw !== null, rules: yield* ReminderStep.rulesOf(params.unit) };
      }),
  ),
  route(
    {
      method: "put",
      path: "/units/:unit/reminder-rules",
      operationId: "setReminderRules",
      summary: "Đặt quy tắc nhắc việc của đơn vị (quản trị)",
      tags: TAGS,
      params: Unit,
      body: Schema.Struct({ rules: Schema.Array(ReminderRule.ReminderRule).pipe(Schema.maxItems(20)) }),
      response: Schema.Struct({ unit: Schema.String, custom: Schema.Boolean, rules: Schema.Array(ReminderRule.ReminderRule) }),
      errors: ["REQUEST_INVALID", "ORG_UNIT_NOT_FOUND"],
      access: { action: "admin", lock: false },
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
        const p = yield* CurrentPrincipal;
        yield* Effect.flatMap(ReminderStore, (s) => s.setRules(params.unit, body.rules, p.username));
        return { unit: params.unit, custom: true, rules: body.rules };
      }),
  ),
  route(
    {
      method: "post",
      path: "/reminders/run",
      operationId: "runReminders",
      summary: "Chạy nhắc việc một lần tính đến một ngày (quản trị toàn hệ thống; như bộ lập lịch)",
      description:
        "Ghi thông báo (mỗi hạn, người nhận, mốc nhắc một lần), xếp thư tổng hợp trong ngày (không đợi giờ nhận thư) và gửi thư đến hạn. `dryRun`: chỉ báo những gì sẽ nhắc.",
      tags: TAGS,
      body: Schema.Struct({ asOf: Schema.optional(LocalDate.LocalDate), dryRun: Schema.optional(Schema.Boolean) }),
      response: RunSummary,
      errors: ["REMINDER_RUN_BUSY", "ACCESS_DENIED"],
      access: { action: "admin", ...everyUnit, lock: false },
    },
    ({ body }) =>
      Effect.gen(function* () {
        const p = yield* CurrentPrincipal;
        const asOf = body.asOf ?? (yield* today);
        return yield* runLeased(`manual-${p.username ?? "?"}`, { asOf, dryRun: body.dryRun ?? false, ignoreDigestHour: true });
      }),
  ),
  route(
    {
      method: "get",
      path: "/reminders/deliveries",
      operationId: "listMailDeliveries",
      summary: "Nhật ký gửi thư nhắc việc (quản trị toàn hệ thống)",
      tags: TAGS,
      query: Schema.Struct({
        status: Schema.optional(Schema.Literal("pending", "sending", "sent", "failed")),
        limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 500))),
      }),
      response: Schema.Struct({ items: Schema.Array(DeliveryView) }),
      access: { action: "admin", ...everyUnit },
    },
    ({ query }) =>
      Effect.gen(function* () {
        const store = yield* ReminderStore;
        const users = new Map((yield* store.recipients()).map((u) => [u.id, u.username]));
        const list = yield* store.deliveries({ status: query.status, limit: query.limit ?? 100 });
        return {
          items: list.map((d) => ({
            id: d.id,
            username: users.get(d.userId) ?? null,
            day: d.day,
            recipient: d.recipient,
            subject: d.subject,
            status: d.status,
            attempts: d.attempts,
            items: d.items,
            nextAttemptAt: d.nextAttemptAt.toISOString(),
            lastError: d.lastError,
            createdAt: d.createdAt.toISOString(),
            sentAt: d.sentAt?.toISOString() ?? null,
          })),
        };
      }),
  ),
];
