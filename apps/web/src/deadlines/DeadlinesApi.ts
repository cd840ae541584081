/**
 * The calls of the "Hạn và nhắc việc" screen (`apps/api/src/reminders`): a unit's computed
 * deadlines, the caller's calendar tokens, a unit's reminder rules and the sending log.
 */
import type { Http } from "../api/Http";

/** Where a deadline stands. */
export type DeadlineState = "done" | "overdue" | "due-soon" | "upcoming";

/** One deadline of a unit with its state. */
export interface DeadlineItem {
  readonly id: string;
  readonly unit: string;
  readonly kind: string;
  readonly title: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly link: string;
  readonly state: DeadlineState;
  readonly workingDaysLeft: number;
}

/** A calendar token as listed (never its secret). */
export interface CalendarToken {
  readonly id: string;
  readonly unit: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A reminder rule of a unit. */
export type ReminderRule =
  | { readonly kind: "before"; readonly workingDays: number }
  | { readonly kind: "on-day" }
  | { readonly kind: "overdue-weekly"; readonly maxWeeks: number };

/** A unit's rules; `custom` false: the defaults. */
export interface ReminderRules {
  readonly unit: string;
  readonly custom: boolean;
  readonly rules: ReadonlyArray<ReminderRule>;
}

/** One digest in the sending log. */
export interface MailDelivery {
  readonly id: number;
  readonly username: string | null;
  readonly day: string;
  readonly recipient: string;
  readonly subject: string;
  readonly status: "pending" | "sending" | "sent" | "failed";
  readonly attempts: number;
  readonly items: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

/** The calls. */
export interface DeadlinesApi {
  readonly deadlines: (
    unit: string,
    from?: string,
    to?: string,
  ) => Promise<{ readonly asOf: string; readonly items: ReadonlyArray<DeadlineItem> }>;
  readonly tokens: () => Promise<{ readonly items: ReadonlyArray<CalendarToken> }>;
  readonly createToken: (unit: string) => Promise<{ readonly token: string; readonly url: string; readonly info: CalendarToken }>;
  readonly revokeToken: (id: string) => Promise<{ readonly revoked: boolean }>;
  readonly rules: (unit: string) => Promise<ReminderRules>;
  readonly saveRules: (unit: string, rules: ReadonlyArray<ReminderRule>) => Promise<ReminderRules>;
  readonly deliveries: () => Promise<{ readonly items: ReadonlyArray<MailDelivery> }>;
}

const u = (unit: string) => encodeURIComponent(unit);

/** Makes the calls over the app's HTTP client. */
export const makeDeadlinesApi = (http: Http): DeadlinesApi => ({
  deadlines: (unit, from, to) =>
    http.json("get", `/units/${u(unit)}/deadlines`, { query: { from: from || undefined, to: to || undefined } }),
  tokens: () => http.json("get", "/calendar-tokens"),
  createToken: (unit) => http.json("post", "/calendar-tokens", { body: { unit } }),
  revokeToken: (id) => http.json("delete", `/calendar-tokens/${encodeURIComponent(id)}`),
  rules: (unit) => http.json("get", `/units/${u(unit)}/reminder-rules`),
  saveRules: (unit, rules) => http.json("put", `/units/${u(unit)}/reminder-rules`, { body: { rules } }),
  deliveries: () => http.json("get", "/reminders/deliveries", { query: { limit: 50 } }),
});
