/**
 * What the reminder handlers share: today in Vietnam and the signed-in caller's user id (the
 * endpoints' tag and unit parameter: `@cchc/contract/schemas/Reminders`).
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Effect } from "effect";
import { AuthRequired } from "../auth/AuthErrors.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";

/** Today, Vietnam time, by the server's clock. */
export const today = Effect.map(Clock.currentTimeMillis, (ms) => LocalDate.ofInstantInVietnam(new Date(ms)));

/** The signed-in caller's user id; a caller without an account is refused. */
export const userIdOf = Effect.flatMap(CurrentPrincipal, (p) =>
  p.userId === null ? Effect.fail(new AuthRequired()) : Effect.succeed(p.userId),
);
