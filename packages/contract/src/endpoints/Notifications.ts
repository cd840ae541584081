/** The caller's in-app reminders (list, mark read) and reminder preferences. */
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import { Schema } from "effect";
import { anySignedIn, anySignedInChange } from "../Endpoint.js";
import { deadlines } from "../EndpointGroups.js";

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

export const listNotifications = deadlines.get("listNotifications", "/notifications", {
  summary: "Thông báo nhắc việc của mình, mới nhất trước, với số chưa đọc",
  query: Schema.Struct({
    unread: Schema.optional(Schema.Literal("true", "false")).annotations({ description: "true: chỉ thông báo chưa đọc" }),
    limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 200))),
  }),
  response: Schema.Struct({ unread: Schema.Number, items: Schema.Array(NotificationView) }),
  access: anySignedIn,
});

export const markNotificationsRead = deadlines.post("markNotificationsRead", "/notifications/read", {
  summary: "Đánh dấu đã đọc (các thông báo `ids`, hoặc tất cả khi không gửi `ids`)",
  body: Schema.Struct({ ids: Schema.optional(Schema.Array(Schema.Int)) }),
  response: Schema.Struct({ updated: Schema.Number, unread: Schema.Number }),
  access: anySignedInChange,
  audit: "handler",
});

export const getReminderPreferences = deadlines.get("getReminderPreferences", "/notifications/preferences", {
  summary: "Cách nhận nhắc việc của mình: địa chỉ thư, bật/tắt thư, giờ nhận thư tổng hợp",
  response: Preferences,
  access: anySignedIn,
});

export const setReminderPreferences = deadlines.put("setReminderPreferences", "/notifications/preferences", {
  summary: "Đổi cách nhận nhắc việc (chỉ các trường gửi lên)",
  body: PreferencesPatch,
  response: Preferences,
  access: anySignedInChange,
});
