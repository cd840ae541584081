/**
 * Administration of users, roles and API tokens, an account's state (disabled or not) and password
 * resets. An administrator manages the users and roles of their subtree; anyone signed in manages
 * their own tokens. A token's secret is shown once, at creation; lists show only its prefix.
 */
import { Schema } from "effect";
import { anySignedIn, anySignedInChange, endpoint, textAt } from "../Endpoint.js";
import { AccountStatusBody, CreatedToken, GrantBody, NewTokenBody, NewUserBody, TokenView, UserView } from "../schemas/Accounts.js";

const TAGS = ["Tài khoản"];
const Username = Schema.Struct({ username: Schema.String });
const BoundedUsername = Schema.Struct({ username: Schema.String.pipe(Schema.maxLength(64)) });

export const listUsers = endpoint({
  method: "get",
  path: "/users",
  operationId: "listUsers",
  summary: "Danh sách người dùng (quản trị)",
  description: "Quản trị một nhánh chỉ thấy người dùng có vai trò trong nhánh đó.",
  tags: TAGS,
  response: Schema.Struct({ items: Schema.Array(UserView) }),
  access: { action: "admin" },
});

export const createUser = endpoint({
  method: "post",
  path: "/users",
  operationId: "createUser",
  summary: "Tạo người dùng (quản trị)",
  description: "Không gửi mật khẩu thì hệ thống tạo mật khẩu dùng một lần, trả về một lần duy nhất.",
  tags: TAGS,
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

export const grantRole = endpoint({
  method: "post",
  path: "/users/:username/roles",
  operationId: "grantRole",
  summary: "Giao vai trò trên một nhánh đơn vị (quản trị nhánh đó)",
  tags: TAGS,
  params: Username,
  body: GrantBody,
  response: UserView,
  errors: ["UserNotFound"],
  access: { action: "admin", unit: (i) => textAt(i.body, "unit"), lock: false },
  audit: "handler",
});

export const revokeRole = endpoint({
  method: "delete",
  path: "/users/:username/roles",
  operationId: "revokeRole",
  summary: "Thu hồi vai trò (quản trị nhánh đó)",
  tags: TAGS,
  params: Username,
  query: GrantBody,
  response: UserView,
  errors: ["UserNotFound"],
  access: { action: "admin", unit: (i) => textAt(i.query, "unit"), lock: false },
  audit: "handler",
});

export const listTokens = endpoint({
  method: "get",
  path: "/tokens",
  operationId: "listTokens",
  summary: "Mã truy cập API của mình (quản trị: của người khác với ?username=)",
  tags: TAGS,
  query: Schema.Struct({ username: Schema.optional(Schema.String) }),
  response: Schema.Struct({ items: Schema.Array(TokenView) }),
  errors: ["UserNotFound"],
  access: anySignedIn,
});

export const createToken = endpoint({
  method: "post",
  path: "/tokens",
  operationId: "createToken",
  summary: "Tạo mã truy cập API (hiện một lần)",
  description:
    "Phạm vi: read, write-values, write-dossiers, approve, admin; giới hạn trong nhánh đơn vị `unit`. Quyền thực tế là giao của phạm vi và vai trò của chủ mã. Tạo cho người khác cần quyền quản trị trên nhánh đó.",
  tags: TAGS,
  body: NewTokenBody,
  response: CreatedToken,
  successStatus: 201,
  errors: ["UserNotFound"],
  access: { action: "read", unit: (i) => textAt(i.body, "unit"), lock: false },
  audit: "handler",
});

export const revokeToken = endpoint({
  method: "delete",
  path: "/tokens/:id",
  operationId: "revokeToken",
  summary: "Thu hồi mã truy cập API",
  tags: TAGS,
  params: Schema.Struct({ id: Schema.String }),
  response: TokenView,
  errors: ["TokenNotFound"],
  access: anySignedInChange,
  audit: "handler",
});

export const setAccountDisabled = endpoint({
  method: "patch",
  path: "/users/:username",
  operationId: "setAccountDisabled",
  summary: "Khóa hoặc mở khóa tài khoản (quản trị)",
  description:
    "Cần quyền quản trị trên mọi đơn vị tài khoản có vai trò (ngoài nhánh của mình → 404 USER_NOT_FOUND). Khóa: tài khoản không đăng nhập được, mọi phiên và mã truy cập API kết thúc ngay. Không tự khóa tài khoản đang dùng (409 USER_DISABLE_SELF).",
  tags: TAGS,
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

export const resetPassword = endpoint({
  method: "post",
  path: "/users/:username/password-reset",
  operationId: "resetPassword",
  summary: "Đặt lại mật khẩu (quản trị): cấp mật khẩu dùng một lần, hủy mọi phiên và mã truy cập",
  description:
    "Cần quyền quản trị trên mọi đơn vị tài khoản có vai trò. Người dùng phải đổi mật khẩu dùng một lần ở lần đăng nhập tiếp theo.",
  tags: TAGS,
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
