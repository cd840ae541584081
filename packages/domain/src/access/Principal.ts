/**
 * Who is asking: a signed-in user, a program holding an API token, or nobody. A principal
 * carries everything the access check needs — the user's grants and, for a token, its scopes and
 * the subtree it is limited to — so the check itself is a pure function.
 */
import { Schema } from "effect";
import { Role, type TokenScope } from "./Role.js";

/** A role held on a unit and its subtree (`unit` "*" = every unit). */
export const Grant = Schema.Struct({
  role: Role,
  unit: Schema.String.annotations({ description: 'Mã đơn vị gốc của cây con; "*" là mọi đơn vị' }),
}).annotations({ identifier: "Grant", description: "Một vai trò trên một đơn vị và các đơn vị cấp dưới" });
export type Grant = typeof Grant.Type;

/** How the principal proved who it is. */
export type Via = "session" | "token" | "anonymous" | "system";

/** The caller of a request. */
export interface Principal {
  readonly via: Via;
  /** The user behind a session or token; null for anonymous callers and the system. */
  readonly userId: string | null;
  readonly username: string | null;
  readonly displayName: string | null;
  readonly grants: ReadonlyArray<Grant>;
  /** The token used, if any. */
  readonly tokenId: string | null;
  /** Scopes of the token; null when not limited by a token (a session). */
  readonly scopes: ReadonlyArray<TokenScope> | null;
  /** Subtree the token is limited to; null when not limited. */
  readonly tokenUnit: string | null;
}

/** The caller without credentials. */
export const anonymous: Principal = {
  via: "anonymous",
  userId: null,
  username: null,
  displayName: null,
  grants: [],
  tokenId: null,
  scopes: null,
  tokenUnit: null,
};

/** The system itself (start-up tasks, demo loading): recorded in the audit trail as such. */
export const system: Principal = {
  ...anonymous,
  via: "system",
  username: "system",
  displayName: "Hệ thống",
  grants: [{ role: "admin", unit: "*" }],
};

/** Whether the caller proved an identity. */
export const isAuthenticated = (p: Principal): boolean => p.via !== "anonymous";

/** Who did something, as the audit trail records it. */
export interface Actor {
  readonly kind: "user" | "token" | "system" | "anonymous";
  readonly id: string | null;
  readonly name: string | null;
}

/** The audit actor of a principal: a token is recorded with its own id and its owner's name. */
export const actorOf = (p: Principal): Actor =>
  p.via === "token"
    ? { kind: "token", id: p.tokenId, name: p.username }
    : p.via === "session"
      ? { kind: "user", id: p.userId, name: p.username }
      : p.via === "system"
        ? { kind: "system", id: null, name: p.username }
        : { kind: "anonymous", id: null, name: null };
