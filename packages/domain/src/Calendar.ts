/**
 * Working days of Vietnamese state agencies. Days off are data, not rules, because every year the
 * Prime Minister fixes them (Bộ luật Lao động 2019, Điều 112): the lunar dates of Tết and Giỗ Tổ
 * Hùng Vương, the second day of Quốc khánh (before or after 2/9), compensating days when a holiday
 * falls on a weekend, and swaps of a working day against a make-up Saturday. A `HolidayCalendar` is
 * a plain value, so an administrator can load a corrected or provincial calendar.
 */
import { Schema } from "effect";
import * as LocalDate from "./LocalDate.js";

/** A run of days off (inclusive), e.g. Tết 2022 = 29/01/2022–06/02/2022 including its weekends. */
export const DaysOff = Schema.Struct({
  from: LocalDate.LocalDate,
  to: LocalDate.LocalDate,
  name: Schema.String,
});
export type DaysOff = typeof DaysOff.Type;

/** A weekend day worked to make up for a swapped working day ("làm bù"). */
export const MakeUpDay = Schema.Struct({ date: LocalDate.LocalDate, name: Schema.String });
export type MakeUpDay = typeof MakeUpDay.Type;

/** A holiday on the same solar date every year (used for years the data does not cover). */
export const FixedHoliday = Schema.Struct({
  month: Schema.Int.pipe(Schema.between(1, 12)),
  day: Schema.Int.pipe(Schema.between(1, 31)),
  name: Schema.String,
});
export type FixedHoliday = typeof FixedHoliday.Type;

/** A holiday calendar: weekly rest days, fixed holidays, announced days off and make-up days, as data. */
export const HolidayCalendar = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weekend: Schema.Array(Schema.Int.pipe(Schema.between(0, 6))),
  fixedHolidays: Schema.Array(FixedHoliday),
  daysOff: Schema.Array(DaysOff),
  makeUpDays: Schema.Array(MakeUpDay),
  /** Years whose announced days off (Tết, Giỗ Tổ, compensations) are in `daysOff`. */
  coveredYears: Schema.Struct({ from: Schema.Int, to: Schema.Int }),
}).annotations({ identifier: "HolidayCalendar", description: "Lịch ngày nghỉ lễ, tết và ngày làm bù" });
export type HolidayCalendar = typeof HolidayCalendar.Type;

const d = (s: string): LocalDate.LocalDate => s as LocalDate.LocalDate;
const off = (from: string, to: string, name: string): DaysOff => ({ from: d(from), to: d(to), name });

/** First day of the lunar year (mùng 1 Tết) by solar year. */
export const tetDates: Readonly<Record<number, LocalDate.LocalDate>> = {
  2020: d("2020-01-25"),
  2021: d("2021-02-12"),
  2022: d("2022-02-01"),
  2023: d("2023-01-22"),
  2024: d("2024-02-10"),
  2025: d("2025-01-29"),
  2026: d("2026-02-17"),
  2027: d("2027-02-06"),
};

/** Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch) by solar year. */
export const hungKingsDates: Readonly<Record<number, LocalDate.LocalDate>> = {
  2020: d("2020-04-02"),
  2021: d("2021-04-21"),
  2022: d("2022-04-10"),
  2023: d("2023-04-29"),
  2024: d("2024-04-18"),
  2025: d("2025-04-07"),
  2026: d("2026-04-26"),
  2027: d("2027-04-16"),
};

/**
 * Days off of cán bộ, công chức, viên chức as announced each year (ranges include the weekends they
 * join). 2020 follows Bộ luật Lao động 2012 (Quốc khánh one day). 2027 is provisional: the statutory
 * days and weekend compensations only, until the Government announces the year's plan.
 * 2026 Quốc khánh was announced as a longer break whose swap day is not recorded here: update it.
 */
