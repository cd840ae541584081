/**
 * A unit's computed deadlines: the list with states (JSON), the calendar feed (iCalendar, readable
 * with a read-only calendar token in the query) and the caller's calendar tokens (create, list,
 * revoke).
 */
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Schema } from "effect";
import { anySignedIn, anySignedInChange, textAt } from "../Endpoint.js";
import { deadlines } from "../EndpointGroups.js";
import { Unit } from "../schemas/Reminders.js";

const DeadlineQuery = Schema.Struct({
  from: Schema.optional(LocalDate.LocalDate).annotations({ description: "Từ ngày (hạn ≥ from)" }),
  to: Schema.optional(LocalDate.LocalDate).annotations({ description: "Đến ngày (hạn ≤ to)" }),
  asOf: Schema.optional(LocalDate.LocalDate).annotations({ description: "Tình trạng tính đến ngày (mặc định: hôm nay, giờ Việt Nam)" }),
});

const CalendarTokenView = Schema.Struct({
  id: Schema.String,
  unit: Schema.String,
  prefix: Schema.String,
  createdAt: Schema.String,
  revokedAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "CalendarToken" });

export const listDeadlines = deadlines.get("listDeadlines", "/units/:unit/deadlines", {
  summary: "Các hạn của đơn vị (báo cáo, phê duyệt, nhiệm vụ, khắc phục sau kiểm tra) với tình trạng",
  description:
    "Hạn gửi báo cáo định kỳ tính theo Nghị định 09/2019 và lịch nghỉ lễ; tình trạng done / overdue / due-soon (≤ 5 ngày làm việc) / upcoming tính đến `asOf`.",
  params: Unit,
  query: DeadlineQuery,
  response: Schema.Struct({ unit: Schema.String, asOf: Schema.String, items: Schema.Array(Deadline.DeadlineView) }),
  errors: ["OrgUnitNotFound"],
});

export const unitCalendar = deadlines.get("unitCalendar", "/units/:unit/calendar.ics", {
  summary: "Lịch các hạn của đơn vị (iCalendar, RFC 5545)",
  description:
    "Một sự kiện cả ngày cho mỗi hạn, UID ổn định. Ứng dụng lịch không gửi được tiêu đề xác thực dùng `?token=` (mã lịch chỉ đọc, tạo bằng POST /calendar-tokens, thu hồi được).",
  params: Unit,
  query: Schema.Struct({
    token: Schema.optional(Schema.String).annotations({ description: "Mã lịch chỉ đọc (cchccal_…)" }),
    asOf: Schema.optional(LocalDate.LocalDate),
  }),
  response: { contentTypes: ["text/calendar"], description: "Tệp iCalendar" },
  errors: ["CalendarTokenInvalid", "AuthRequired", "AccessDenied", "OrgUnitNotFound"],
  public: true,
});

export const createCalendarToken = deadlines.post("createCalendarToken", "/calendar-tokens", {
  summary: "Tạo mã lịch chỉ đọc cho một đơn vị (hiện một lần, kèm đường dẫn lịch)",
  body: Schema.Struct({ unit: Schema.String.pipe(Schema.minLength(1)) }),
  response: Schema.Struct({ token: Schema.String, url: Schema.String, info: CalendarTokenView }),
  successStatus: 201,
  errors: ["OrgUnitNotFound"],
  access: { action: "read", unit: (i) => textAt(i.body, "unit"), lock: false },
});

export const listCalendarTokens = deadlines.get("listCalendarTokens", "/calendar-tokens", {
  summary: "Các mã lịch của mình",
  response: Schema.Struct({ items: Schema.Array(CalendarTokenView) }),
  access: anySignedIn,
});

export const revokeCalendarToken = deadlines.delete("revokeCalendarToken", "/calendar-tokens/:id", {
  summary: "Thu hồi mã lịch",
  params: Schema.Struct({ id: Schema.String }),
  response: Schema.Struct({ revoked: Schema.Boolean }),
  errors: ["CalendarTokenNotFound"],
  access: anySignedInChange,
});
