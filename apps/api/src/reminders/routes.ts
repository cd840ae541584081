/**
 * Deadlines and reminders over HTTP: a unit's computed deadlines (JSON) and calendar feed
 * (iCalendar, readable with a read-only calendar token in the query), calendar tokens, the
 * caller's notifications and reminder preferences, per-unit reminder rules, and for global
 * administrators the reminder run by hand and the sending log.
 */
import { deadlineRoutes } from "./DeadlineRoutes.js";
import { notificationRoutes } from "./NotificationRoutes.js";
import { reminderRunRoutes } from "./ReminderRunRoutes.js";

/** The routes of deadlines and reminders, in the order they are published. */
export const reminderRoutes = [...deadlineRoutes, ...notificationRoutes, ...reminderRunRoutes];
