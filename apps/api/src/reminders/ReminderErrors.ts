/**
 * Failures of the reminders feature and their HTTP answers (spread into `http/errors.ts`).
 */
import { Data } from "effect";

/** The calendar token is unknown, revoked, or for another unit. */
export class CalendarTokenInvalid extends Data.TaggedError("CalendarTokenInvalid")<{}> {}

/** HTTP answers of the reminders feature's failures. */
export const reminderErrorMappers: Record<string, (e: any) => { status: 401 | 404 | 409; code: string; message: string }> = {
  CalendarTokenInvalid: () => ({
    status: 401,
    code: "CALENDAR_TOKEN_INVALID",
    message: "Mã lịch không đúng, đã bị thu hồi hoặc dùng cho đơn vị khác. Tạo mã lịch mới trong ứng dụng.",
  }),
  CalendarTokenNotFound: (e) => ({ status: 404, code: "CALENDAR_TOKEN_NOT_FOUND", message: `Không tìm thấy mã lịch "${e.id}" của bạn.` }),
  ReminderRunBusy: () => ({
    status: 409,
    code: "REMINDER_RUN_BUSY",
    message: "Một lượt nhắc việc khác đang chạy (bộ lập lịch hoặc người khác). Thử lại sau ít phút.",
  }),
};
