/**
 * The calls of the notifications feature (`@cchc/contract` endpoints/Notifications): the caller's
 * reminders with the unread count, marking them read, and the reminder preferences.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api as C } from "@cchc/contract/Api";
import { Effect } from "effect";
import type { BodyIn } from "../api/Answers";
import { decodeInput, type Http } from "../api/Http";

/** The caller's reminders. */
export type NotificationList = AnswerOf<typeof C.listNotifications>;
/** One in-app reminder. */
export type NotificationItem = NotificationList["items"][number];
/** How the caller receives reminders. */
export type ReminderPreferences = AnswerOf<typeof C.getReminderPreferences>;

/** The calls. */
export interface NotificationsApi {
  readonly list: () => Promise<NotificationList>;
  /** Marks the given notifications read, or all when `ids` is undefined; answers the unread count left. */
  readonly markRead: (ids?: ReadonlyArray<number>) => Promise<{ readonly unread: number }>;
  readonly preferences: () => Promise<ReminderPreferences>;
  readonly savePreferences: (p: BodyIn<"setReminderPreferences">) => Promise<ReminderPreferences>;
}

/** Makes the calls over the app's HTTP client. */
export const makeNotificationsApi = ({ client, run }: Http): NotificationsApi => ({
  list: () => run(client.listNotifications({ query: { limit: 30 } })),
  markRead: (ids) => run(client.markNotificationsRead({ body: ids === undefined ? {} : { ids } })),
  preferences: () => run(client.getReminderPreferences({})),
  savePreferences: (p) =>
    run(Effect.flatMap(decodeInput(C.setReminderPreferences.body, p), (body) => client.setReminderPreferences({ body }))),
});
