/**
 * What the endpoints of deadlines and reminders share (`./Deadlines.ts`, `./Notifications.ts`,
 * `./ReminderRuns.ts`) besides their group: the unit parameter and "every unit" for the global
 * administrator's endpoints.
 */
import { Schema } from "effect";

/** The `:unit` path parameter. */
export const Unit = Schema.Struct({ unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }) });

/** The access target of endpoints over every unit (global administrators). */
export const everyUnit = { unit: () => "*" };
