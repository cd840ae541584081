import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Calendar from "../src/Calendar.js";
import * as LocalDate from "../src/LocalDate.js";

const day = (s: string): LocalDate.LocalDate => {
  if (!LocalDate.isLocalDate(s)) throw new Error(`bad fixture ${s}`);
  return s;
};

describe("Calendar", () => {
  it("is valid data of its own schema", () => {
    expect(Schema.decodeUnknownSync(Calendar.HolidayCalendar)(Calendar.vietnam)).toEqual(Calendar.vietnam);
    for (const r of Calendar.vietnam.daysOff) expect(r.from <= r.to, r.name).toBe(true);
  });

  it("knows weekends and fixed holidays", () => {
    expect(Calendar.isWorkingDay(day("2022-06-14"))).toBe(true); // Tuesday
    expect(Calendar.isWorkingDay(day("2022-06-18"))).toBe(false); // Saturday
    expect(Calendar.isWorkingDay(day("2022-06-19"))).toBe(false); // Sunday
    expect(Calendar.isWorkingDay(day("2021-04-30"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2030-09-02"))).toBe(false); // outside the data: fixed rule
    expect(Calendar.holidayName(day("2030-01-01"))).toBe("Tết Dương lịch");
  });

  it("holds Tết for every covered year, on working days too", () => {
    for (const [year, first] of Object.entries(Calendar.tetDates)) {
      expect(Calendar.covers(Number(year))).toBe(true);
      // mùng 1 to mùng 3 are always days off
      for (let i = 0; i < 3; i++) expect(Calendar.isWorkingDay(LocalDate.addDays(first, i)), `${year}+${i}`).toBe(false);
      // each Tết break holds five working days off (four under the 2012 code in 2020, plus one)
      const tet = Calendar.vietnam.daysOff.find((r) => r.name.startsWith("Tết Nguyên đán") && r.from.startsWith(year));
      expect(tet).toBeDefined();
      if (tet) {
        let weekdays = 0;
        for (let d = tet.from; d <= tet.to; d = LocalDate.addDays(d, 1)) if (![0, 6].includes(LocalDate.dayOfWeek(d))) weekdays++;
        expect(weekdays, year).toBe(5);
      }
    }
    expect(Calendar.isWorkingDay(day("2022-01-31"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2022-02-04"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2022-02-07"))).toBe(true);
  });

  it("holds Giỗ Tổ Hùng Vương and its compensation", () => {
    for (const [year, d] of Object.entries(Calendar.hungKingsDates)) expect(Calendar.holidayName(d), year).not.toBeNull();
    expect(Calendar.isWorkingDay(day("2022-04-11"))).toBe(false); // 10/4/2022 was a Sunday
    expect(Calendar.isWorkingDay(day("2023-05-02"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2023-05-03"))).toBe(false);
  });

  it("holds announced swaps and make-up Saturdays", () => {
    expect(Calendar.isWorkingDay(day("2024-04-29"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2024-05-04"))).toBe(true); // Saturday worked
    expect(Calendar.isWorkingDay(day("2025-05-02"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2025-04-26"))).toBe(true);
    expect(Calendar.isWorkingDay(day("2026-01-02"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2026-01-10"))).toBe(true);
    expect(Calendar.isWorkingDay(day("2022-09-01"))).toBe(false);
    expect(Calendar.isWorkingDay(day("2023-09-04"))).toBe(false);
  });

  it("adds working days after a day", () => {
    expect(Calendar.addWorkingDays(day("2022-06-14"), 2)).toBe("2022-06-16");
    expect(Calendar.addWorkingDays(day("2022-06-17"), 1)).toBe("2022-06-20"); // Friday → Monday
    expect(Calendar.addWorkingDays(day("2022-01-28"), 1)).toBe("2022-02-07"); // over Tết
    expect(Calendar.addWorkingDays(day("2022-02-07"), -1)).toBe("2022-01-28");
    expect(Calendar.addWorkingDays(day("2022-06-18"), 0)).toBe("2022-06-18");
    expect(Calendar.nextWorkingDayFrom(day("2022-06-18"))).toBe("2022-06-20");
    expect(Calendar.nextWorkingDayFrom(day("2022-06-20"))).toBe("2022-06-20");
  });

  it("counts working days between two days", () => {
    expect(Calendar.workingDaysBetween(day("2022-06-14"), day("2022-06-16"))).toBe(2);
    expect(Calendar.workingDaysBetween(day("2022-06-16"), day("2022-06-14"))).toBe(-2);
    expect(Calendar.workingDaysBetween(day("2022-01-28"), day("2022-02-07"))).toBe(1);
    // 2022: 365 days, 105 weekend days, 11 weekday days off
    expect(Calendar.workingDaysBetween(day("2021-12-31"), day("2022-12-31"))).toBe(365 - 105 - 11);
  });

  it("inverts addWorkingDays with workingDaysBetween", () => {
    const start = LocalDate.make(2020, 1, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2900 }), fc.integer({ min: -60, max: 60 }), (offset, n) => {
        const a = LocalDate.addDays(start, offset);
        const b = Calendar.addWorkingDays(a, n);
        expect(Calendar.workingDaysBetween(a, b)).toBe(n);
        if (n !== 0) expect(Calendar.isWorkingDay(b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
