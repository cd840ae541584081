/**
 * The command-line parser: finds the command named by the leading words, then reads its options
 * (`--unit DT`, `--unit=DT`, `--json`) and positional arguments against the command's spec.
 * Everything wrong is a `UsageInvalid` naming the option, so the user knows what to fix.
 */
import { parseNumber } from "../files/NumberText.js";
import { UsageInvalid } from "./Failure.js";
import { type CommandSpec, globalOptions, type OptionSpec, type ParsedArgs } from "./Spec.js";

/** The command line split into the command found and its arguments. */
export interface Invocation {
  readonly command: CommandSpec;
  readonly args: ParsedArgs;
}

/** The command named by the leading words of argv, the longest match first. */
export const findCommand = <C extends CommandSpec>(
  specs: ReadonlyArray<C>,
  argv: ReadonlyArray<string>,
): { readonly command: C; readonly rest: ReadonlyArray<string> } | undefined => {
  const sorted = [...specs].sort((a, b) => b.words.length - a.words.length);
  for (const spec of sorted) {
    if (spec.words.every((w, i) => argv[i] === w)) return { command: spec, rest: argv.slice(spec.words.length) };
  }
  return undefined;
};

const optionByName = (options: ReadonlyArray<OptionSpec>, name: string): OptionSpec | undefined => options.find((o) => o.name === name);

const readValue = (command: string, spec: OptionSpec, raw: string): string | number => {
  if (spec.kind === "number") {
    const n = parseNumber(raw);
    if (n === undefined) throw new UsageInvalid(`--${spec.name} cần một số, nhận được "${raw}"`, command);
    return n;
  }
  if (spec.choices && !spec.choices.includes(raw))
    throw new UsageInvalid(`--${spec.name} chỉ nhận ${spec.choices.join(", ")}; nhận được "${raw}"`, command);
  return raw.normalize("NFC");
};

/** Parses the arguments after the command words; throws `UsageInvalid` on any mistake. */
export const parseArgs = (command: CommandSpec, argv: ReadonlyArray<string>): ParsedArgs => {
  const name = command.words.join(" ");
  const all = [...command.options, ...globalOptions];
  const options: Record<string, string | boolean | number | undefined> = {};
  const positionals: Array<string> = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg.normalize("NFC"));
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageInvalid(`Tùy chọn không hợp lệ: ${arg} (dùng dạng --tên)`, name);
    const eq = arg.indexOf("=");
    const key = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = optionByName(all, key);
    if (!spec) throw new UsageInvalid(`Lệnh "${name}" không có tùy chọn --${key}. Xem: cchc ${name} --help`, name);
    if (spec.kind === "boolean") {
      if (eq !== -1) throw new UsageInvalid(`--${key} không nhận giá trị`, name);
      options[spec.name] = true;
      continue;
    }
    const raw = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || (eq === -1 && raw.startsWith("--")))
      throw new UsageInvalid(`--${key} cần một giá trị (${spec.valueName ?? "giá trị"})`, name);
    options[spec.name] = readValue(name, spec, raw);
  }
  if (options.help) return { options, positionals };
  for (const spec of command.options) {
    if (spec.required && options[spec.name] === undefined)
      throw new UsageInvalid(`Thiếu --${spec.name} (${spec.description.toLowerCase()})`, name);
  }
  const required = command.positionals.filter((p) => p.required).length;
  if (positionals.length < required) {
    const missing = command.positionals[positionals.length];
    throw new UsageInvalid(`Thiếu ${missing?.name ?? "đối số"} (${missing?.description.toLowerCase() ?? ""})`, name);
  }
  if (positionals.length > command.positionals.length)
    throw new UsageInvalid(`Thừa đối số: ${positionals.slice(command.positionals.length).join(" ")}`, name);
  return { options, positionals };
};
