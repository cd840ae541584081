/**
 * The calls of the notifications feature (`apps/api/src/reminders/routes.ts`): the caller's
 * reminders with the unread count, marking them read, and the reminder preferences.
 */
import type { Http } from "../api/Http";

/** One in-app reminder. */
export interface NotificationItem {
  readonly id: number;
  readonly deadlineId: string;
  readonly rule: string;
  readonly unit: string;
  readonly kind: string;
  readonly title: string;
  readonly dueOn: string;
  readonly state: "done" | "overdue" | "due-soon" | "upcoming";
  readonly link: string;
  readonly asOf: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** The caller's reminders. */
export interface NotificationList {
  readonly unread: number;
  readonly items: ReadonlyArray<NotificationItem>;
}

/** How the caller receives reminders. */
export interface ReminderPreferences {
  readonly email: string | null;
  readonly emailEnabled: boolean;
  readonly digestHour: number;
}

/** The calls. */
export interface NotificationsApi {
  readonly list: () => Promise<NotificationList>;
  /** Marks the given notifications read, or all when `ids` is undefined; answers the unread count left. */
  readonly markRead: (ids?: ReadonlyArray<number>) => Promise<{ readonly unread: number }>;
  readonly preferences: () => Promise<ReminderPreferences>;
  readonly savePreferences: (p: Partial<ReminderPreferences>) => Promise<ReminderPreferences>;
}

/** Makes the calls over the app's HTTP client. */
export const makeNotificationsApi = (http: Http): NotificationsApi => ({
  list: () => http.json("get", "/notifications", { query: { limit: 30 } }),
  markRead: (ids) => http.json("post", "/notifications/read", { body: ids === undefined ? {} : { ids } }),
  preferences: () => http.json("get", "/notifications/preferences"),
  savePreferences: (p) => http.json("put", "/notifications/preferences", { body: p }),
});
