/**
 * Sign-in, sign-out, the current caller and password change. Sign-in is the only public endpoint
 * here; it is slowed down after repeated failures per account and per address (429 + Retry-After)
 * and every attempt is audited with address and user agent.
 */
import { Schema } from "effect";
import { anySignedIn, anySignedInChange } from "../Endpoint.js";
import { accounts } from "../EndpointGroups.js";
import { PasswordChangeBody, PasswordChanged, SessionView, SignInBody } from "../schemas/Accounts.js";

export const signIn = accounts.post("signIn", "/auth/sign-in", {
  summary: "Đăng nhập (đặt cookie phiên cchc_session)",
  description:
    "Trả về mã chống giả mạo (csrfToken): gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu ghi dùng cookie. Sai nhiều lần sẽ phải chờ (429, Retry-After).",
  body: SignInBody,
  response: SessionView,
  errors: ["SignInFailed", "SignInThrottled"],
  public: true,
  audit: "handler",
});

export const signOut = accounts.post("signOut", "/auth/sign-out", {
  summary: "Đăng xuất (hủy phiên)",
  response: Schema.Struct({ signedOut: Schema.Boolean }),
  access: anySignedInChange,
  audit: "handler",
});

export const getMe = accounts.get("getMe", "/auth/me", {
  summary: "Người đang đăng nhập, vai trò và mã chống giả mạo",
  response: SessionView,
  access: anySignedIn,
});

export const changePassword = accounts.post("changePassword", "/auth/password", {
  summary: "Đổi mật khẩu của mình (mọi phiên khác và mọi mã truy cập API của tài khoản bị hủy)",
  description:
    "Sau khi đổi, mọi phiên đăng nhập khác và mọi mã truy cập API của tài khoản hết hiệu lực. Gọi từ phiên web thì phiên hiện tại được cấp lại (cookie mới, csrfToken mới trong câu trả lời).",
  body: PasswordChangeBody,
  response: PasswordChanged,
  errors: ["PasswordChangeRefused"],
  access: anySignedInChange,
  audit: "handler",
});
