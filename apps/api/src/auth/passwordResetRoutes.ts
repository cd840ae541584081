/**
 * `POST /users/{username}/password-reset`: an administrator of every unit the account holds a
 * role on gives it a new one-time password (an account outside the caller's branches: 404). The account must change it at its next sign-in
 * (403 PASSWORD_CHANGE_REQUIRED elsewhere), and every session and API token it had ends.
 * Endpoint: `@cchc/contract/endpoints/Accounts` (resetPassword).
 */
import * as Accounts from "@cchc/contract/endpoints/Accounts";
import { AccountRepo, UserNotFound } from "@cchc/db/accounts/AccountRepo";
import * as Password from "@cchc/db/accounts/Password";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { may } from "./AccessControl.js";
import { userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { passwordChanged } from "./SessionEvents.js";

/** Routes of password resets. */
export const passwordResetRoutes = [
  handle(Accounts.resetPassword, ({ params }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const accounts = yield* AccountRepo;
      const user = yield* accounts.find(params.username);
      // an account with no role is reset only by an administrator of every unit; an account
      // outside the caller's branches is "not found", so its existence is not told either
      for (const unit of user.grants.length === 0 ? ["*"] : user.grants.map((g) => g.unit))
        if (!(yield* may("admin", unit))) return yield* Effect.fail(new UserNotFound({ username: params.username }));
      const oneTime = Password.generate();
      yield* accounts.setPassword(user.id, oneTime, true);
      const ended = yield* passwordChanged(user.id);
      const after = yield* accounts.get(user.id);
      yield* Effect.flatMap(AuditLog, (a) =>
        a.record({
          actor: actorOf(p),
          action: "user.password-reset",
          entity: "user",
          entityId: user.id,
          unit: user.grants[0]?.unit === "*" ? null : (user.grants[0]?.unit ?? null),
          after: ended,
        }),
      );
      return { user: userView(after), oneTimePassword: oneTime, ...ended };
    }),
  ),
];
