/**
 * What `cchc login` and `cchc logout` ask for and choose: the username and password (from the
 * options, a prompt at the terminal, or stdin with `--password-stdin`), and the scopes and unit
 * subtree of the token when the user does not say (what the user's roles allow).
 */
import { actionsOf, type Role, type TokenScope } from "@cchc/domain/access/Role";
import type { GrantView } from "../api/Auth.js";
import { type CommandContext, flag, str } from "./Context.js";
import { UsageInvalid } from "./Failure.js";
import { isInteractive, readFirstLine, readKeys } from "./Prompt.js";

/** Every token scope, in the order the API documents them. */
export const ALL_SCOPES: ReadonlyArray<TokenScope> = ["read", "write-values", "write-dossiers", "approve", "admin"];

const promptOutput = (ctx: CommandContext) => ({ write: (t: string) => ctx.output.err(t) });

/** The username: `--user`, else asked at the terminal. */
export const askUsername = async (ctx: CommandContext, command: string): Promise<string> => {
  const given = str(ctx, "user")?.trim();
  if (given) return given;
  if (!isInteractive(ctx.input) || flag(ctx, "password-stdin"))
    throw new UsageInvalid("Thiếu --user (tên đăng nhập, ví dụ bientap.vp)", command);
  const typed = (await readKeys("Tên đăng nhập: ", ctx.input, promptOutput(ctx), true)).trim();
  if (!typed) throw new UsageInvalid("Chưa nhập tên đăng nhập", command);
  return typed;
};

/** The password: the first line of stdin with `--password-stdin`, else typed at the terminal without echo. */
export const askPassword = async (ctx: CommandContext, username: string, command: string): Promise<string> => {
  let password: string;
  if (flag(ctx, "password-stdin")) {
    if (!ctx.input) throw new UsageInvalid("--password-stdin cần mật khẩu trên đầu vào chuẩn (stdin)", command);
    password = await readFirstLine(ctx.input);
  } else if (isInteractive(ctx.input)) {
    password = await readKeys(`Mật khẩu của ${username} (không hiện khi gõ): `, ctx.input, promptOutput(ctx), false);
  } else {
    throw new UsageInvalid(
      `Không có terminal để hỏi mật khẩu: dùng --password-stdin, ví dụ printf '%s\\n' "$MAT_KHAU" | cchc ${command} --user ${username} --password-stdin`,
      command,
    );
  }
  if (password === "") throw new UsageInvalid("Mật khẩu trống", command);
  return password;
};

/**
 * A new password for an account that must change its one-time or reset password: typed twice in
 * a terminal (at least 10 characters). Without a terminal the user is told to run it in one.
 */
export const askNewPassword = async (ctx: CommandContext, username: string, command: string): Promise<string> => {
  if (!isInteractive(ctx.input) || flag(ctx, "password-stdin"))
    throw new UsageInvalid(
      `Tài khoản ${username} phải đổi mật khẩu dùng một lần trước khi dùng: chạy cchc ${command} trong terminal (sẽ hỏi mật khẩu mới) hoặc đổi trên giao diện web.`,
      command,
    );
  ctx.output.err("Tài khoản phải đổi mật khẩu (mật khẩu dùng một lần hoặc vừa được đặt lại).\n");
  for (;;) {
    const first = await readKeys("Mật khẩu mới (ít nhất 10 ký tự): ", ctx.input, promptOutput(ctx), false);
    if (first.length < 10) {
      ctx.output.err("Mật khẩu mới phải có ít nhất 10 ký tự.\n");
      continue;
    }
    const again = await readKeys("Nhập lại mật khẩu mới: ", ctx.input, promptOutput(ctx), false);
    if (again === first) return first;
    ctx.output.err("Hai lần nhập không khớp.\n");
  }
};

/** Parses `--scopes read,write-values`: known scopes only, no repeats. */
export const parseScopes = (text: string, command: string): ReadonlyArray<TokenScope> => {
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = names.filter((n) => !(ALL_SCOPES as ReadonlyArray<string>).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new UsageInvalid(
      `--scopes nhận danh sách cách nhau bởi dấu phẩy trong: ${ALL_SCOPES.join(", ")}${unknown.length ? `; không có: ${unknown.join(", ")}` : ""}`,
      command,
    );
  return ALL_SCOPES.filter((s) => names.includes(s));
};

const isRole = (r: string): r is Role => r in actionsOf;

/** The scopes the user's roles allow: a token that can do what its owner can, and no more. */
export const defaultScopes = (grants: ReadonlyArray<GrantView>): ReadonlyArray<TokenScope> => {
  const actions = new Set(grants.flatMap((g) => (isRole(g.role) ? actionsOf[g.role] : [])));
  return ALL_SCOPES.filter((s) => actions.has(s));
};

/** The unit subtree for the token: `--unit`, else the one unit the user has roles on ("*" when on every unit). */
export const tokenUnit = (ctx: CommandContext, grants: ReadonlyArray<GrantView>, command: string): string => {
  const given = str(ctx, "unit")?.trim();
  if (given) return given;
  const units = [...new Set(grants.map((g) => g.unit))];
  if (units.includes("*")) return "*";
  if (units.length === 1) return units[0] as string;
  if (units.length === 0) throw new UsageInvalid("Tài khoản chưa được giao vai trò nào nên không tạo được mã truy cập", command);
  throw new UsageInvalid(`Tài khoản có vai trò trên nhiều nhánh (${units.join(", ")}): chọn nhánh cho mã truy cập bằng --unit`, command);
};
