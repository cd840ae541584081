/**
 * Handlers of a unit's reminder rules (read; set by administrators), and for global administrators
 * the reminder run by hand and the sending log (endpoints: `@cchc/contract/endpoints/ReminderRuns`).
 */
import * as ReminderRuns from "@cchc/contract/endpoints/ReminderRuns";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import * as ReminderStep from "./ReminderStep.js";
import { today } from "./RouteCommon.js";
import { runLeased } from "./Scheduler.js";

/** The routes of reminder rules, the run and the sending log. */
export const reminderRunRoutes = [
  handle(ReminderRuns.getReminderRules, ({ params }) =>
    Effect.gen(function* () {
      const raw = yield* Effect.flatMap(ReminderStore, (s) => s.rules(params.unit));
      return { unit: params.unit, custom: raw !== null, rules: yield* ReminderStep.rulesOf(params.unit) };
    }),
  ),
  handle(ReminderRuns.setReminderRules, ({ params, body }) =>
    Effect.gen(function* () {
      yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
      const p = yield* CurrentPrincipal;
      yield* Effect.flatMap(ReminderStore, (s) => s.setRules(params.unit, body.rules, p.username));
      return { unit: params.unit, custom: true, rules: body.rules };
    }),
  ),
  handle(ReminderRuns.runReminders, ({ body }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const asOf = body.asOf ?? (yield* today);
      return yield* runLeased(`manual-${p.username ?? "?"}`, { asOf, dryRun: body.dryRun ?? false, ignoreDigestHour: true });
    }),
  ),
  handle(ReminderRuns.listMailDeliveries, ({ query }) =>
    Effect.gen(function* () {
      const store = yield* ReminderStore;
      const users = new Map((yield* store.recipients()).map((u) => [u.id, u.username]));
      const list = yield* store.deliveries({ status: query.status, limit: query.limit ?? 100 });
      return {
        items: list.map((d) => ({
          id: d.id,
          username: users.get(d.userId) ?? null,
          day: d.day,
          recipient: d.recipient,
          subject: d.subject,
          status: d.status,
          attempts: d.attempts,
          items: d.items,
          nextAttemptAt: d.nextAttemptAt.toISOString(),
          lastError: d.lastError,
          createdAt: d.createdAt.toISOString(),
          sentAt: d.sentAt?.toISOString() ?? null,
        })),
      };
    }),
  ),
];
