/**
 * The calls of the "Hạn và nhắc việc" screen (`@cchc/contract` endpoints/Deadlines and
 * ReminderRuns): a unit's computed deadlines, the caller's calendar tokens, a unit's reminder
 * rules and the sending log.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api as C } from "@cchc/contract/Api";
import { Effect } from "effect";
import { decodeInput, type Http } from "../api/Http";

/** A unit's deadlines with their states. */
export type DeadlineList = AnswerOf<typeof C.listDeadlines>;
/** One deadline of a unit with its state. */
export type DeadlineItem = DeadlineList["items"][number];
/** Where a deadline stands. */
export type DeadlineState = DeadlineItem["state"];
/** A calendar token as listed (never its secret). */
export type CalendarToken = AnswerOf<typeof C.listCalendarTokens>["items"][number];
/** A unit's rules; `custom` false: the defaults. */
export type ReminderRules = AnswerOf<typeof C.getReminderRules>;
/** A reminder rule of a unit. */
export type ReminderRule = ReminderRules["rules"][number];
/** The sending log. */
export type MailDeliveries = AnswerOf<typeof C.listMailDeliveries>;

/** The calls. */
export interface DeadlinesApi {
  /** The unit's deadlines between two days ("YYYY-MM-DD"; empty: no bound). */
  readonly deadlines: (unit: string, from?: string, to?: string) => Promise<DeadlineList>;
  readonly tokens: () => Promise<AnswerOf<typeof C.listCalendarTokens>>;
  readonly createToken: (unit: string) => Promise<AnswerOf<typeof C.createCalendarToken>>;
  readonly revokeToken: (id: string) => Promise<AnswerOf<typeof C.revokeCalendarToken>>;
  readonly rules: (unit: string) => Promise<ReminderRules>;
  readonly saveRules: (unit: string, rules: ReadonlyArray<ReminderRule>) => Promise<ReminderRules>;
  readonly deliveries: () => Promise<MailDeliveries>;
}

/** Makes the calls over the app's HTTP client. */
export const makeDeadlinesApi = ({ client, run }: Http): DeadlinesApi => ({
  deadlines: (unit, from, to) =>
    run(
      Effect.flatMap(decodeInput(C.listDeadlines.query, { ...(from ? { from } : {}), ...(to ? { to } : {}) }), (query) =>
        client.listDeadlines({ params: { unit }, query }),
      ),
    ),
  tokens: () => run(client.listCalendarTokens({})),
  createToken: (unit) => run(client.createCalendarToken({ body: { unit } })),
  revokeToken: (id) => run(client.revokeCalendarToken({ params: { id } })),
  rules: (unit) => run(client.getReminderRules({ params: { unit } })),
  saveRules: (unit, rules) => run(client.setReminderRules({ params: { unit }, body: { rules } })),
  deliveries: () => run(client.listMailDeliveries({ query: { limit: 50 } })),
});
