/**
 * A unit's computed deadlines over HTTP: the list with states (JSON), the calendar feed
 * (iCalendar, readable with a read-only calendar token in the query) and the caller's calendar
 * tokens (create, list, revoke).
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import { anonymous } from "@cchc/domain/access/Principal";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as ICalendar from "@cchc/domain/deadlines/ICalendar";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Effect, Schema } from "effect";
import { check } from "../auth/AccessControl.js";
import { Authenticator, principalOfUser } from "../auth/Authenticator.js";
import { route } from "../http/Route.js";
import { deadlinesOf, yearsAround } from "./DeadlineCollector.js";
import { PublicUrl } from "./Mailer.js";
import { CalendarTokenInvalid } from "./ReminderErrors.js";
import { TAGS, today, Unit, userIdOf } from "./RouteCommon.js";

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

/** The routes of deadlines, the calendar feed and calendar tokens. */
export const deadlineRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/deadlines",
      operationId: "listDeadlines",
      summary: "Các hạn của đơn vị (báo cáo, phê duyệt, nhiệm vụ, khắc phục sau kiểm tra) với tình trạng",
      description:
        "Hạn gửi báo cáo định kỳ tính theo Nghị định 09/2019 và lịch nghỉ lễ; tình trạng done / overdue / due-soon (≤ 5 ngày làm việc) / upcoming tính đến `asOf`.",
      tags: TAGS,
      params: Unit,
      query: DeadlineQuery,
      response: Schema.Struct({ unit: Schema.String, asOf: Schema.String, items: Schema.Array(Deadline.DeadlineView) }),
      errors: ["ORG_UNIT_NOT_FOUND"],
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const asOf = query.asOf ?? (yield* today);
        return { unit: params.unit, asOf, items: yield* viewsOf(params.unit, asOf, query.from, query.to) };
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/calendar.ics",
      operationId: "unitCalendar",
      summary: "Lịch các hạn của đơn vị (iCalendar, RFC 5545)",
      description:
        "Một sự kiện cả ngày cho mỗi hạn, UID ổn định. Ứng dụng lịch không gửi được tiêu đề xác thực dùng `?token=` (mã lịch chỉ đọc, tạo bằng POST /calendar-tokens, thu hồi được).",
      tags: TAGS,
      params: Unit,
      query: Schema.Struct({
        token: Schema.optional(Schema.String).annotations({ description: "Mã lịch chỉ đọc (cchccal_…)" }),
        asOf: Schema.optional(LocalDate.LocalDate),
      }),
      response: { contentTypes: ["text/calendar"], description: "Tệp iCalendar" },
      errors: ["CALENDAR_TOKEN_INVALID", "AUTH_REQUIRED", "ACCESS_DENIED", "ORG_UNIT_NOT_FOUND"],
      public: true,
    },
    ({ params, query, request }) =>
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
  route(
    {
      method: "post",
      path: "/calendar-tokens",
      operationId: "createCalendarToken",
      summary: "Tạo mã lịch chỉ đọc cho một đơn vị (hiện một lần, kèm đường dẫn lịch)",
      tags: TAGS,
      body: Schema.Struct({ unit: Schema.String.pipe(Schema.minLength(1)) }),
      response: Schema.Struct({ token: Schema.String, url: Schema.String, info: CalendarTokenView }),
      successStatus: 201,
      errors: ["ORG_UNIT_NOT_FOUND", "ACCESS_DENIED"],
      access: { action: "read", unit: (i) => (i.body as { unit?: string } | undefined)?.unit, lock: false },
    },
    ({ body }) =>
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
  route(
    {
      method: "get",
      path: "/calendar-tokens",
      operationId: "listCalendarTokens",
      summary: "Các mã lịch của mình",
      tags: TAGS,
      response: Schema.Struct({ items: Schema.Array(CalendarTokenView) }),
      access: { action: "read", authenticatedOnly: true },
    },
    () =>
      Effect.gen(function* () {
        const list = yield* Effect.flatMap(ReminderStore, (s) => Effect.flatMap(userIdOf, (id) => s.calendarTokens(id)));
        return { items: list.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })) };
      }),
  ),
  route(
    {
      method: "delete",
      path: "/calendar-tokens/:id",
      operationId: "revokeCalendarToken",
      summary: "Thu hồi mã lịch",
      tags: TAGS,
      params: Schema.Struct({ id: Schema.String }),
      response: Schema.Struct({ revoked: Schema.Boolean }),
      errors: ["CALENDAR_TOKEN_NOT_FOUND"],
      access: { action: "read", authenticatedOnly: true, lock: false },
    },
    ({ params }) =>
      Effect.gen(function* () {
        const userId = yield* userIdOf;
        const at = new Date(yield* Clock.currentTimeMillis);
        yield* Effect.flatMap(ReminderStore, (s) => s.revokeCalendarToken(userId, params.id, at));
        return { revoked: true };
      }),
  ),
];
