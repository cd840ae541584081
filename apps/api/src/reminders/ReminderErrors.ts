/**
 * Failures of the reminders feature and their HTTP answers (spread into `http/errors.ts`).
 */
import { Data } from "effect";
import type { Mappers } from "../http/ServerErrors.js";

/** The calendar token is unknown, revoked, or for another unit. */
export class CalendarTokenInvalid extends Data.TaggedError("CalendarTokenInvalid")<{}> {}

/** HTTP answers of the reminders feature's failures. */
export const reminderErrorMappers: Mappers<"CalendarTokenInvalid" | "CalendarTokenNotFound" | "ReminderRunBusy"> = {
  CalendarTokenInvalid: () => ({
    message: "Mã lịch không đúng, đã bị thu hồi hoặc dùng cho đơn vị khác. Tạo mã lịch mới trong ứng dụng.",
  }),
  CalendarTokenNotFound: (e) => ({ message: `Không tìm thấy mã lịch "${e.id}" của bạn.` }),
  ReminderRunBusy: () => ({
    message: "Một lượt nhắc việc khác đang chạy (bộ lập lịch hoặc người khác). Thử lại sau ít phút.",
  }),
};
