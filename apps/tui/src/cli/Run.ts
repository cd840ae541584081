/**
 * Runs one `cchc` command line: finds the command, parses its arguments, loads and runs it, and
 * turns every failure into a Vietnamese message and an exit code (with `--json`, also a JSON
 * error on stdout). The console is not started here: see main.tsx.
 */
import type { ApiClient } from "../api/ApiClient.js";
import { makeLazyApiClient } from "../api/LazyApiClient.js";
import { OperationCancelled } from "../files/AtomicWrite.js";
import { findCommand, parseArgs } from "./Args.js";
import { commands } from "./Commands.js";
import type { CommandContext, Output } from "./Context.js";
import { stringField } from "./Details.js";
import { type CliEnv, loadCliEnv } from "./Env.js";
import { ExitCode, FileInvalid, isCliFailure, ServerRefused, UsageInvalid } from "./Failure.js";
import { commandHelp, mainHelp } from "./Help.js";
import type { Input } from "./Prompt.js";
import { DEFAULT_WIDTH } from "./Table.js";

/** What a run needs from the process. */
export interface RunIo {
  readonly output: Output;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly signal: AbortSignal;
  /** Columns the output may use (default 100). */
  readonly columns?: number;
  readonly input?: Input;
}

/** Said (exit code 2) when the console is asked for without a terminal on standard input. */
export const CONSOLE_NEEDS_TERMINAL =
  "cchc: bảng điều khiển cần một terminal (đầu vào chuẩn không phải là terminal). " +
  "Trong script hoặc đường ống, hãy dùng các lệnh, ví dụ `cchc period 2022-H1 --json`; xem `cchc --help`.\n";

/** Whether argv asks for the console: no command, only console options. */
export const wantsConsole = (argv: ReadonlyArray<string>): boolean =>
  argv.every((a, i) => a.startsWith("--api") || (i > 0 && argv[i - 1] === "--api"));

/** The `--api` value given before or without a command. */
export const apiOption = (argv: ReadonlyArray<string>): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--api") return argv[i + 1];
    if (a.startsWith("--api=")) return a.slice(6);
  }
  return undefined;
};

const failureJson = (e: unknown): unknown => {
  if (e instanceof FileInvalid) return { error: { code: "FILE_INVALID", message: e.message, details: { file: e.file, issues: e.issues } } };
  if (e instanceof ServerRefused) return { error: { code: e.code, message: e.message, status: e.status, details: e.details } };
  if (isCliFailure(e)) return { error: { code: e._tag === "UsageInvalid" ? "USAGE_INVALID" : "SERVER_UNREACHABLE", message: e.message } };
  return { error: { code: "INTERNAL", message: e instanceof Error ? e.message : String(e) } };
};

const detailLines = (e: ServerRefused): string[] =>
  Array.isArray(e.details)
    ? e.details.slice(0, 20).map((d: unknown) => {
        const path = stringField(d, "path");
        return `  - ${path ? `${path}: ` : ""}${stringField(d, "message") ?? JSON.stringify(d)}`;
      })
    : [];

/** What to do after a 401, depending on where the token came from. */
export const signInHint = (env: CliEnv | undefined): string => {
  if (env?.tokenSource === "config")
    return `Mã truy cập đã lưu (${env.configPath}) không còn dùng được (đã thu hồi hoặc hết hạn): đăng nhập lại bằng "cchc login --api ${env.apiUrl}".`;
  if (env?.tokenSource === "env") return "Mã trong biến CCHC_TOKEN không dùng được: kiểm tra lại, hoặc bỏ biến này và dùng cchc login.";
  return `Chưa đăng nhập máy chủ ${env?.apiUrl ?? ""}: chạy "cchc login --user TÊN --api ${env?.apiUrl ?? "URL"}" hoặc đặt biến CCHC_TOKEN.`;
};

/** Runs a command line and returns the exit code. */
export const runCli = async (argv: ReadonlyArray<string>, io: RunIo): Promise<number> => {
  const json = argv.includes("--json");
  let env: CliEnv | undefined;
  try {
    if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      io.output.out(mainHelp(commands));
      return ExitCode.ok;
    }
    const found = findCommand(commands, argv);
    if (!found) {
      const word = argv[0] ?? "";
      const group = commands.filter((c) => c.words[0] === word);
      if (group.length) throw new UsageInvalid(`"cchc ${word}" cần một lệnh con: ${group.map((c) => c.words.join(" ")).join(", ")}`);
      throw new UsageInvalid(`Không có lệnh "${word}". Các lệnh: ${commands.map((c) => c.words.join(" ")).join(", ")}. Xem: cchc --help`);
    }
    const args = parseArgs(found.command, found.rest);
    if (args.options.help) {
      io.output.out(commandHelp(found.command));
      return ExitCode.ok;
    }
    const settings = await loadCliEnv(io.env, typeof args.options.api === "string" ? args.options.api : undefined);
    env = settings;
    // Loaded on the first call: help, usage errors and offline commands never load Effect or the contract.
    let client: ApiClient | undefined;
    const ctx: CommandContext = {
      args,
      env: settings,
      api: () => (client ??= makeLazyApiClient({ baseUrl: settings.apiUrl, token: settings.token })),
      output: io.output,
      signal: io.signal,
      cwd: io.cwd,
      columns: io.columns ?? DEFAULT_WIDTH,
      input: io.input,
    };
    const { run } = await found.command.load();
    return await run(ctx);
  } catch (e) {
    if (io.signal.aborted || e instanceof OperationCancelled) {
      io.output.err("Đã hủy.\n");
      return ExitCode.cancelled;
    }
    if (json) io.output.out(`${JSON.stringify(failureJson(e), null, 2)}\n`);
    if (isCliFailure(e)) {
      const hint = e instanceof UsageInvalid && e.command ? `\nXem: cchc ${e.command} --help` : "";
      const details = e instanceof ServerRefused ? detailLines(e) : [];
      const signIn = e instanceof ServerRefused && e.status === 401 && e.code !== "SIGN_IN_FAILED" ? `\n${signInHint(env)}` : "";
      io.output.err(`Lỗi: ${e.message}${details.length ? `\n${details.join("\n")}` : ""}${hint}${signIn}\n`);
      return e.exitCode;
    }
    io.output.err(`Lỗi ngoài dự kiến: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return ExitCode.internal;
  }
};
