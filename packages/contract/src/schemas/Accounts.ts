/**
 * Request and answer schemas of the account endpoints (Auth.ts, Accounts.ts): they validate and
 * document the API.
 */
import { Grant } from "@cchc/domain/access/Principal";
import { Role, TokenScope } from "@cchc/domain/access/Role";
import { Schema } from "effect";

/** A username: letters, digits, dots, dashes and underscores. */
export const Username = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9._-]{2,64}$/, {
    message: () => "Tên đăng nhập gồm 2–64 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới",
  }),
).annotations({ identifier: "Username", description: "Tên đăng nhập, ví dụ bientap.dt" });

/** Sign-in request. */
export const SignInBody = Schema.Struct({
  username: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)),
  password: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256)),
}).annotations({ identifier: "SignIn" });

/** A user as the API shows it. */
export const UserView = Schema.Struct({
  id: Schema.String,
  username: Schema.String,
  displayName: Schema.String,
  mustChangePassword: Schema.Boolean,
  disabled: Schema.Boolean,
  grants: Schema.Array(Grant),
}).annotations({ identifier: "User" });

/** Answer of sign-in and of /auth/me. */
export const SessionView = Schema.Struct({
  user: UserView,
  via: Schema.Literal("session", "token"),
  csrfToken: Schema.NullOr(Schema.String).annotations({
    description: "Gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu ghi khi dùng cookie phiên",
  }),
  expiresAt: Schema.NullOr(Schema.String),
  token: Schema.NullOr(Schema.Struct({ id: Schema.String, scopes: Schema.Array(TokenScope), unit: Schema.String })),
}).annotations({ identifier: "Session" });

/** Password change request. */
export const PasswordChangeBody = Schema.Struct({
  currentPassword: Schema.String.pipe(Schema.maxLength(256)),
  newPassword: Schema.String.pipe(Schema.maxLength(256)),
}).annotations({ identifier: "PasswordChange" });

/** The answer of a password change. */
export const PasswordChanged = Schema.Struct({
  changed: Schema.Boolean,
  csrfToken: Schema.NullOr(Schema.String).annotations({
    description: "Mã chống giả mạo của phiên được cấp lại (null khi gọi bằng mã truy cập API)",
  }),
  endedSessions: Schema.Number.annotations({ description: "Số phiên đăng nhập đã hủy" }),
  revokedTokens: Schema.Number.annotations({ description: "Số mã truy cập API đã thu hồi" }),
}).annotations({ identifier: "PasswordChanged" });

/** Creating a user. */
export const NewUserBody = Schema.Struct({
  username: Username,
  displayName: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)),
  password: Schema.optional(Schema.String.pipe(Schema.minLength(10), Schema.maxLength(256))).annotations({
    description: "Bỏ trống để hệ thống tạo mật khẩu dùng một lần",
  }),
  grants: Schema.optional(Schema.Array(Grant)),
}).annotations({ identifier: "NewUser" });

/** A role to grant or revoke. */
export const GrantBody = Schema.Struct({ role: Role, unit: Schema.String.pipe(Schema.minLength(1)) }).annotations({
  identifier: "GrantRequest",
});

/** A token as lists show it. */
export const TokenView = Schema.Struct({
  id: Schema.String,
  userId: Schema.String,
  name: Schema.String,
  prefix: Schema.String.annotations({ description: "Mấy ký tự đầu để nhận ra mã" }),
  scopes: Schema.Array(TokenScope),
  unit: Schema.String,
  createdBy: Schema.NullOr(Schema.String),
  createdAt: Schema.String,
  expiresAt: Schema.NullOr(Schema.String),
  revokedAt: Schema.NullOr(Schema.String),
  lastUsedAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "ApiToken" });

/** Days a token lives when its creator does not say. */
export const DEFAULT_TOKEN_DAYS = 90;
/** Longest life of a token, in days. */
export const MAX_TOKEN_DAYS = 365;

/** Creating a token. */
export const NewTokenBody = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)),
  scopes: Schema.Array(TokenScope).pipe(Schema.minItems(1)),
  unit: Schema.String.pipe(Schema.minLength(1)).annotations({ description: 'Đơn vị gốc của nhánh mã được dùng ("*": mọi đơn vị)' }),
  expiresInDays: Schema.optional(
    Schema.Int.pipe(Schema.between(1, MAX_TOKEN_DAYS, { message: () => `số ngày hiệu lực phải từ 1 đến ${MAX_TOKEN_DAYS}` })),
  ).annotations({ description: `Số ngày hiệu lực: mặc định ${DEFAULT_TOKEN_DAYS}, tối đa ${MAX_TOKEN_DAYS}` }),
  username: Schema.optional(Schema.String).annotations({ description: "Tạo cho người dùng khác (chỉ quản trị)" }),
}).annotations({ identifier: "NewApiToken" });

/** A created token: the secret is shown this once. */
export const CreatedToken = Schema.Struct({
  token: Schema.String.annotations({ description: "Mã bí mật, chỉ hiện một lần: gửi trong Authorization: Bearer …" }),
  info: TokenView,
}).annotations({ identifier: "CreatedApiToken" });

/** The change of an account's state. */
export const AccountStatusBody = Schema.Struct({
  disabled: Schema.Boolean.annotations({
    message: () => ({ message: "disabled phải là true (khóa) hoặc false (mở khóa)", override: true }),
    description: "true: khóa tài khoản (mọi phiên và mã truy cập kết thúc ngay); false: mở khóa",
  }),
}).annotations({ identifier: "AccountStatus" });
