/**
 * The ways a command ends other than success, each with its exit code: the command ran and found
 * errors (1), the user gave bad options or a bad file or the server refused the request (2), the
 * server could not be reached or failed (3). Commands throw these; `main` turns them into a
 * message on stderr and the exit code. Exit 1 means only "findings of severity error", so a
 * script can tell bad data from a failed run.
 */

/** Exit codes of `cchc`, documented in docs/cli.md. */
export const ExitCode = { ok: 0, foundErrors: 1, usage: 2, unreachable: 3, cancelled: 130, internal: 70 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Bad options or arguments: unknown option, missing value, wrong value. */
export class UsageInvalid extends Error {
  readonly _tag = "UsageInvalid";
  readonly exitCode = ExitCode.usage;
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A problem in an input file: where it is (line, column name) and what is wrong. */
export interface FileIssue {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}

/** An input file that cannot be used as given (wrong columns, broken .xlsx, not UTF-8). */
export class FileInvalid extends Error {
  readonly _tag = "FileInvalid";
  readonly exitCode = ExitCode.usage;
  constructor(
    readonly file: string,
    readonly issues: ReadonlyArray<FileIssue>,
  ) {
    super(`Tệp ${file} không dùng được:\n${issues.map(describeIssue).join("\n")}`);
  }
}

/** One file issue in Vietnamese: "dòng 3, cột value: …". */
export const describeIssue = (i: FileIssue): string => {
  const where = [i.line === null ? null : `dòng ${i.line}`, i.column === null ? null : `cột ${i.column}`].filter(Boolean).join(", ");
  return `  - ${where ? `${where}: ` : ""}${i.message}`;
};

/** The API server did not answer (connection refused, host unknown, timeout). */
export class ServerUnreachable extends Error {
  readonly _tag = "ServerUnreachable";
  readonly exitCode = ExitCode.unreachable;
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(
      `Không kết nối được máy chủ CCHC tại ${url} (${reason}). Kiểm tra --api hoặc biến CCHC_API, và máy chủ đã chạy chưa (npm start).`,
    );
  }
}

/** The exit code of an error answer's HTTP status. */
export const exitCodeOfStatus = (status: number): ExitCode => (status >= 400 && status < 500 ? ExitCode.usage : ExitCode.unreachable);

/** The server answered with an error the command cannot recover from. */
export class ServerRefused extends Error {
  readonly _tag = "ServerRefused";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /**
   * Refused requests (4xx: 400 bad input, 401 no or revoked token, 403 no access, 404, 409
   * conflict or locked period, 422, 429) are the user's to fix: exit 2. Server faults (5xx) are
   * like an unreachable server: exit 3.
   */
  get exitCode(): ExitCode {
    return exitCodeOfStatus(this.status);
  }
}

/** Any failure a command may end with. */
export type CliFailure = UsageInvalid | FileInvalid | ServerUnreachable | ServerRefused;

/** Whether a thrown value is one of ours. */
export const isCliFailure = (e: unknown): e is CliFailure =>
  e instanceof UsageInvalid || e instanceof FileInvalid || e instanceof ServerUnreachable || e instanceof ServerRefused;
