/**
 * The API's views of accounts and tokens. Their schemas are in `@cchc/contract/schemas/Accounts`
 * (re-exported here); what is left is how a stored user or token becomes that view.
 */
import type { TokenView, UserView } from "@cchc/contract/schemas/Accounts";
import type { User } from "@cchc/db/accounts/AccountRepo";
import type { TokenInfo } from "@cchc/db/accounts/TokenRepo";

export * from "@cchc/contract/schemas/Accounts";

/** The user of a domain `User`. */
export const userView = (u: User): typeof UserView.Type => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  mustChangePassword: u.mustChangePassword,
  disabled: u.disabled,
  grants: u.grants,
});

/** The view of a token. */
export const tokenView = (t: TokenInfo): typeof TokenView.Type => ({
  id: t.id,
  userId: t.userId,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  unit: t.unit,
  createdBy: t.createdBy,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});
