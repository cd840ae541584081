/**
 * `cchc logout [--password-stdin]`: revokes the saved token on the server
 * (`DELETE /api/v1/tokens/{id}`) and removes it from the configuration file. The token revokes
 * itself when the server allows it; a server that lets only administrators' tokens do that
 * answers 403, and then the user's password opens a session to revoke it. A token the server no
 * longer accepts (401) is already dead: it is just removed. If the server cannot be reached the
 * file is kept, so the token is not forgotten while still valid.
 */
import { revokeToken, signIn, signOut } from "../../api/Auth.js";
import { readLogin, removeLogin, sameApi } from "../Config.js";
import { type CommandRun, flag, printJson } from "../Context.js";
import { askPassword } from "../Credentials.js";
import { ServerRefused } from "../Failure.js";

const COMMAND = "logout";

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const api = ctx.env.apiUrl;
  const path = ctx.env.configPath;
  const saved = await readLogin(path);
  const report = (result: Record<string, unknown>, text: string) => {
    if (flag(ctx, "json")) printJson(ctx, { api, config: path, ...result });
    else ctx.output.out(`${text}\n`);
  };
  if (!saved) {
    report({ loggedOut: false, reason: "not-logged-in" }, `Chưa đăng nhập: không có mã truy cập nào lưu trong ${path}.`);
    return 0;
  }
  if (!sameApi(saved.api, api)) {
    report(
      { loggedOut: false, reason: "other-server", savedApi: saved.api },
      `Mã đã lưu là của máy chủ ${saved.api}, không phải ${api}: không thay đổi gì. Đăng xuất máy chủ đó: cchc logout --api ${saved.api}`,
    );
    return 0;
  }
  let revoked: "token" | "session" | "already-invalid";
  try {
    await revokeToken(api, saved.tokenId, { token: saved.token });
    revoked = "token";
  } catch (e) {
    if (!(e instanceof ServerRefused)) throw e;
    if (e.status === 401 || e.status === 404) revoked = "already-invalid";
    else if (e.status === 403) {
      ctx.output.err(`Máy chủ không cho mã truy cập tự thu hồi: cần mật khẩu của ${saved.user.username} để thu hồi.\n`);
      const password = await askPassword(ctx, saved.user.username, COMMAND);
      const session = await signIn(api, saved.user.username, password);
      try {
        await revokeToken(api, saved.tokenId, { session });
      } finally {
        await signOut(api, session).catch(() => undefined);
      }
      revoked = "session";
    } else throw e;
  }
  await removeLogin(path);
  report(
    { loggedOut: true, revoked, user: saved.user.username, tokenId: saved.tokenId },
    revoked === "already-invalid"
      ? `Mã truy cập của ${saved.user.username} đã không còn hiệu lực trên ${api}; đã xóa khỏi ${path}.`
      : `Đã thu hồi mã truy cập của ${saved.user.username} trên ${api} và xóa khỏi ${path}.`,
  );
  return 0;
};
