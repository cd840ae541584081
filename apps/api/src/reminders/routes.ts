/**
 * Deadlines and reminders over HTTP: a unit's computed deadlines (JSON) and calendar feed
 * (iCalendar, readable with a read-only calendar token in the query), calendar tokens, the
 * caller's notifications and reminder preferences, per-unit reminder rules, and for global
 * administrators the reminder run by hand and the sending log.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import { anonymous } from "@cchc/domain/access/Principal";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as ICalendar from "@cchc/domain/deadlines/ICalendar";
import * as ReminderRule from "@cchc/domain/deadlines/ReminderRule";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Effect, Schema } from "effect";
import { check } from "../auth/AccessControl.js";
import { AuthRequired } from "../auth/AuthErrors.js";
import { Authenticator, principalOfUser } from "../auth/Authenticator.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import { deadlinesOf, yearsAround } from "./DeadlineCollector.js";
import { PublicUrl } from "./Mailer.js";
import { CalendarTokenInvalid } from "./ReminderErrors.js";
import * as ReminderStep from "./ReminderStep.js";
import { runLeased } from "./Scheduler.js";

const TAGS = ["Hạn và nhắc việc"];
const Unit = Schema.Struct({ unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }) });
const everyUnit = { unit: () => "*" };

const today = Effect.map(Clock.currentTimeMillis, (ms) => LocalDate.ofInstantInVietnam(new Date(ms)));

const yearsOf = (asOf: LocalDate.LocalDate, from: string | undefined, to: string | undefined): ReadonlyArray<number> => {
  if (from === undefined && to === undefined) return yearsAround(asOf);
  const a = Number((from ?? to ?? asOf).slice(0, 4));
  const b = Number((to ?? from ?? asOf).slice(0, 4));
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const out: number[] = [];
  for (let y = lo; y <= Math.min(hi, lo + 4); y++) out.push(y);
  return out;
};

const viewsOf = (unit: string, asOf: LocalDate.LocalDate, from: string | undefined, to: string | undefined) =>
  Effect.map(deadlinesOf(unit, yearsOf(asOf, from, to)), (list) => Deadline.within(list, from, to).map((d) => Deadline.view(d, asOf)));

const DeadlineQuery = Schema.Struct({
  from: Schema.optional(LocalDate.LocalDate).annotations({ description: "Từ ngày (hạn ≥ from)" }),
  to: Schema.optional(LocalDate.LocalDate).annotations({ description: "Đến ngày (hạn ≤ to)" }),
  asOf: Schema.optional(LocalDate.LocalDate).annotations({ description: "Tình trạng tính đến ngày (mặc định: hôm nay, giờ Việt Nam)" }),
});

const NotificationView = Schema.Struct({
  id: Schema.Number,
  deadlineId: Schema.String,
  rule: Schema.String,
  unit: Schema.String,
  kind: Deadline.DeadlineKind,
  title: Schema.String,
  dueOn: Schema.String,
  state: Deadline.DeadlineState,
  link: Schema.String,
  asOf: Schema.String,
  createdAt: Schema.String,
  readAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "Notification" });

const Preferences = Schema.Struct({
  email: Schema.NullOr(Schema.String),
  emailEnabled: Schema.Boolean,
  digestHour: Schema.Number,
}).annotations({ identifier: "ReminderPreferences" });

const Email = Schema.Trim.pipe(
  Schema.maxLength(254),
  Schema.pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: () => "Địa chỉ thư điện tử không hợp lệ" }),
);

const PreferencesPatch = Schema.Struct({
  email: Schema.optional(Schema.NullOr(Email)),
  emailEnabled: Schema.optional(Schema.Boolean),
  digestHour: Schema.optional(Schema.Int.pipe(Schema.between(0, 23, { message: () => "Giờ nhận thư phải từ 0 đến 23" }))),
});

const CalendarTokenView = Schema.Struct({
  id: Schema.String,
  unit: Schema.String,
  prefix: Schema.String,
  createdAt: Schema.String,
  revokedAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "CalendarToken" });

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

const userIdOf = Effect.flatMap(CurrentPrincipal, (p) => (p.userId === null ? Effect.fail(new AuthRequired()) : Effect.succeed(p.userId)));

/** The routes of deadlines and reminders. */
export const reminderRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/deadlines",
      operationId: "listDeadlines",
      summary: "Các hạn của đơn vị (báo cáo, phê duyệt, nhiệm vụ, khắc phục sau kiểm tra) với tình trạng",
      description:
        "Hạn gửi báo cáo định kỳ tính theo Nghị định 09/2019 và lịch nghỉ lễ; tình trạng done / overdue / due-soon (≤ 5 ngày làm việc) / upcoming tính đến `asOf`.",
      tags: TAGS,
      params: Unit,
      query: DeadlineQuery,
      response: Schema.Struct({ unit: Schema.String, asOf: Schema.String, items: Schema.Array(Deadline.DeadlineView) }),
      errors: ["ORG_UNIT_NOT_FOUND"],
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const asOf = query.asOf ?? (yield* today);
        return { unit: params.unit, asOf, items: yield* viewsOf(params.unit, asOf, query.from, query.to) };
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/calendar.ics",
      operationId: "unitCalendar",
      summary: "Lịch các hạn của đơn vị (iCalendar, RFC 5545)",
      description:
        "Một sự kiện cả ngày cho mỗi hạn, UID ổn định. Ứng dụng lịch không gửi được tiêu đề xác thực dùng `?token=` (mã lịch chỉ đọc, tạo bằng POST /calendar-tokens, thu hồi được).",
      tags: TAGS,
      params: Unit,
      query: Schema.Struct({
        token: Schema.optional(Schema.String).annotations({ description: "Mã lịch chỉ đọc (cchccal_…)" }),
        asOf: Schema.optional(LocalDate.LocalDate),
      }),
      response: { contentTypes: ["text/calendar"], description: "Tệp iCalendar" },
      errors: ["CALENDAR_TOKEN_INVALID", "AUTH_REQUIRED", "ACCESS_DENIED", "ORG_UNIT_NOT_FOUND"],
      public: true,
    },
    ({ params, query, request }) =>
      Effect.gen(function* () {
        if (query.token !== undefined) {
          const found = yield* Effect.flatMap(ReminderStore, (s) => s.findCalendarToken(query.token as string));
          if (found === undefined || found.unit !== params.unit) return yield* Effect.fail(new CalendarTokenInvalid());
          // The token reads only what its owner still may read: a role taken away closes the feed too.
          const owner = yield* Effect.orDie(Effect.flatMap(AccountRepo, (a) => a.get(found.userId)));
          const allowed = yield* Effect.either(check(principalOfUser(owner), "read", params.unit));
          if (allowed._tag === "Left") return yield* Effect.fail(new CalendarTokenInvalid());
        } else {
          const auth = yield* Authenticator;
          const who = yield* Effect.either(
            auth.authenticate({
              authorization: request.headers.get("authorization") ?? undefined,
              cookie: request.headers.get("cookie") ?? undefined,
            }),
          );
          yield* check(who._tag === "Right" ? who.right.principal : anonymous, "read", params.unit);
        }
        const unit = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
        const asOf = query.asOf ?? (yield* today);
        const items = yield* viewsOf(params.unit, asOf, undefined, undefined);
        const base = yield* PublicUrl;
        const body = ICalendar.render({
          unit: params.unit,
          unitName: unit.name,
          deadlines: items,
          appUrl: base,
          now: new Date(yield* Clock.currentTimeMillis),
          host: new URL(base).hostname || "cchc",
        });
        return new Response(body, {
          headers: {
            "content-type": "text/calendar; charset=utf-8",
            "content-disposition": `attachment; filename="cchc-${params.unit}.ics"`,
            "cache-control": "private, max-age=300",
          },
        });
      }),
  ),
  route(
    {
      method: "post",
      path: "/calendar-tokens",
      operationId: "createCalendarToken",
      summary: "Tạo mã lịch chỉ đọc cho một đơn vị (hiện một lần, kèm đường dẫn lịch)",
      tags: TAGS,
      body: Schema.Struct({ unit: Schema.String.pipe(Schema.minLength(1)) }),
      response: Schema.Struct({ token: Schema.String, url: Schema.String, info: CalendarTokenView }),
      successStatus: 201,
      errors: ["ORG_UNIT_NOT_FOUND", "ACCESS_DENIED"],
      access: { action: "read", unit: (i) => (i.body as { unit?: string } | undefined)?.unit, lock: false },
    },
    ({ body }) =>
      Effect.gen(function* () {
        yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(body.unit));
        const userId = yield* userIdOf;
        const created = yield* Effect.flatMap(ReminderStore, (s) => s.createCalendarToken(userId, body.unit));
        const base = (yield* PublicUrl).replace(/\/+$/, "");
        return {
          token: created.secret,
          url: `${base}/api/v1/units/${encodeURIComponent(body.unit)}/calendar.ics?token=${created.secret}`,
          info: { ...created.token, createdAt: created.token.createdAt.toISOString(), revokedAt: null },
        };
      }),
  ),
  route(
    {
      method: "get",
      path: "/calendar-tokens",
      operationId: "listCalendarTokens",
      summary: "Các mã lịch của mình",
      tags: TAGS,
      response: Schema.Struct({ items: Schema.Array(CalendarTokenView) }),
      access: { action: "read", authenticatedOnly: true },
    },
    () =>
      Effect.gen(function* () {
        const list = yield* Effect.flatMap(ReminderStore, (s) => Effect.flatMap(userIdOf, (id) => s.calendarTokens(id)));
        return { items: list.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })) };
      }),
  ),
  route(
    {
      method: "delete",
      path: "/calendar-tokens/:id",
      operationId: "revokeCalendarToken",
      summary: "Thu hồi mã lịch",
      tags: TAGS,
      params: Schema.Struct({ id: Schema.String }),
      response: Schema.Struct({ revoked: Schema.Boolean }),
      errors: ["CALENDAR_TOKEN_NOT_FOUND"],
      access: { action: "read", authenticatedOnly: true, lock: false },
    },
    ({ params }) =>
      Effect.gen(function* () {
        const userId = yield* userIdOf;
        const at = new Date(yield* Clock.currentTimeMillis);
        yield* Effect.flatMap(ReminderStore, (s) => s.revokeCalendarToken(userId, params.id, at));
        return { revoked: true };
      }),
  ),
  route(
    {
      method: "get",
      path: "/notifications",
      operationId: "listNotifications",
      summary: "Thông báo nhắc việc của mình, mới nhất trước, với số chưa đọc",
      tags: TAGS,
      query: Schema.Struct({
        unread: Schema.optional(Schema.Literal("true", "false")).annotations({ description: "true: chỉ thông báo chưa đọc" }),
        limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 200))),
      }),
      response: Schema.Struct({ unread: Schema.Number, items: Schema.Array(NotificationView) }),
      access: { action: "read", authenticatedOnly: true },
    },
    ({ query }) =>
      Effect.gen(function* () {
        const userId = yield* userIdOf;
        const store = yield* ReminderStore;
        const items = yield* store.list(userId, { unreadOnly: query.unread === "true", limit: query.limit ?? 50 });
        return {
          unread: yield* store.unreadCount(userId),
          items: items.map((n) => ({
            id: n.id,
            deadlineId: n.deadlineId,
            rule: n.ruleKey,
            unit: n.unit,
            kind: n.kind as Deadline.DeadlineKind,
            title: n.title,
            dueOn: n.dueOn,
            state: n.state as Deadline.DeadlineState,
            link: n.link,
            asOf: n.asOf,
            createdAt: n.createdAt.toISOString(),
            readAt: n.readAt?.toISOString() ?? null,
          })),
        };
      }),
  ),
  route(
    {
      method: "post",
      path: "/notifications/read",
      operationId: "markNotificationsRead",
      summary: "Đánh dấu đã đọc (các thông báo `ids`, hoặc tất cả khi không gửi `ids`)",
      tags: TAGS,
      body: Schema.Struct({ ids: Schema.optional(Schema.Array(Schema.Int)) }),
      response: Schema.Struct({ updated: Schema.Number, unread: Schema.Number }),
      access: { action: "read", authenticatedOnly: true, lock: false },
      audit: "handler",
    },
    ({ body }) =>
      Effect.gen(function* () {
        const userId = yield* userIdOf;
        const store = yield* ReminderStore;
        const updated = yield* store.markRead(userId, body.ids, new Date(yield* Clock.currentTimeMillis));
        return { updated, unread: yield* store.unreadCount(userId) };
      }),
  ),
  route(
    {
      method: "get",
      path: "/notifications/preferences",
      operationId: "getReminderPreferences",
      summary: "Cách nhận nhắc việc của mình: địa chỉ thư, bật/tắt thư, giờ nhận thư tổng hợp",
      tags: TAGS,
      response: Preferences,
      access: { action: "read", authenticatedOnly: true },
    },
    () => Effect.flatMap(userIdOf, (id) => Effect.flatMap(ReminderStore, (s) => s.preferences(id))),
  ),
  route(
    {
      method: "put",
      path: "/notifications/preferences",
      operationId: "setReminderPreferences",
      summary: "Đổi cách nhận nhắc việc (chỉ các trường gửi lên)",
      tags: TAGS,
      body: PreferencesPatch,
      response: Preferences,
      errors: ["REQUEST_INVALID"],
      access: { action: "read", authenticatedOnly: true, lock: false },
    },
    ({ body }) => Effect.flatMap(userIdOf, (id) => Effect.flatMap(ReminderStore, (s) => s.setPreferences(id, body))),
  ),
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
