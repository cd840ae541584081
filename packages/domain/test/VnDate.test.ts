import { Either } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as LocalDate from "../src/LocalDate.js";
import * as VnDate from "../src/VnDate.js";

const day = (s: string): LocalDate.LocalDate => {
  if (!LocalDate.isLocalDate(s)) throw new Error(`bad fixture ${s}`);
  return s;
};

const arbDay = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => LocalDate.make(y, m, Math.min(d, LocalDate.daysInMonth(y, m))));

describe("VnDate", () => {
  it("formats the long, short and header forms", () => {
    expect(VnDate.formatLong(day("2022-06-10"))).toBe("ngày 10 tháng 6 năm 2022");
    expect(VnDate.formatShort(day("2022-06-10"))).toBe("10/6/2022");
    expect(VnDate.formatShortPadded(day("2022-06-10"))).toBe("10/06/2022");
    expect(VnDate.formatPlaceDate("Đồng Tháp", day("2022-06-05"))).toBe("Đồng Tháp, ngày 05 tháng 6 năm 2022");
    expect(VnDate.formatPlaceDate("Đồng Tháp", day("2022-06-10"))).toBe("Đồng Tháp, ngày 10 tháng 6 năm 2022");
    expect(VnDate.formatLongNd30(day("2022-01-13"))).toBe("ngày 13 tháng 01 năm 2022");
    expect(VnDate.formatLongNd30(day("2022-02-08"))).toBe("ngày 08 tháng 02 năm 2022");
    expect(VnDate.formatLongNd30(day("2022-12-31"))).toBe("ngày 31 tháng 12 năm 2022");
    expect(VnDate.formatWindow(day("2021-12-15"), day("2022-06-14"))).toBe("15/12/2021 – 14/6/2022");
    expect(VnDate.formatCutOff(day("2021-12-15"), day("2022-06-14"))).toBe("số liệu tính từ 15/12/2021 đến 14/6/2022");
  });

  it("parses the long form with or without leading zeros", () => {
    expect(VnDate.parseLong("ngày 08 tháng 4 năm 2022")).toEqual(Either.right("2022-04-08"));
    expect(VnDate.parseLong("ngày 13 tháng 01 năm 2022")).toEqual(Either.right("2022-01-13"));
    expect(VnDate.parseLong("Ngày 28 tháng 4 năm 2024")).toEqual(Either.right("2024-04-28"));
  });

  it("parses the short form", () => {
    expect(VnDate.parseShort("09/6/2022")).toEqual(Either.right("2022-06-09"));
    expect(VnDate.parseShort("27/4/2022")).toEqual(Either.right("2022-04-27"));
    expect(VnDate.parseShort("24/01/2019")).toEqual(Either.right("2019-01-24"));
    expect(VnDate.parse("ngày 27/4/2022")).toEqual(Either.right("2022-04-27"));
    expect(VnDate.parse("ngày 10 tháng 6 năm 2022")).toEqual(Either.right("2022-06-10"));
  });

  it("rejects days that do not exist", () => {
    for (const bad of ["31/2/2022", "29/02/2023", "0/1/2022", "ngày 32 tháng 1 năm 2022", "ngày 1 tháng 13 năm 2022", "10-6", "hôm qua"]) {
      const r = VnDate.parse(bad);
      expect(Either.isLeft(r), bad).toBe(true);
      if (Either.isLeft(r)) expect(r.left).toMatchObject({ _tag: "DateTextInvalid", text: bad });
    }
    expect(VnDate.parseShort("29/2/2024")).toEqual(Either.right("2024-02-29"));
  });

  it("round-trips every form", () => {
    fc.assert(
      fc.property(arbDay, (d) => {
        expect(VnDate.parseLong(VnDate.formatLong(d))).toEqual(Either.right(d));
        expect(VnDate.parseLong(VnDate.formatLongNd30(d))).toEqual(Either.right(d));
        expect(VnDate.parseShort(VnDate.formatShort(d))).toEqual(Either.right(d));
        expect(VnDate.parseShort(VnDate.formatShortPadded(d))).toEqual(Either.right(d));
      }),
    );
  });

  it("finds every date mention with its position", () => {
    const text =
      "Đồng Tháp, ngày 10 tháng 6 năm 2022. Số liệu tính từ 15/12/2021 đến 14/6/2022; kinh phí đến ngày 09/6/2022, tổng hợp trong tháng 9 năm 2022 (tháng 12/2021). Sai: 31/2/2022. ISO 9001:2015 giai đoạn 2021 - 2025.";
    const found = VnDate.findDates(text);
    expect(found.map((m) => [m.text, m.form, m.valid, m.start, m.end])).toEqual([
      ["ngày 10 tháng 6 năm 2022", "long", true, "2022-06-10", "2022-06-10"],
      ["15/12/2021", "short", true, "2021-12-15", "2021-12-15"],
      ["14/6/2022", "short", true, "2022-06-14", "2022-06-14"],
      ["09/6/2022", "short", true, "2022-06-09", "2022-06-09"],
      ["tháng 9 năm 2022", "month", true, "2022-09-01", "2022-09-30"],
      ["tháng 12/2021", "month", true, "2021-12-01", "2021-12-31"],
      ["31/2/2022", "short", false, null, null],
    ]);
    for (const m of found) expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
    expect(found[4]).toMatchObject({ precision: "month", day: null, month: 9, year: 2022 });
  });

  it("finds both ends of a window written without spaces", () => {
    expect(VnDate.findDates("(15/12/2021-14/6/2022)").map((m) => m.start)).toEqual(["2021-12-15", "2022-06-14"]);
  });

  it("reports indexes of the NFC text even for decomposed input", () => {
    const text = "Ngày 28 tháng 4 năm 2024, Tổ Kiểm tra".normalize("NFD");
    const [m] = VnDate.findDates(text);
    expect(m).toMatchObject({ index: 0, text: "Ngày 28 tháng 4 năm 2024", start: "2024-04-28" });
  });
});
