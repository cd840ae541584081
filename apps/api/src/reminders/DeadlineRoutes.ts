/**
 * Handlers of a unit's computed deadlines (endpoints: `@cchc/contract/endpoints/Deadlines`): the
 * list with states (JSON), the calendar feed (iCalendar, readable with a read-only calendar token
 * in the query) and the caller's calendar tokens (create, list, revoke).
 */
import * as Deadlines from "@cchc/contract/endpoints/Deadlines";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import { anonymous } from "@cchc/domain/access/Principal";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as ICalendar from "@cchc/domain/deadlines/ICalendar";
import type * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Effect } from "effect";
import { check } from "../auth/AccessControl.js";
import { Authenticator, principalOfUser } from "../auth/Authenticator.js";
import { handle } from "../http/Route.js";
import { deadlinesOf, yearsAround } from "./DeadlineCollector.js";
import { PublicUrl } from "./Mailer.js";
import { CalendarTokenInvalid } from "./ReminderErrors.js";
import { today, userIdOf } from "./RouteCommon.js";

const yearsOf = (asOf: LocalDate.LocalDate, from: string | undefined, to: string | undefined): ReadonlyArray<number> => {
  if (from === undefined && to === undefined) return yearsAround(asOf);
  const a = Number((from ?? to ?? asOf).slice(0, 4));
  const b = Number((to ?? from ?? asOf).slice(0, 4));
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const out: number[] = [];
  for (let y = lo; y <= Math.min(hi, lo + 4); y++) out.push(y);
  return out;
};

const viewsOf = (unit: string, asOf: LocalDate.LocalDate, from: string | undefined, to: string | undefined) =>
  Effect.map(deadlinesOf(unit, yearsOf(asOf, from, to)), (list) => Deadline.within(list, from, to).map((d) => Deadline.view(d, asOf)));

/** The routes of deadlines, the calendar feed and calendar tokens. */
export const deadlineRoutes = [
  handle(Deadlines.listDeadlines, ({ params, query }) =>
    Effect.gen(function* () {
      const asOf = query.asOf ?? (yield* today);
      return { unit: params.unit, asOf, items: yield* viewsOf(params.unit, asOf, query.from, query.to) };
    }),
  ),
  handle(Deadlines.unitCalendar, ({ params, query, request }) =>
    Effect.gen(function* () {
      if (query.token !== undefined) {
        const found = yield* Effect.flatMap(ReminderStore, (s) => s.findCalendarToken(query.token as string));
        if (found === undefined || found.unit !== params.unit) return yield* Effect.fail(new CalendarTokenInvalid());
        // The token reads only what its owner still may read: a role taken away closes the feed too.
        const owner = yield* Effect.orDie(Effect.flatMap(AccountRepo, (a) => a.get(found.userId)));
        const allowed = yield* Effect.either(check(principalOfUser(owner), "read", params.unit));
        if (allowed._tag === "Left") return yield* Effect.fail(new CalendarTokenInvalid());
      } else {
        const auth = yield* Authenticator;
        const who = yield* Effect.either(
          auth.authenticate({
            authorization: request.headers.get("authorization") ?? undefined,
            cookie: request.headers.get("cookie") ?? undefined,
          }),
        );
        yield* check(who._tag === "Right" ? who.right.principal : anonymous, "read", params.unit);
      }
      const unit = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(params.unit));
      const asOf = query.asOf ?? (yield* today);
      const items = yield* viewsOf(params.unit, asOf, undefined, undefined);
      const base = yield* PublicUrl;
      const body = ICalendar.render({
        unit: params.unit,
        unitName: unit.name,
        deadlines: items,
        appUrl: base,
        now: new Date(yield* Clock.currentTimeMillis),
        host: new URL(base).hostname || "cchc",
      });
      return new Response(body, {
        headers: {
          "content-type": "text/calendar; charset=utf-8",
          "content-disposition": `attachment; filename="cchc-${params.unit}.ics"`,
          "cache-control": "private, max-age=300",
        },
      });
    }),
  ),
  handle(Deadlines.createCalendarToken, ({ body }) =>
    Effect.gen(function* () {
      yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(body.unit));
      const userId = yield* userIdOf;
      const created = yield* Effect.flatMap(ReminderStore, (s) => s.createCalendarToken(userId, body.unit));
      const base = (yield* PublicUrl).replace(/\/+$/, "");
      return {
        token: created.secret,
        url: `${base}/api/v1/units/${encodeURIComponent(body.unit)}/calendar.ics?token=${created.secret}`,
        info: { ...created.token, createdAt: created.token.createdAt.toISOString(), revokedAt: null },
      };
    }),
  ),
  handle(Deadlines.listCalendarTokens, () =>
    Effect.gen(function* () {
      const list = yield* Effect.flatMap(ReminderStore, (s) => Effect.flatMap(userIdOf, (id) => s.calendarTokens(id)));
      return { items: list.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })) };
    }),
  ),
  handle(Deadlines.revokeCalendarToken, ({ params }) =>
    Effect.gen(function* () {
      const userId = yield* userIdOf;
      const at = new Date(yield* Clock.currentTimeMillis);
      yield* Effect.flatMap(ReminderStore, (s) => s.revokeCalendarToken(userId, params.id, at));
      return { revoked: true };
    }),
  ),
];
