/**
 * `PATCH /users/{username}` with `{ disabled }`: an administrator of every unit the account holds a
 * role on disables or enables it (an account outside the caller's branches: 404, as for a
 * password reset). A disabled account cannot sign in, and every session and API token it had
 * ends at once; enabling it gives nothing back (the user signs in again). Audited with before and after.
 * Endpoint: `@cchc/contract/endpoints/Accounts` (setAccountDisabled).
 */
import * as Accounts from "@cchc/contract/endpoints/Accounts";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { administeredAccount, auditUnitOf } from "./AdministeredAccount.js";
import { OwnAccountDisable } from "./AuthErrors.js";
import { userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { accountDisabled } from "./SessionEvents.js";

/** Routes of an account's state. */
export const accountStatusRoutes = [
  handle(Accounts.setAccountDisabled, ({ params, body }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const before = yield* administeredAccount(params.username);
      const accounts = yield* AccountRepo;
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
            unit: auditUnitOf(before),
            before: { disabled: before.disabled },
            after: { disabled: after.disabled, ...ended },
          }),
        );
      return { user: userView(after), ...ended };
    }),
  ),
];
