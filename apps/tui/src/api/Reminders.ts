/**
 * The reminder calls of `cchc notifications` and `cchc reminders run`, over the token the other
 * calls carry. Kept apart from `ApiClient` so the console's test double needs no change.
 */
import { type HttpClientOptions, httpRequest } from "./HttpApiClient.js";

/** One in-app reminder. */
export interface NotificationView {
  readonly id: number;
  readonly deadlineId: string;
  readonly rule: string;
  readonly unit: string;
  readonly kind: string;
  readonly title: string;
  readonly dueOn: string;
  readonly state: "done" | "overdue" | "due-soon" | "upcoming";
  readonly link: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** The caller's reminders and how many are unread. */
export interface NotificationList {
  readonly unread: number;
  readonly items: ReadonlyArray<NotificationView>;
}

/** What a reminder run did. */
export interface ReminderRun {
  readonly asOf: string;
  readonly dryRun: boolean;
  readonly units: number;
  readonly deadlines: number;
  readonly notifications: number;
  readonly digestsQueued: number;
  readonly sent: number;
  readonly failed: number;
  readonly reminders: ReadonlyArray<{
    readonly username: string;
    readonly deadlineId: string;
    readonly title: string;
    readonly dueOn: string;
    readonly state: string;
    readonly ruleKey: string;
    readonly unit: string;
  }>;
}

const call = async <A>(o: HttpClientOptions, method: string, path: string, body?: unknown, query?: Record<string, string>): Promise<A> =>
  (await (await httpRequest(o, method, path, { ...(body === undefined ? {} : { body }), ...(query ? { query } : {}) })).json()) as A;

/** The caller's reminders (unread only when asked). */
export const notifications = (o: HttpClientOptions, unreadOnly: boolean): Promise<NotificationList> =>
  call(o, "GET", "/notifications", undefined, unreadOnly ? { unread: "true" } : {});

/** Marks all the caller's reminders read. */
export const markAllRead = (o: HttpClientOptions): Promise<{ readonly updated: number; readonly unread: number }> =>
  call(o, "POST", "/notifications/read", {});

/** Runs the reminder step as of a day (global administrators). */
export const runReminders = (o: HttpClientOptions, asOf: string | undefined, dryRun: boolean): Promise<ReminderRun> =>
  call(o, "POST", "/reminders/run", { ...(asOf ? { asOf } : {}), dryRun });

/** One deadline of a unit with its state. */
export interface DeadlineView {
  readonly id: string;
  readonly unit: string;
  readonly kind: string;
  readonly title: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly state: "done" | "overdue" | "due-soon" | "upcoming";
  readonly workingDaysLeft: number;
  readonly link: string;
}

/** A unit's deadlines due within [from, to] with their state as of a day (the server's today by default). */
export const deadlines = (
  o: HttpClientOptions,
  unit: string,
  q: { readonly from?: string; readonly to?: string; readonly asOf?: string },
): Promise<{ readonly unit: string; readonly asOf: string; readonly items: ReadonlyArray<DeadlineView> }> =>
  call(
    o,
    "GET",
    `/units/${encodeURIComponent(unit)}/deadlines`,
    undefined,
    Object.fromEntries(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined)),
  );
