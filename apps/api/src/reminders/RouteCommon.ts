/**
 * What the reminder routes share: their OpenAPI tag, the unit parameter, "every unit" for the
 * global administrator's routes, today in Vietnam and the signed-in caller's user id.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import { Clock, Effect, Schema } from "effect";
import { AuthRequired } from "../auth/AuthErrors.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";

/** The OpenAPI tag of deadlines and reminders. */
export const TAGS = ["Hạn và nhắc việc"];

/** The `:unit` path parameter. */
export const Unit = Schema.Struct({ unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }) });

/** The access target of routes over every unit (global administrators). */
export const everyUnit = { unit: () => "*" };

/** Today, Vietnam time, by the server's clock. */
export const today = Effect.map(Clock.currentTimeMillis, (ms) => LocalDate.ofInstantInVietnam(new Date(ms)));

/** The signed-in caller's user id; a caller without an account is refused. */
export const userIdOf = Effect.flatMap(CurrentPrincipal, (p) =>
  p.userId === null ? Effect.fail(new AuthRequired()) : Effect.succeed(p.userId),
);
