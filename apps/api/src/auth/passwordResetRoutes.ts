/**
 * `POST /users/{username}/password-reset`: an administrator of every unit the account holds a
 * role on gives it a new one-time password (an account outside the caller's branches: 404). The account must change it at its next sign-in
 * (403 PASSWORD_CHANGE_REQUIRED elsewhere), and every session and API token it had ends.
 * Endpoint: `@cchc/contract/endpoints/Accounts` (resetPassword).
 */
import * as Accounts from "@cchc/contract/endpoints/Accounts";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import * as Password from "@cchc/db/accounts/Password";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { administeredAccount, auditUnitOf } from "./AdministeredAccount.js";
import { userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { passwordChanged } from "./SessionEvents.js";

/** Routes of password resets. */
export const passwordResetRoutes = [
  handle(Accounts.resetPassword, ({ params }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const user = yield* administeredAccount(params.username);
      const accounts = yield* AccountRepo;
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
          unit: auditUnitOf(user),
          after: ended,
        }),
      );
      return { user: userView(after), oneTimePassword: oneTime, ...ended };
    }),
  ),
];
