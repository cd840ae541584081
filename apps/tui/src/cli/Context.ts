/**
 * What a command runs with: its parsed arguments, the settings, a way to reach the API, and where
 * to write (so tests and the console can capture the output).
 */
import type { ApiClient } from "../api/ApiClient.js";
import type { CliEnv } from "./Env.js";
import type { Input } from "./Prompt.js";
import type { CommandResult, ParsedArgs } from "./Spec.js";

/** Where a command writes. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The context of one command run. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly env: CliEnv;
  readonly api: () => ApiClient;
  readonly output: Output;
  /** Aborted on Ctrl+C, so long operations stop cleanly. */
  readonly signal: AbortSignal;
  readonly cwd: string;
  /** Columns the output may use (tables shrink to it). */
  readonly columns: number;
  /** Standard input, for prompts and `--password-stdin`; absent when there is none. */
  readonly input?: Input | undefined;
}

/** A command's implementation. */
export type CommandRun = (ctx: CommandContext) => Promise<CommandResult>;

/** Reads a string option. */
export const str = (ctx: CommandContext, name: string): string | undefined => {
  const v = ctx.args.options[name];
  return typeof v === "string" ? v : undefined;
};

/** Reads a required string option (the parser already checked it is there). */
export const req = (ctx: CommandContext, name: string): string => str(ctx, name) ?? "";

/** Whether a boolean option is set. */
export const flag = (ctx: CommandContext, name: string): boolean => ctx.args.options[name] === true;

/** Reads a number option. */
export const num = (ctx: CommandContext, name: string): number | undefined => {
  const v = ctx.args.options[name];
  return typeof v === "number" ? v : undefined;
};

/** Prints a value as JSON (pretty, one trailing newline). */
export const printJson = (ctx: CommandContext, value: unknown): void => ctx.output.out(`${JSON.stringify(value, null, 2)}\n`);
