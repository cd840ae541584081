import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as LocalDate from "../src/LocalDate.js";

describe("LocalDate", () => {
  it("accepts real days and refuses impossible ones", () => {
    const decode = Schema.decodeUnknownEither(LocalDate.LocalDate);
    expect(decode("2022-06-14")._tag).toBe("Right");
    expect(decode("2024-02-29")._tag).toBe("Right");
    expect(decode("2022-02-29")._tag).toBe("Left");
    expect(decode("2022-13-01")._tag).toBe("Left");
    expect(decode("14/6/2022")._tag).toBe("Left");
  });

  it("adds days across months and years", () => {
    expect(LocalDate.addDays(LocalDate.make(2021, 12, 15), 181)).toBe("2022-06-14");
    expect(LocalDate.daysBetween(LocalDate.make(2021, 12, 15), LocalDate.make(2022, 6, 14))).toBe(181);
    expect(LocalDate.dayOfWeek(LocalDate.make(2022, 6, 10))).toBe(5);
  });

  it("reads an instant as a day in Vietnam (UTC+7)", () => {
    expect(LocalDate.ofInstantInVietnam(new Date("2022-06-13T17:30:00Z"))).toBe("2022-06-14");
    expect(LocalDate.ofInstantInVietnam(new Date("2022-06-13T16:59:59Z"))).toBe("2022-06-13");
  });

  it("addDays and daysBetween are inverse, and string order is day order", () => {
    const day = fc
      .date({ min: new Date("1990-01-01"), max: new Date("2060-12-31"), noInvalidDate: true })
      .map((d) => LocalDate.make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const e = LocalDate.addDays(d, n);
        expect(LocalDate.daysBetween(d, e)).toBe(n);
        expect(Math.sign(LocalDate.compare(d, e)) + Math.sign(n)).toBe(0);
      }),
    );
  });
});
