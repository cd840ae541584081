/**
 * Roles, actions and token scopes. A role is held on a unit and covers its whole subtree; an
 * action is what a request wants to do; a token carries scopes that narrow what its owner may do
 * through it. The tables are data so that the rules can be read in one place.
 */
import { Schema } from "effect";

/** What a user may be on a subtree: administrator, editor (figures, tasks, narrative), approver, viewer. */
export const Role = Schema.Literal("admin", "editor", "approver", "viewer").annotations({
  identifier: "Role",
  description:
    "Vai trò: admin (quản trị), editor (biên tập: nhập số liệu, nhiệm vụ, nội dung), approver (phê duyệt hoặc trả lại), viewer (xem)",
});
export type Role = typeof Role.Type;

/** What a request wants to do. */
export const Action = Schema.Literal("read", "write-values", "write-dossiers", "approve", "admin").annotations({
  identifier: "AccessAction",
  description:
    "Thao tác: read (xem), write-values (ghi số liệu, nhiệm vụ, nội dung), write-dossiers (ghi hồ sơ), approve (phê duyệt), admin (quản trị)",
});
export type Action = typeof Action.Type;

/** What an API token may be used for; `approve` lets a program approve or return reports. */
export const TokenScope = Schema.Literal("read", "write-values", "write-dossiers", "approve", "admin").annotations({
  identifier: "TokenScope",
  description: "Phạm vi của mã truy cập: read, write-values, write-dossiers, approve, admin",
});
export type TokenScope = typeof TokenScope.Type;

/** The unit code of a grant that covers every unit, including units created later. */
export const EVERY_UNIT = "*";

/** Actions each role allows on its subtree. */
export const actionsOf: Readonly<Record<Role, ReadonlyArray<Action>>> = {
  admin: ["read", "write-values", "write-dossiers", "approve", "admin"],
  editor: ["read", "write-values", "write-dossiers"],
  approver: ["read", "approve"],
  viewer: ["read"],
};

/** Actions each token scope allows; every writing scope may also read what it writes. */
export const scopeActions: Readonly<Record<TokenScope, ReadonlyArray<Action>>> = {
  read: ["read"],
  "write-values": ["read", "write-values"],
  "write-dossiers": ["read", "write-dossiers"],
  approve: ["read", "approve"],
  admin: ["read", "write-values", "write-dossiers", "approve", "admin"],
};

/** Whether a role allows an action. */
export const roleAllows = (role: Role, action: Action): boolean => actionsOf[role].includes(action);

/** Whether a set of scopes allows an action. */
export const scopesAllow = (scopes: ReadonlyArray<TokenScope>, action: Action): boolean =>
  scopes.some((s) => scopeActions[s].includes(action));

/** Vietnamese names of the roles. */
export const roleLabelVi: Readonly<Record<Role, string>> = {
  admin: "Quản trị",
  editor: "Biên tập",
  approver: "Phê duyệt",
  viewer: "Xem",
};

/** Vietnamese names of the actions, for refusal messages. */
export const actionLabelVi: Readonly<Record<Action, string>> = {
  read: "xem",
  "write-values": "ghi số liệu",
  "write-dossiers": "ghi hồ sơ",
  approve: "phê duyệt",
  admin: "quản trị",
};
