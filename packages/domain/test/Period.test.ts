import { Either, JSONSchema, Option, Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as LocalDate from "../src/LocalDate.js";
import * as Period from "../src/Period.js";

const win = (code: string, regime: Period.Regime = "nd09"): Period.PeriodWindow => Either.getOrThrow(Period.window(code, regime));
const prev = (code: string): Period.PeriodCode => Either.getOrThrow(Period.previous(code));

const arbYear = fc.integer({ min: 2000, max: 2100 });
const arbCode = fc.oneof(
  fc.tuple(arbYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-M${String(m).padStart(2, "0")}`),
  fc.tuple(arbYear, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(arbYear, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  arbYear.map((y) => `${y}-9M`),
  arbYear.map((y) => `${y}-Y`),
);

describe("Period codes", () => {
  it("parses codes into year, kind and index", () => {
    expect(Period.parse("2022-M06")).toEqual(Either.right({ year: 2022, kind: "month", index: 6 }));
    expect(Period.parse("2022-Q3")).toEqual(Either.right({ year: 2022, kind: "quarter", index: 3 }));
    expect(Period.parse("2022-H1")).toEqual(Either.right({ year: 2022, kind: "half", index: 1 }));
    expect(Period.parse("2022-9M")).toEqual(Either.right({ year: 2022, kind: "nine-months", index: 1 }));
    expect(Period.parse("2022-Y")).toEqual(Either.right({ year: 2022, kind: "year", index: 1 }));
    expect(Period.kind("2022-H2")).toEqual(Either.right("half"));
    expect(Period.year("2022-H2")).toEqual(Either.right(2022));
  });

  it("rejects malformed codes with PeriodCodeInvalid", () => {
    for (const bad of [
      "2022-M13",
      "2022-M6",
      "2022-Q5",
      "2022-H3",
      "22-Y",
      "2022",
      "2022-y",
      " 2022-Y",
      "0000-Y",
      "0000-H1",
      "1999-Y",
      "2101-Q1",
      "9999-M12",
    ]) {
      const r = Period.window(bad);
      expect(Either.isLeft(r) && r.left, bad).toMatchObject({ _tag: "PeriodCodeInvalid", code: bad });
    }
  });

  it("has a schema with a pattern, brand and OpenAPI annotations", () => {
    expect(Schema.decodeUnknownEither(Period.PeriodCode)("2022-H1")).toEqual(Either.right("2022-H1"));
    expect(Either.isLeft(Schema.decodeUnknownEither(Period.PeriodCode)("2022-H3"))).toBe(true);
    const json = JSONSchema.make(Period.PeriodCode) as { $defs: Record<string, { pattern?: string; examples?: unknown[] }> };
    expect(json.$defs.PeriodCode?.pattern).toBeDefined();
    expect(json.$defs.PeriodCode?.examples).toContain("2022-H1");
    expect(Schema.decodeUnknownEither(Period.Regime)("bnv")).toEqual(Either.right("bnv"));
    expect(Either.isLeft(Schema.decodeUnknownEither(Period.Regime)("x"))).toBe(true);
  });

  it("labels periods in Vietnamese and English", () => {
    for (const [code, vi] of [
      ["2022-M06", "Tháng 6 năm 2022"],
      ["2022-Q1", "Quý I năm 2022"],
      ["2022-Q4", "Quý IV năm 2022"],
      ["2022-H1", "6 tháng đầu năm 2022"],
      ["2022-H2", "6 tháng cuối năm 2022"],
      ["2022-9M", "9 tháng đầu năm 2022"],
      ["2022-Y", "Năm 2022"],
    ] as const) {
      expect(Period.label(code), code).toEqual(Either.right(vi));
    }
    expect(Period.labelEn("2022-M06")).toEqual(Either.right("June 2022"));
    expect(Period.labelEn("2022-H1")).toEqual(Either.right("First half of 2022"));
  });

  it("steps to the adjacent period of the same kind", () => {
    for (const [code, before] of [
      ["2022-M01", "2021-M12"],
      ["2022-M06", "2022-M05"],
      ["2022-Q1", "2021-Q4"],
      ["2022-H2", "2022-H1"],
      ["2022-H1", "2021-H2"],
      ["2022-Y", "2021-Y"],
      ["2022-9M", "2021-9M"],
    ] as const) {
      expect(prev(code), code).toBe(before);
    }
    expect(Period.next("2022-H2")).toEqual(Either.right("2023-H1"));
    expect(Period.next("2022-M12")).toEqual(Either.right("2023-M01"));
  });
});

describe("Period windows", () => {
  it("uses the 15th–14th cut-off of Nghị định 09/2019 by default", () => {
    expect(win("2022-M06")).toMatchObject({ start: "2022-05-15", end: "2022-06-14", label: "Tháng 6 năm 2022" });
    expect(win("2022-M01")).toMatchObject({ start: "2021-12-15", end: "2022-01-14" });
    expect(win("2022-Q1")).toMatchObject({ start: "2021-12-15", end: "2022-03-14" });
    expect(win("2022-Q3")).toMatchObject({ start: "2022-06-15", end: "2022-09-14" });
    expect(win("2022-H1")).toEqual({
      code: "2022-H1",
      regime: "nd09",
      start: "2021-12-15",
      end: "2022-06-14",
      label: "6 tháng đầu năm 2022",
      labelEn: "First half of 2022",
    });
    expect(win("2022-H2")).toMatchObject({ start: "2022-06-15", end: "2022-12-14" });
    expect(win("2022-9M")).toMatchObject({ start: "2021-12-15", end: "2022-09-14" });
    expect(win("2022-Y")).toMatchObject({ start: "2021-12-15", end: "2022-12-14" });
  });

  it("uses calendar months in the calendar regime", () => {
    expect(win("2022-H1", "calendar")).toMatchObject({ start: "2022-01-01", end: "2022-06-30" });
    expect(win("2024-M02", "calendar")).toMatchObject({ start: "2024-02-01", end: "2024-02-29" });
    expect(win("2022-Q4", "calendar")).toMatchObject({ start: "2022-10-01", end: "2022-12-31" });
    expect(win("2022-9M", "calendar")).toMatchObject({ start: "2022-01-01", end: "2022-09-30" });
    expect(win("2022-Y", "calendar")).toMatchObject({ start: "2022-01-01", end: "2022-12-31" });
  });

  it("reports only Q1, H1, Q3 and Y in the Bộ Nội vụ regime", () => {
    expect(win("2022-Q1", "bnv")).toMatchObject({ start: "2021-12-15", end: "2022-03-14" });
    expect(win("2022-H1", "bnv")).toMatchObject({ start: "2021-12-15", end: "2022-06-14" });
    expect(win("2022-Q3", "bnv")).toMatchObject({ start: "2022-06-15", end: "2022-09-14" });
    expect(win("2022-Y", "bnv")).toMatchObject({ start: "2021-12-15", end: "2022-12-14" });
    for (const code of ["2022-Q2", "2022-Q4", "2022-M06", "2022-H2", "2022-9M"]) {
      const r = Period.window(code, "bnv");
      expect(Either.isLeft(r) && r.left, code).toMatchObject({ _tag: "PeriodNotInRegime", code, regime: "bnv" });
    }
    expect(Period.periodsOf(2022, "bnv")).toEqual(["2022-Q1", "2022-H1", "2022-Q3", "2022-Y"]);
    expect(Period.periodsOf(2022)).toHaveLength(20);
  });

  for (const regime of ["nd09", "calendar"] as const) {
    describe(`tiling in the ${regime} regime`, () => {
      const tiles = (codes: ReadonlyArray<string>, y: number) => {
        const ws = codes.map((c) => win(c, regime));
        const year = win(`${y}-Y`, regime);
        expect(ws[0]?.start).toBe(year.start);
        expect(ws[ws.length - 1]?.end).toBe(year.end);
        for (let i = 1; i < ws.length; i++) expect(LocalDate.addDays(ws[i - 1]?.end as LocalDate.LocalDate, 1)).toBe(ws[i]?.start);
      };

      it("every period lies inside its year", () => {
        fc.assert(
          fc.property(arbCode, (code) => {
            const w = win(code, regime);
            const y = win(`${Either.getOrThrow(Period.year(code))}-Y`, regime);
            expect(w.start <= w.end).toBe(true);
            expect(w.start >= y.start && w.end <= y.end).toBe(true);
          }),
        );
      });

      it("months, quarters and halves tile the year", () => {
        fc.assert(
          fc.property(arbYear, (y) => {
            tiles(
              Array.from({ length: 12 }, (_, i) => `${y}-M${String(i + 1).padStart(2, "0")}`),
              y,
            );
            tiles(
              [1, 2, 3, 4].map((q) => `${y}-Q${q}`),
              y,
            );
            tiles([`${y}-H1`, `${y}-H2`], y);
          }),
        );
      });

      it("previous periods chain without gaps", () => {
        fc.assert(
          fc.property(
            // the period before a 2000 code lies in 1999, outside the accepted years
            arbCode.filter((c) => !c.endsWith("9M") && !c.startsWith("2000-")),
            (code) => {
              const p = win(prev(code), regime);
              expect(LocalDate.addDays(p.end, 1)).toBe(win(code, regime).start);
            },
          ),
        );
      });
    });
  }

  describe("the Bộ Nội vụ regime (Q1, H1, Q3, Y)", () => {
    it("its periods lie inside the year, Q1 and H1 start the year, Q3 follows H1, and the year is the default regime's year", () => {
      fc.assert(
        fc.property(arbYear, (y) => {
          const [q1, h1, q3, year] = Period.periodsOf(y, "bnv").map((c) => win(c, "bnv")) as [
            Period.PeriodWindow,
            Period.PeriodWindow,
            Period.PeriodWindow,
            Period.PeriodWindow,
          ];
          for (const w of [q1, h1, q3]) expect(w.start >= year.start && w.end <= year.end && w.start <= w.end).toBe(true);
          expect(q1.start).toBe(year.start);
          expect(h1.start).toBe(year.start);
          expect(q1.end < h1.end).toBe(true);
          expect(LocalDate.addDays(h1.end, 1)).toBe(q3.start);
          // the year window is the same as in the default regime (15/12 of the year before → 14/12)
          expect(year).toMatchObject({ start: win(`${y}-Y`).start, end: win(`${y}-Y`).end });
        }),
      );
    });
  });

  it("tells whether a day is inside a window", () => {
    const w = win("2022-H1");
    expect(Period.contains(w, LocalDate.make(2022, 6, 14))).toBe(true);
    expect(Period.contains(w, LocalDate.make(2022, 6, 15))).toBe(false);
    expect(Period.contains(w, LocalDate.make(2021, 12, 15))).toBe(true);
  });
});

describe("Period deadlines", () => {
  it("sends by the 20th of the last month, moved to the next working day", () => {
    expect(Period.deadline("2022-H1")).toEqual(Either.right("2022-06-20")); // Monday
    expect(Period.deadline("2022-Q1")).toEqual(Either.right("2022-03-21")); // 20/3/2022 is a Sunday
    expect(Period.deadline("2022-Y")).toEqual(Either.right("2022-12-20"));
    expect(Period.deadline("2022-H1", "calendar")).toEqual(Either.right("2022-07-20"));
    expect(Period.deadline("2022-Y", "calendar")).toEqual(Either.right("2023-01-27")); // 20–26/1/2023 is Tết
    expect(Either.isLeft(Period.deadline("2022-Q2", "bnv"))).toBe(true);
  });

  it("computes internal deadlines in working days after the cut-off", () => {
    expect(Period.internalDeadline("2022-H1", 2)).toEqual(Either.right("2022-06-16"));
    expect(Period.internalDeadline("2022-M01", 1)).toEqual(Either.right("2022-01-17")); // 14/1/2022 Friday
    expect(Period.internalDeadline("2024-M02", 3)).toEqual(Either.right("2024-02-19")); // over Tết 2024
  });
});

describe("Period labels in text", () => {
  it("finds the period a label names", () => {
    for (const [text, code] of [
      ["6 tháng đầu năm 2022", "2022-H1"],
      ["quý III năm 2022", "2022-Q3"],
      ["PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022", "2022-Q3"],
      ["Quý 1/2023", "2023-Q1"],
      ["6 tháng cuối năm 2021", "2021-H2"],
      ["9 tháng đầu năm 2022", "2022-9M"],
      ["Tháng 6 năm 2022", "2022-M06"],
      ["Năm 2022", "2022-Y"],
    ] as const) {
      expect(Period.fromLabel(text), text).toEqual(Option.some(code));
    }
    expect(Period.fromLabel("không có kỳ nào")).toEqual(Option.none());
  });

  it("round-trips every label", () => {
    fc.assert(
      fc.property(arbCode, (code) => {
        expect(Period.fromLabel(Either.getOrThrow(Period.label(code)))).toEqual(Option.some(code));
      }),
    );
  });

  it("does not read a date as a period", () => {
    const text = "Đồng Tháp, ngày 10 tháng 6 năm 2022 — Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2022";
    const found = Period.findAll(text);
    expect(found.map((m) => m.code)).toEqual(["2022-H1"]);
    const [m] = found;
    expect(m && text.slice(m.index, m.index + m.length)).toBe("6 tháng đầu năm 2022");
    expect(Period.fromLabel(text)).toEqual(Option.some("2022-H1"));
  });
});

describe("Period schemas", () => {
  it("produce JSON Schemas", () => {
    expect(JSON.stringify(JSONSchema.make(Period.PeriodWindow))).toContain("PeriodCode");
  });
});
