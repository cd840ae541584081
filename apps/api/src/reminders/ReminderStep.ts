/**
 * One reminder run as of a day: for every unit with editors or approvers, compute its deadlines,
 * find which reach a reminder stage under the unit's rules, and record one in-app notification per
 * deadline, recipient and stage (the unique key makes this at-most-once even when two runs
 * overlap). Then queue one e-mail digest per user and day for those who want mail (from their
 * digest hour) and send what is due, retrying failures with exponential back-off. Everything the
 * run decides is in the database first, so a restart loses nothing.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { type Recipient, ReminderStore } from "@cchc/db/reminders/ReminderStore";
import * as Deadline from "@cchc/domain/deadlines/Deadline";
import * as Digest from "@cchc/domain/deadlines/Digest";
import * as Recipients from "@cchc/domain/deadlines/Recipients";
import * as ReminderRule from "@cchc/domain/deadlines/ReminderRule";
import type * as LocalDate from "@cchc/domain/LocalDate";
import { Effect, Schema } from "effect";
import { deadlinesOf, yearsAround } from "./DeadlineCollector.js";
import { Mailer, PublicUrl } from "./Mailer.js";

/** How a run is asked for. */
export interface RunOptions {
  readonly asOf: LocalDate.LocalDate;
  readonly now: Date;
  /** Compute and report, record nothing, send nothing. */
  readonly dryRun: boolean;
  /** Queue digests now whatever the users' digest hour (runs by hand for a past day). */
  readonly ignoreDigestHour: boolean;
}

/** A reminder the run found due. */
export interface PlannedReminder {
  readonly username: string;
  readonly deadlineId: string;
  readonly title: string;
  readonly dueOn: string;
  readonly state: Deadline.DeadlineState;
  readonly ruleKey: string;
  readonly unit: string;
}

/** What a run did. */
export interface RunSummary {
  readonly asOf: string;
  readonly dryRun: boolean;
  readonly units: number;
  readonly deadlines: number;
  readonly notifications: number;
  readonly digestsQueued: number;
  readonly sent: number;
  readonly failed: number;
  readonly reminders: ReadonlyArray<PlannedReminder>;
}

/** Attempts before a digest is given up as failed (it stays in the sending log). */
export const MAX_ATTEMPTS = 10;

/** Wait before attempt n+1 after n failures: 1, 2, 4 … minutes, at most 6 hours. */
export const backoffMs = (failures: number): number => Math.min(60_000 * 2 ** Math.max(0, failures - 1), 6 * 3_600_000);

const LEASE_MS = 5 * 60_000;

const decodeRules = Schema.decodeUnknownOption(Schema.Array(ReminderRule.ReminderRule));

/** A unit's rules: its own when set and valid, else the defaults. */
export const rulesOf = (unit: string) =>
  Effect.map(
    Effect.flatMap(ReminderStore, (s) => s.rules(unit)),
    (raw) =>
      raw === null ? ReminderRule.defaultRules : decodeRules(raw).pipe((o) => (o._tag === "Some" ? o.value : ReminderRule.defaultRules)),
  );

const vietnamHour = (now: Date): number => new Date(now.getTime() + 7 * 3_600_000).getUTCHours();

const wantsMail = (u: Recipient | undefined): u is Recipient & { email: string } =>
  u?.emailEnabled === true && u.email !== null && u.email.trim() !== "";

/** Sends the deliveries due at `now`; returns how many went out and how many failed this time. */
export const deliver = (now: Date) =>
  Effect.gen(function* () {
    const store = yield* ReminderStore;
    const mailer = yield* Mailer;
    let sent = 0;
    let failed = 0;
    if (!mailer.configured) return { sent, failed };
    for (;;) {
      const batch = yield* store.claim(now, new Date(now.getTime() + LEASE_MS), 20);
      if (batch.length === 0) break;
      for (const d of batch) {
        const result = yield* Effect.either(mailer.send({ to: d.recipient, subject: d.subject, text: d.text, html: d.html }));
        if (result._tag === "Right") {
          yield* store.markSent(d.id, result.right.messageId, now);
          sent++;
        } else {
          const failures = d.attempts + 1;
          yield* store.markFailed(
            d.id,
            result.left.reason,
            failures >= MAX_ATTEMPTS ? null : new Date(now.getTime() + backoffMs(failures)),
          );
          failed++;
        }
      }
    }
    return { sent, failed };
  });

