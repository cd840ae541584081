/** The caller's in-app reminders (list, mark read) and reminder preferences over HTTP. */
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import { Clock, Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { TAGS, userIdOf } from "./RouteCommon.js";

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

/** The routes of notifications and preferences. */
export const notificationRoutes = [
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
];
