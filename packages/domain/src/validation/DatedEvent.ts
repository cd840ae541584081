/**
 * A dated event a report tells of (an inspection held, a document issued, a course given), for the
 * check that what happened "in the period" lies inside its window. Deadlines and plans may lie after
 * it: they say when something is due, not when it happened.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";

/** Whether a date is when something happened, or a deadline / planned date. */
export const DateRole = Schema.Literal("event", "deadline", "plan").annotations({
  identifier: "DateRole",
  description: "Vai trò của ngày: event (đã diễn ra trong kỳ), deadline (thời hạn), plan (dự kiến)",
});
export type DateRole = typeof DateRole.Type;

/** A dated event of a unit's period. */
export const DatedEvent = Schema.Struct({
  ref: Schema.String.annotations({ description: "Mã sự kiện: inspection:1, document:12, activity:3" }),
  label: Schema.String,
  date: LocalDate,
  role: DateRole,
  area: Schema.optional(AreaCode),
}).annotations({ identifier: "DatedEvent" });
export type DatedEvent = typeof DatedEvent.Type;

/** Whether an event violates its period window (only events, not deadlines or plans). */
export const outsideWindow = (e: DatedEvent, window: { readonly start: string; readonly end: string }): boolean =>
  e.role === "event" && (e.date < window.start || e.date > window.end);
