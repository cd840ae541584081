/**
 * Administration of users, roles and API tokens, an account's state (disabled or not) and password
 * resets. An administrator manages the users and roles of their subtree; anyone signed in manages
 * their own tokens. A token's secret is shown once, at creation; lists show only its prefix.
 */
import { Schema } from "effect";
import { anySignedIn, anySignedInChange, textAt } from "../Endpoint.js";
import { accounts } from "../EndpointGroups.js";
import { AccountStatusBody, CreatedToken, GrantBody, NewTokenBody, NewUserBody, TokenView, UserView } from "../schemas/Accounts.js";

const Username = Schema.Struct({ username: Schema.String });
/** What granting and revoking a role share: the user by name, answered with its roles after the change. */
const roleChange = { params: Username, response: UserView, errors: ["UserNotFound"], audit: "handler" } as const;
const BoundedUsername = Schema.Struct({ username: Schema.String.pipe(Schema.maxLength(64)) });

export const listUsers = accounts.get("listUsers", "/users", {
  summary: "Danh sách người dùng (quản trị)",
  description: "Quản trị một nhánh chỉ thấy người dùng có vai trò trong nhánh đó.",
  response: Schema.Struct({ items: Schema.Array(UserView) }),
  access: { action: "admin" },
});

export const createUser = accounts.post("createUser", "/users", {
  summary: "Tạo người dùng (quản trị)",
  description: "Không gửi mật khẩu thì hệ thống tạo mật khẩu dùng một lần, trả về một lần duy nhất.",
  body: NewUserBody,
  response: Schema.Struct({ user: UserView, oneTimePassword: Schema.NullOr(Schema.String) }),
  successStatus: 201,
  errors: ["UserDuplicate"],
  access: {
    action: "admin",
    unit: (i) => textAt(i.body, "grants", 0, "unit"),
    lock: false,
  },
  audit: "handler",
});

export const grantRole = accounts.post("grantRole", "/users/:username/roles", {
  summary: "Giao vai trò trên một nhánh đơn vị (quản trị nhánh đó)",
  ...roleChange,
  body: GrantBody,
  access: { action: "admin", unit: (i) => textAt(i.body, "unit"), lock: false },
});

export const revokeRole = accounts.delete("revokeRole", "/users/:username/roles", {
  summary: "Thu hồi vai trò (quản trị nhánh đó)",
  ...roleChange,
  query: GrantBody,
  access: { action: "admin", unit: (i) => textAt(i.query, "unit"), lock: false },
});

export const listTokens = accounts.get("listTokens", "/tokens", {
  summary: "Mã truy cập API của mình (quản trị: của người khác với ?username=)",
  query: Schema.Struct({ username: Schema.optional(Schema.String) }),
  response: Schema.Struct({ items: Schema.Array(TokenView) }),
  errors: ["UserNotFound"],
  access: anySignedIn,
});

export const createToken = accounts.post("createToken", "/tokens", {
  summary: "Tạo mã truy cập API (hiện một lần)",
  description:
    "Phạm vi: read, write-values, write-dossiers, approve, admin; giới hạn trong nhánh đơn vị `unit`. Quyền thực tế là giao của phạm vi và vai trò của chủ mã. Tạo cho người khác cần quyền quản trị trên nhánh đó.",
  body: NewTokenBody,
  response: CreatedToken,
  successStatus: 201,
  errors: ["UserNotFound"],
  access: { action: "read", unit: (i) => textAt(i.body, "unit"), lock: false },
  audit: "handler",
});

export const revokeToken = accounts.delete("revokeToken", "/tokens/:id", {
  summary: "Thu hồi mã truy cập API",
  params: Schema.Struct({ id: Schema.String }),
  response: TokenView,
  errors: ["TokenNotFound"],
  access: anySignedInChange,
  audit: "handler",
});

export const setAccountDisabled = accounts.patch("setAccountDisabled", "/users/:username", {
  summary: "Khóa hoặc mở khóa tài khoản (quản trị)",
  description:
    "Cần quyền quản trị trên mọi đơn vị tài khoản có vai trò (ngoài nhánh của mình → 404 USER_NOT_FOUND). Khóa: tài khoản không đăng nhập được, mọi phiên và mã truy cập API kết thúc ngay. Không tự khóa tài khoản đang dùng (409 USER_DISABLE_SELF).",
  params: BoundedUsername,
  body: AccountStatusBody,
  response: Schema.Struct({
    user: UserView,
    endedSessions: Schema.Number.annotations({ description: "Số phiên đăng nhập đã hủy (0 khi mở khóa)" }),
    revokedTokens: Schema.Number.annotations({ description: "Số mã truy cập API đã thu hồi (0 khi mở khóa)" }),
  }).annotations({ identifier: "AccountStatusChanged" }),
  errors: ["UserNotFound", "OwnAccountDisable"],
  access: { action: "admin", lock: false },
  audit: "handler",
});

export const resetPassword = accounts.post("resetPassword", "/users/:username/password-reset", {
  summary: "Đặt lại mật khẩu (quản trị): cấp mật khẩu dùng một lần, hủy mọi phiên và mã truy cập",
  description:
    "Cần quyền quản trị trên mọi đơn vị tài khoản có vai trò. Người dùng phải đổi mật khẩu dùng một lần ở lần đăng nhập tiếp theo.",
  params: BoundedUsername,
  response: Schema.Struct({
    user: UserView,
    oneTimePassword: Schema.String.annotations({ description: "Mật khẩu dùng một lần, chỉ hiện lần này" }),
    endedSessions: Schema.Number,
    revokedTokens: Schema.Number,
  }),
  errors: ["UserNotFound"],
  access: { action: "admin", lock: false },
  audit: "handler",
});
