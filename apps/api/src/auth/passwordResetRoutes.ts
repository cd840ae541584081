/**
 * `POST /users/{username}/password-reset`: an administrator of every unit the account holds a
 * role on gives it a new one-time password (an account outside the caller's branches: 404). The account must change it at its next sign-in
 * (403 PASSWORD_CHANGE_REQUIRED elsewhere), and every session and API token it had ends.
 */
import { AccountRepo, UserNotFound } from "@cchc/db/accounts/AccountRepo";
import * as Password from "@cchc/db/accounts/Password";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { may } from "./AccessControl.js";
import { UserView, userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { passwordChanged } from "./SessionEvents.js";

/** Routes of password resets. */
export const passwordResetRoutes = [
  route(
    {
      method: "post",
      path: "/users/:username/password-reset",
      operationId: "resetPassword",
      summary: "Đặt lại mật khẩu (quản trị): cấp mật khẩu dùng một lần, hủy mọi phiên và mã truy cập",
      description:
        "Cần quyền quản trị trên mọi đơn vị tài khoản có vai trò. Người dùng phải đổi mật khẩu dùng một lần ở lần đăng nhập tiếp theo.",
      tags: ["Tài khoản"],
      params: Schema.Struct({ username: Schema.String.pipe(Schema.maxLength(64)) }),
      response: Schema.Struct({
        user: UserView,
        oneTimePassword: Schema.String.annotations({ description: "Mật khẩu dùng một lần, chỉ hiện lần này" }),
        endedSessions: Schema.Number,
        revokedTokens: Schema.Number,
      }),
      errors: ["USER_NOT_FOUND", "ACCESS_DENIED"],
      access: { action: "admin", lock: false },
      audit: "handler",
    },
    ({ params }) =>
      Effect.gen(function* () {
        const p = yield* CurrentPrincipal;
        const accounts = yield* AccountRepo;
        const user = yield* accounts.find(params.username);
        // an account with no role is reset only by an administrator of every unit; an account
        // outside the caller's branches is "not found", so its existence is not told either
        for (const unit of user.grants.length === 0 ? ["*"] : user.grants.map((g) => g.unit))
          if (!(yield* may("admin", unit))) return yield* Effect.fail(new UserNotFound({ username: params.username }));
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
            unit: user.grants[0]?.unit === "*" ? null : (user.grants[0]?.unit ?? null),
            after: ended,
          }),
        );
        return { user: userView(after), oneTimePassword: oneTime, ...ended };
      }),
  ),
];
