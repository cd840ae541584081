/**
 * Handlers of the caller's in-app reminders (list, mark read) and reminder preferences (endpoints:
 * `@cchc/contract/endpoints/Notifications`).
 */
import * as Notifications from "@cchc/contract/endpoints/Notifications";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import type * as Deadline from "@cchc/domain/deadlines/Deadline";
import { Clock, Effect } from "effect";
import { handle } from "../http/Route.js";
import { userIdOf } from "./RouteCommon.js";

/** The routes of notifications and preferences. */
export const notificationRoutes = [
  handle(Notifications.listNotifications, ({ query }) =>
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
  handle(Notifications.markNotificationsRead, ({ body }) =>
    Effect.gen(function* () {
      const userId = yield* userIdOf;
      const store = yield* ReminderStore;
      const updated = yield* store.markRead(userId, body.ids, new Date(yield* Clock.currentTimeMillis));
      return { updated, unread: yield* store.unreadCount(userId) };
    }),
  ),
  handle(Notifications.getReminderPreferences, () =>
    Effect.flatMap(userIdOf, (id) => Effect.flatMap(ReminderStore, (s) => s.preferences(id))),
  ),
  handle(Notifications.setReminderPreferences, ({ body }) =>
    Effect.flatMap(userIdOf, (id) => Effect.flatMap(ReminderStore, (s) => s.setPreferences(id, body))),
  ),
];
