/**
 * The reminder calls of `cchc notifications`, `cchc reminders run` and `cchc deadlines`, over the
 * token the other calls carry, through the contract's client. Kept apart from `ApiClient` so the
 * console's test double needs no change.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api } from "@cchc/contract/Api";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { QueryInput } from "./ApiClient.js";
import { callerOf, type HttpClientOptions } from "./Call.js";

/** The caller's reminders and how many are unread. */
export type NotificationList = AnswerOf<Api["listNotifications"]>;

/** One in-app reminder. */
export type NotificationView = NotificationList["items"][number];

/** What marking reminders read did. */
export type MarkedRead = AnswerOf<Api["markNotificationsRead"]>;

/** What a reminder run did. */
export type ReminderRun = AnswerOf<Api["runReminders"]>;

/** A unit's deadlines and the day their state is as of. */
export type DeadlineList = AnswerOf<Api["listDeadlines"]>;

/** One deadline of a unit with its state. */
export type DeadlineView = DeadlineList["items"][number];

/** The window and the day of a deadline list. */
export type DeadlineQuery = QueryInput<"listDeadlines">;

/** The caller's reminders (unread only when asked). */
export const notifications = (o: HttpClientOptions, unreadOnly: boolean): Promise<NotificationList> =>
  callerOf(Api, o)("listNotifications", { query: unreadOnly ? { unread: "true" } : {} });

/** Marks all the caller's reminders read. */
export const markAllRead = (o: HttpClientOptions): Promise<MarkedRead> => callerOf(Api, o)("markNotificationsRead", { body: {} });

/** Runs the reminder step as of a day (global administrators). */
export const runReminders = (o: HttpClientOptions, asOf: LocalDate | undefined, dryRun: boolean): Promise<ReminderRun> =>
  callerOf(Api, o)("runReminders", { body: { ...(asOf ? { asOf } : {}), dryRun } });

/** A unit's deadlines due within [from, to] with their state as of a day (the server's today by default). */
export const deadlines = (o: HttpClientOptions, unit: string, query: DeadlineQuery): Promise<DeadlineList> =>
  callerOf(Api, o)("listDeadlines", { params: { unit }, query });
