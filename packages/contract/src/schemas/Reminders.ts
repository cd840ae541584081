/**
 * What the endpoints of deadlines and reminders share (`./Deadlines.ts`, `./Notifications.ts`,
 * `./ReminderRuns.ts`): their OpenAPI tag, the unit parameter and "every unit" for the global
 * administrator's endpoints.
 */
import { Schema } from "effect";

/** The OpenAPI tag of deadlines and reminders. */
export const TAGS = ["Hạn và nhắc việc"];

/** The `:unit` path parameter. */
export const Unit = Schema.Struct({ unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }) });

/** The access target of endpoints over every unit (global administrators). */
export const everyUnit = { unit: () => "*" };
