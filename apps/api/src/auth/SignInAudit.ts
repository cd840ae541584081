/**
 * Every sign-in attempt in the audit trail — succeeded, failed, refused while locked — with the
 * caller's address and user agent, recorded under each unit the account holds a role on, so the
 * administrators of those units see attempts on their accounts. An unknown username has no unit:
 * administrators of every unit see it.
 */
import type { User } from "@cchc/db/accounts/AccountRepo";
import { normalizeUsername } from "@cchc/db/accounts/AccountRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { Effect } from "effect";

/** What happened to the attempt. */
export type SignInOutcome = "auth.sign-in" | "auth.sign-in-failed" | "auth.sign-in-throttled";

/** Records one attempt. */
export const recordSignIn = (
  outcome: SignInOutcome,
  attempt: { readonly username: string; readonly address: string; readonly userAgent: string | undefined },
  user: User | undefined,
  extra: { readonly sessionId?: string; readonly retryAfterSeconds?: number } = {},
) =>
  Effect.gen(function* () {
    const log = yield* AuditLog;
    const units = [...new Set((user?.grants ?? []).map((g) => (g.unit === "*" ? null : g.unit)))];
    const actor =
      outcome === "auth.sign-in" && user
        ? { kind: "user" as const, id: user.id, name: user.username }
        : { kind: "anonymous" as const, id: null, name: null };
    const after = {
      username: normalizeUsername(attempt.username),
      address: attempt.address,
      userAgent: (attempt.userAgent ?? "").slice(0, 300),
      ...extra,
    };
    for (const unit of units.length === 0 ? [null] : units)
      yield* log.record({
        actor,
        action: outcome,
        entity: outcome === "auth.sign-in" ? "session" : "user",
        entityId: outcome === "auth.sign-in" ? (extra.sessionId ?? null) : (user?.id ?? normalizeUsername(attempt.username)),
        unit,
        after,
      });
  });
