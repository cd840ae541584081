/**
 * A day option (`--as-of`, `--from`, `--to`) as the contract's `LocalDate`: a real day written
 * YYYY-MM-DD, or a usage error that names the option. Loads the domain's LocalDate (and Effect):
 * only commands that call the API import it.
 */
import { isLocalDate, type LocalDate } from "@cchc/domain/LocalDate";
import { type CommandContext, str } from "./Context.js";
import { UsageInvalid } from "./Failure.js";

/** The day given with `--name`, undefined when not given; `command` names the help to see. */
export const dayOption = (ctx: CommandContext, name: string, command: string): LocalDate | undefined => {
  const v = str(ctx, name);
  if (v === undefined) return undefined;
  if (!isLocalDate(v)) throw new UsageInvalid(`--${name} cần ngày dạng YYYY-MM-DD, nhận được "${v}"`, command);
  return v;
};