const vietnamDaysOff: ReadonlyArray<DaysOff> = [
  // 2020
  off("2020-01-01", "2020-01-01", "Tết Dương lịch"),
  off("2020-01-23", "2020-01-29", "Tết Nguyên đán"),
  off("2020-04-02", "2020-04-02", "Giỗ Tổ Hùng Vương"),
  off("2020-04-30", "2020-05-03", "Ngày Chiến thắng và Quốc tế Lao động"),
  off("2020-09-02", "2020-09-02", "Quốc khánh"),
  // 2021
  off("2021-01-01", "2021-01-03", "Tết Dương lịch"),
  off("2021-02-10", "2021-02-16", "Tết Nguyên đán"),
  off("2021-04-21", "2021-04-21", "Giỗ Tổ Hùng Vương"),
  off("2021-04-30", "2021-05-03", "Ngày Chiến thắng và Quốc tế Lao động (nghỉ bù thứ Hai 03/5)"),
  off("2021-09-02", "2021-09-05", "Quốc khánh"),
  // 2022
  off("2022-01-01", "2022-01-03", "Tết Dương lịch (nghỉ bù thứ Hai 03/01)"),
  off("2022-01-29", "2022-02-06", "Tết Nguyên đán"),
  off("2022-04-09", "2022-04-11", "Giỗ Tổ Hùng Vương (nghỉ bù thứ Hai 11/4)"),
  off("2022-04-30", "2022-05-03", "Ngày Chiến thắng và Quốc tế Lao động (nghỉ bù 02/5 và 03/5)"),
  off("2022-09-01", "2022-09-04", "Quốc khánh"),
  // 2023
  off("2022-12-31", "2023-01-02", "Tết Dương lịch (nghỉ bù thứ Hai 02/01)"),
  off("2023-01-20", "2023-01-26", "Tết Nguyên đán"),
  off("2023-04-29", "2023-05-03", "Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Quốc tế Lao động (nghỉ bù 02/5 và 03/5)"),
  off("2023-09-01", "2023-09-04", "Quốc khánh (nghỉ bù thứ Hai 04/9)"),
  // 2024
  off("2023-12-30", "2024-01-01", "Tết Dương lịch"),
  off("2024-02-08", "2024-02-14", "Tết Nguyên đán"),
  off("2024-04-18", "2024-04-18", "Giỗ Tổ Hùng Vương"),
  off("2024-04-27", "2024-05-01", "Ngày Chiến thắng và Quốc tế Lao động (hoán đổi thứ Hai 29/4)"),
  off("2024-08-31", "2024-09-03", "Quốc khánh"),
  // 2025
  off("2025-01-01", "2025-01-01", "Tết Dương lịch"),
  off("2025-01-25", "2025-02-02", "Tết Nguyên đán"),
  off("2025-04-05", "2025-04-07", "Giỗ Tổ Hùng Vương"),
  off("2025-04-30", "2025-05-04", "Ngày Chiến thắng và Quốc tế Lao động (hoán đổi thứ Sáu 02/5)"),
  off("2025-08-30", "2025-09-02", "Quốc khánh"),
  // 2026
  off("2026-01-01", "2026-01-04", "Tết Dương lịch (hoán đổi thứ Sáu 02/01)"),
  off("2026-02-14", "2026-02-22", "Tết Nguyên đán"),
  off("2026-04-25", "2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù thứ Hai 27/4)"),
  off("2026-04-30", "2026-05-03", "Ngày Chiến thắng và Quốc tế Lao động"),
  off("2026-09-01", "2026-09-02", "Quốc khánh"),
  // 2027 (provisional)
  off("2027-01-01", "2027-01-03", "Tết Dương lịch"),
  off("2027-02-04", "2027-02-10", "Tết Nguyên đán (dự kiến)"),
  off("2027-04-16", "2027-04-18", "Giỗ Tổ Hùng Vương"),
  off("2027-04-30", "2027-05-03", "Ngày Chiến thắng và Quốc tế Lao động (nghỉ bù thứ Hai 03/5)"),
  off("2027-09-02", "2027-09-05", "Quốc khánh (dự kiến)"),
];

