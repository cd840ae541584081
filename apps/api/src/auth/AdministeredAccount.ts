/**
 * The account an administrator acts on (a password reset, disabling it): the caller must
 * administer every unit the account holds a role on — an account with no role, every unit — or
 * the account is "not found", so that its existence outside the caller's branches is not told
 * either. Its audit entries are filed under the unit of its first role.
 */
import { AccountRepo, UserNotFound } from "@cchc/db/accounts/AccountRepo";
import { Effect } from "effect";
import { may } from "./AccessControl.js";

/** The account of `username` if the caller administers it, else UserNotFound. */
export const administeredAccount = (username: string) =>
  Effect.gen(function* () {
    const user = yield* Effect.flatMap(AccountRepo, (accounts) => accounts.find(username));
    for (const unit of user.grants.length === 0 ? ["*"] : user.grants.map((g) => g.unit))
      if (!(yield* may("admin", unit))) return yield* Effect.fail(new UserNotFound({ username }));
    return user;
  });

/** The unit an account's audit entries are filed under: its first role's; none for every unit or no role. */
export const auditUnitOf = (user: { readonly grants: ReadonlyArray<{ readonly unit: string }> }): string | null => {
  const unit = user.grants[0]?.unit;
  return unit === "*" ? null : (unit ?? null);
};
