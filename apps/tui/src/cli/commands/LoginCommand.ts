/**
 * `cchc login [--user U] [--password-stdin] [--scopes S] [--expires-days N] [--unit U]`: signs
 * in with a password, creates an API token with that session, ends the session, and saves
 * `{ api, token, user, expiresAt, … }` in the configuration file (folder 700, file 600, written
 * atomically) so the following commands need no `CCHC_TOKEN`. The token is never printed.
 */
import { hostname } from "node:os";
import { changePassword, createToken, signIn, signOut } from "../../api/Auth.js";
import { writeLogin } from "../Config.js";
import { type CommandRun, flag, num, printJson, str } from "../Context.js";
import { askNewPassword, askPassword, askUsername, defaultScopes, parseScopes, tokenUnit } from "../Credentials.js";
import { UsageInvalid } from "../Failure.js";

const COMMAND = "login";

/** "25/2/2027" from an ISO instant, in Vietnam's time. */
export const shortDate = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
};

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const api = ctx.env.apiUrl;
  const days = num(ctx, "expires-days") ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new UsageInvalid("--expires-days cần số nguyên từ 1 đến 365", COMMAND);
  const wanted = str(ctx, "scopes") === undefined ? undefined : parseScopes(str(ctx, "scopes") ?? "", COMMAND);
  const username = await askUsername(ctx, COMMAND);
  const password = await askPassword(ctx, username, COMMAND);
  const first = await signIn(api, username, password);
  // a one-time or reset password is changed first: the server refuses anything else until then
  const session = first.user.mustChangePassword
    ? await changePassword(api, first, password, await askNewPassword(ctx, username, COMMAND))
    : first;
  const created = await (async () => {
    try {
      const unit = tokenUnit(ctx, session.user.grants, COMMAND);
      const scopes = wanted ?? defaultScopes(session.user.grants);
      if (scopes.length === 0) throw new UsageInvalid("Vai trò của tài khoản không cho phép phạm vi nào: chọn bằng --scopes", COMMAND);
      return await createToken(api, session, { name: `cchc trên ${hostname()}`, scopes, unit, expiresInDays: days });
    } finally {
      // The session was only needed to create the token.
      await signOut(api, session).catch(() => undefined);
    }
  })();
  const login = {
    api,
    token: created.token,
    tokenId: created.id,
    user: { username: session.user.username, displayName: session.user.displayName },
    scopes: created.scopes,
    unit: created.unit,
    expiresAt: created.expiresAt,
    createdAt: new Date().toISOString(),
  };
  await writeLogin(ctx.env.configPath, login);
  const { token: _secret, ...shown } = login;
  if (flag(ctx, "json")) {
    printJson(ctx, { ...shown, config: ctx.env.configPath });
    return 0;
  }
  ctx.output.out(
    [
      `Đã đăng nhập ${api} với tài khoản ${login.user.username} (${login.user.displayName}).`,
      `Mã truy cập: phạm vi ${login.scopes.join(", ")}; nhánh ${login.unit === "*" ? "mọi đơn vị" : login.unit}; ${login.expiresAt ? `hết hạn ngày ${shortDate(login.expiresAt)}` : "không hết hạn"}.`,
      `Đã lưu vào ${ctx.env.configPath} (chỉ người dùng này đọc được). Đăng xuất và thu hồi mã: cchc logout`,
      ...(first.user.mustChangePassword ? ["Đã đổi mật khẩu; các phiên và mã truy cập cũ của tài khoản đã bị hủy."] : []),
      "",
    ].join("\n"),
  );
  return 0;
};
