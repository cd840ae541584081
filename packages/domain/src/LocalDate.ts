/**
 * A calendar day without time or zone, as an ISO string "YYYY-MM-DD". Reporting windows,
 * deadlines and document dates are days; keeping them as strings makes them compare correctly
 * with `<`, travel through JSON unchanged and never shift with a time zone.
 */
import { type Brand, Schema } from "effect";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (1–12) of a year, Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Days since 1970-01-01 of a civil date (proleptic Gregorian calendar), by arithmetic. */
export const epochDayOf = (year: number, month: number, day: number): number => {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  // 719.468: days from 0000-03-01 to 1970-01-01
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
};

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `daysInMonth` by arithmetic, for code that runs for every line of an import. */
export const monthLength = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : (monthLengths[month - 1] as number);

const isRealDay = (s: string): boolean => {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
};

/** A valid calendar day "YYYY-MM-DD". */
export const LocalDate = Schema.String.pipe(
  Schema.filter((s) => isRealDay(s) || `ngày không hợp lệ (cần dạng YYYY-MM-DD): ${s}`),
  Schema.brand("LocalDate"),
  Schema.annotations({
    identifier: "LocalDate",
    description: "Ngày dạng YYYY-MM-DD",
    examples: ["2022-06-14" as Brand.Branded<string, "LocalDate">],
  }),
);
export type LocalDate = typeof LocalDate.Type;

/** Whether a string is a valid day. */
export const isLocalDate = (s: string): s is LocalDate => isRealDay(s);

/** Builds a day from its parts; the caller guarantees the parts form a real day. */
export const make = (year: number, month: number, day: number): LocalDate =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as LocalDate;

/** The parts of a day. */
export const parts = (d: LocalDate): { readonly year: number; readonly month: number; readonly day: number } => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
});

const toUtc = (d: LocalDate): number => {
  const p = parts(d);
  return Date.UTC(p.year, p.month - 1, p.day);
};
const fromUtc = (ms: number): LocalDate => {
  const x = new Date(ms);
  return make(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
};

/** The day `n` days after `d` (before, when negative). */
export const addDays = (d: LocalDate, n: number): LocalDate => fromUtc(toUtc(d) + n * 86_400_000);

/** Days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: LocalDate, b: LocalDate): number => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

/** Day of week, 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (d: LocalDate): number => new Date(toUtc(d)).getUTCDay();

/** The day of an instant in Vietnam (UTC+7, no daylight saving). */
export const ofInstantInVietnam = (instant: Date): LocalDate => fromUtc(instant.getTime() + 7 * 3_600_000);

/** Ordering of days (for sorting). */
export const compare = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);
