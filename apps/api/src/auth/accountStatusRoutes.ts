/**
 * `PATCH /users/{username}` with `{ disabled }`: an administrator of every unit the account holds a
 * role on disables or enables it (an account outside the caller's branches: 404, as for a
 * password reset). A disabled account cannot sign in, and every session and API token it had
 * ends at once; enabling it gives nothing back (the user signs in again). Audited with before and after.
 * Endpoint: `@cchc/contract/endpoints/Accounts` (setAccountDisabled).
 */
import * as Accounts from "@cchc/contract/endpoints/Accounts";
import { AccountRepo, UserNotFound } from "@cchc/db/accounts/AccountRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { may } from "./AccessControl.js";
import { OwnAccountDisable } from "./AuthErrors.js";
import { userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { accountDisabled } from "./SessionEvents.js";

/** Routes of an account's state. */
export const accountStatusRoutes = [
  handle(Accounts.setAccountDisabled, ({ params, body }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const accounts = yield* AccountRepo;
      const before = yield* accounts.find(params.username);
      // as for a password reset: an account with no role only by an administrator of every unit,
      // and one outside the caller's branches is "not found"
      for (const unit of before.grants.length === 0 ? ["*"] : before.grants.map((g) => g.unit))
        if (!(yield* may("admin", unit))) return yield* Effect.fail(new UserNotFound({ username: params.username }));
      if (body.disabled && before.id === p.userId) return yield* Effect.fail(new OwnAccountDisable({ username: before.username }));
      const changed = yield* accounts.setDisabled(before.id, body.disabled);
      const ended = body.disabled ? yield* accountDisabled(before.id) : { endedSessions: 0, revokedTokens: 0 };
      const after = yield* accounts.get(before.id);
      if (changed)
        yield* Effect.flatMap(AuditLog, (a) =>
          a.record({
            actor: actorOf(p),
            action: body.disabled ? "user.disable" : "user.enable",
            entity: "user",
            entityId: before.id,
            unit: before.grants[0]?.unit === "*" ? null : (before.grants[0]?.unit ?? null),
            before: { disabled: before.disabled },
            after: { disabled: after.disabled, ...ended },
          }),
        );
      return { user: userView(after), ...ended };
    }),
  ),
];
