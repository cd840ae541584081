/**
 * Typed command specifications: each command declares its options and positional arguments once,
 * and the same declaration parses the command line and writes the help text.
 */

/** The kind of value an option takes. */
export type OptionKind = "string" | "boolean" | "number";

/** One `--name` option. */
export interface OptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  readonly description: string;
  /** Shown in help: `--unit MÃ`. */
  readonly valueName?: string;
  readonly required?: boolean;
  readonly choices?: ReadonlyArray<string>;
  readonly defaultText?: string;
}

/** One positional argument. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
}

/** The parsed input a command runs with. */
export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | number | undefined>>;
  readonly positionals: ReadonlyArray<string>;
}

/** What a command returns: the exit code (0 or 1; failures throw). */
export type CommandResult = 0 | 1;

/** A command: words (`["values","get"]`), help text, options and a lazily loaded implementation. */
export interface CommandSpec {
  readonly words: ReadonlyArray<string>;
  readonly summary: string;
  readonly description?: string;
  readonly positionals: ReadonlyArray<PositionalSpec>;
  readonly options: ReadonlyArray<OptionSpec>;
  readonly examples: ReadonlyArray<string>;
  /** Whether the command needs the API server (for help and for docs). */
  readonly online: boolean;
}

/** Options every command accepts. */
export const globalOptions: ReadonlyArray<OptionSpec> = [
  { name: "json", kind: "boolean", description: "In kết quả dạng JSON (cho chương trình khác đọc)" },
  {
    name: "api",
    kind: "string",
    valueName: "URL",
    description: "Địa chỉ máy chủ CCHC",
    defaultText: "$CCHC_API hoặc http://localhost:3000",
  },
  { name: "help", kind: "boolean", description: "Xem hướng dẫn của lệnh" },
];
