/**
 * The account tables' rows and the repository's records, in one place: `user_role` rows decoded
 * with the domain's `Grant` (role literal), `app_user` rows as users, and `api_token` rows as token
 * infos whose scopes are decoded with the domain's `TokenScope`, so a row the domain does not
 * allow is a defect naming the table.
 */

import { Grant } from "@cchc/domain/access/Principal";
import { TokenScope } from "@cchc/domain/access/Role";
import { Schema } from "effect";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { User } from "./AccountRepo.js";
import type { TokenInfo } from "./TokenRepo.js";

const decodeGrant = rowDecoder("user_role", Grant);
const decodeScopes = rowDecoder("api_token", Schema.Array(TokenScope));

/** The grant a `user_role` row holds. */
export const grantFromRow = (r: { readonly role: string; readonly unit_code: string }): Grant =>
  decodeGrant({ role: r.role, unit: r.unit_code });

/** The user an `app_user` row holds, with the grants read from `user_role` (never the password hash). */
export const userFromRow = (r: RowOf<"app_user">, grants: ReadonlyArray<Grant>): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  mustChangePassword: r.must_change_password,
  disabled: r.disabled_at !== null,
  createdAt: r.created_at,
  grants,
});

/** The token an `api_token` row holds, as lists show it (never its secret). */
export const tokenFromRow = (r: RowOf<"api_token">): TokenInfo => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  prefix: r.token_prefix,
  scopes: decodeScopes(r.scopes),
  unit: r.unit_code,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});