/** The default calendar of Vietnamese state agencies (Saturday and Sunday off), 2020–2027. */
export const vietnam: HolidayCalendar = {
  id: "vn",
  name: "Lịch nghỉ của cán bộ, công chức, viên chức",
  weekend: [0, 6],
  fixedHolidays: [
    { month: 1, day: 1, name: "Tết Dương lịch" },
    { month: 4, day: 30, name: "Ngày Chiến thắng" },
    { month: 5, day: 1, name: "Ngày Quốc tế Lao động" },
    { month: 9, day: 2, name: "Quốc khánh" },
  ],
  daysOff: vietnamDaysOff,
  makeUpDays: [
    { date: d("2024-05-04"), name: "Làm bù cho thứ Hai 29/4/2024" },
    { date: d("2025-04-26"), name: "Làm bù cho thứ Sáu 02/5/2025" },
    { date: d("2026-01-10"), name: "Làm bù cho thứ Sáu 02/01/2026" },
  ],
  coveredYears: { from: 2020, to: 2027 },
};

interface Index {
  readonly off: ReadonlyMap<string, string>;
  readonly makeUp: ReadonlySet<string>;
  readonly weekend: ReadonlySet<number>;
}
const indexes = new WeakMap<HolidayCalendar, Index>();

const indexOf = (cal: HolidayCalendar): Index => {
  const cached = indexes.get(cal);
  if (cached) return cached;
  const offDays = new Map<string, string>();
  for (const r of cal.daysOff) {
    for (let day = r.from; day <= r.to; day = LocalDate.addDays(day, 1)) offDays.set(day, r.name);
  }
  const index: Index = { off: offDays, makeUp: new Set(cal.makeUpDays.map((m) => m.date)), weekend: new Set(cal.weekend) };
  indexes.set(cal, index);
  return index;
};

/** The name of the holiday or announced day off on a day, or null (weekends are not holidays). */
export const holidayName = (day: LocalDate.LocalDate, cal: HolidayCalendar = vietnam): string | null => {
  const named = indexOf(cal).off.get(day);
  if (named !== undefined) return named;
  const p = LocalDate.parts(day);
  return cal.fixedHolidays.find((h) => h.month === p.month && h.day === p.day)?.name ?? null;
};

/** Whether the calendar holds the announced days off (Tết, Giỗ Tổ) of a year; outside, only fixed holidays count. */
export const covers = (year: number, cal: HolidayCalendar = vietnam): boolean =>
  year >= cal.coveredYears.from && year <= cal.coveredYears.to;

/** Whether agencies work on a day: not a weekend (unless a make-up day) and not a holiday. */
export const isWorkingDay = (day: LocalDate.LocalDate, cal: HolidayCalendar = vietnam): boolean => {
  const index = indexOf(cal);
  if (index.makeUp.has(day)) return true;
  if (index.weekend.has(LocalDate.dayOfWeek(day))) return false;
  return holidayName(day, cal) === null;
};

/**
 * The n-th working day after `day` (before it when n < 0); `day` itself is not counted, so
 * addWorkingDays(cut-off, 2) is the deadline "2 working days after the cut-off". n = 0 gives `day`.
 */
export const addWorkingDays = (day: LocalDate.LocalDate, n: number, cal: HolidayCalendar = vietnam): LocalDate.LocalDate => {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  let current = day;
  while (remaining > 0) {
    current = LocalDate.addDays(current, step);
    if (isWorkingDay(current, cal)) remaining -= 1;
  }
  return current;
};

/** The first working day on or after `day` (a deadline falling on a day off moves to it). */
export const nextWorkingDayFrom = (day: LocalDate.LocalDate, cal: HolidayCalendar = vietnam): LocalDate.LocalDate =>
  isWorkingDay(day, cal) ? day : addWorkingDays(day, 1, cal);

/**
 * Working days from `a` to `b`: those d with a < d ≤ b, or minus those with b ≤ d < a when b is
 * before a, so that workingDaysBetween(a, addWorkingDays(a, n)) = n in both directions.
 */
export const workingDaysBetween = (a: LocalDate.LocalDate, b: LocalDate.LocalDate, cal: HolidayCalendar = vietnam): number => {
  const backwards = b < a;
  const [from, to] = backwards ? [LocalDate.addDays(b, -1), LocalDate.addDays(a, -1)] : [a, b];
  let count = 0;
  for (let day = LocalDate.addDays(from, 1); day <= to; day = LocalDate.addDays(day, 1)) {
    if (isWorkingDay(day, cal)) count += 1;
  }
  return backwards ? -count : count;
};