/** Runs the reminder step once. */
export const run = (o: RunOptions) =>
  Effect.gen(function* () {
    const store = yield* ReminderStore;
    const units = yield* OrgUnitRepo;
    const mailer = yield* Mailer;
    const users = yield* store.recipients();
    const byId = new Map(users.map((u) => [u.id, u]));
    const staffed = [
      ...new Set(
        users.flatMap((u) => u.grants.filter((g) => (g.role === "editor" || g.role === "approver") && g.unit !== "*").map((g) => g.unit)),
      ),
    ].sort();
    const planned: Array<PlannedReminder & { userId: string; link: string; kind: string }> = [];
    let deadlines = 0;
    const unitNames = new Map<string, string>();
    for (const unit of staffed) {
      const u = yield* Effect.either(units.get(unit));
      if (u._tag === "Left") continue;
      unitNames.set(unit, u.right.name);
      const chain = [unit, ...(yield* Effect.orDie(units.ancestors(unit))).map((a) => a.code).reverse()];
      const rules = yield* rulesOf(unit);
      const list = yield* deadlinesOf(unit, yearsAround(o.asOf)).pipe(Effect.orDie);
      deadlines += list.length;
      for (const d of list) {
        const fire = ReminderRule.firing(d, rules, o.asOf);
        if (fire === null) continue;
        const state = Deadline.stateOf(d, o.asOf);
        for (const userId of Recipients.recipients(d.roles, chain, users)) {
          const user = byId.get(userId);
          if (user === undefined) continue;
          planned.push({
            userId,
            username: user.username,
            deadlineId: d.id,
            title: d.title,
            dueOn: d.dueOn,
            state,
            ruleKey: fire.key,
            unit,
            link: d.link,
            kind: d.kind,
          });
        }
      }
    }
    const key = (p: { deadlineId: string; userId: string; ruleKey: string }) => `${p.deadlineId}|${p.userId}|${p.ruleKey}`;
    if (o.dryRun) {
      const done = yield* store.notified(planned);
      const fresh = planned.filter((p) => !done.has(key(p)));
      return summary(o, staffed.length, deadlines, 0, 0, { sent: 0, failed: 0 }, fresh);
    }
    const recorded = yield* store.record(
      planned.map((p) => ({
        userId: p.userId,
        deadlineId: p.deadlineId,
        ruleKey: p.ruleKey,
        unit: p.unit,
        kind: p.kind,
        title: p.title,
        dueOn: p.dueOn,
        state: p.state,
        link: p.link,
        asOf: o.asOf,
        mailPending: mailer.configured && wantsMail(byId.get(p.userId)),
      })),
    );
    const recordedKeys = new Set(recorded.map(key));
    let queued = 0;
    if (mailer.configured) {
      const base = yield* PublicUrl;
      for (const userId of yield* store.usersAwaitingMail()) {
        const user = byId.get(userId);
        // Reminders recorded while e-mail was on stay in the app only once it is off: turning it
        // back on later does not send a pile of old ones.
        if (!wantsMail(user)) {
          yield* store.dropMail(userId);
          continue;
        }
        if (!o.ignoreDigestHour && vietnamHour(o.now) < user.digestHour) continue;
        const waiting = yield* store.awaitingMail(userId);
        if (waiting.length === 0) continue;
        const items = waiting.map((n) => ({
          deadline: Deadline.view(
            {
              id: n.deadlineId,
              unit: n.unit,
              kind: n.kind as Deadline.DeadlineKind,
              title: n.title,
              dueOn: n.dueOn as LocalDate.LocalDate,
              doneOn: null,
              roles: [],
              link: n.link,
            },
            o.asOf,
          ),
          unitName: unitNames.get(n.unit) ?? n.unit,
        }));
        const message = Digest.compose({ displayName: user.displayName, asOf: o.asOf, items, appUrl: base });
        const ok = yield* store.queueDigest({
          userId,
          day: o.asOf,
          recipient: user.email,
          ...message,
          notificationIds: waiting.map((n) => n.id),
          at: o.now,
        });
        if (ok) queued++;
      }
    }
    const delivered = yield* deliver(o.now);
    return summary(
      o,
      staffed.length,
      deadlines,
      recorded.length,
      queued,
      delivered,
      planned.filter((p) => recordedKeys.has(key(p))),
    );
  });

const summary = (
  o: RunOptions,
  units: number,
  deadlines: number,
  notifications: number,
  digestsQueued: number,
  delivered: { sent: number; failed: number },
  reminders: ReadonlyArray<PlannedReminder>,
): RunSummary => ({
  asOf: o.asOf,
  dryRun: o.dryRun,
  units,
  deadlines,
  notifications,
  digestsQueued,
  sent: delivered.sent,
  failed: delivered.failed,
  reminders: reminders.map(({ username, deadlineId, title, dueOn, state, ruleKey, unit }) => ({
    username,
    deadlineId,
    title,
    dueOn,
    state,
    ruleKey,
    unit,
  })),
});
