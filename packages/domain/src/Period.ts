/**
 * Reporting periods. A code names a period of a year ("2022-M06", "2022-Q1", "2022-H1", "2022-9M",
 * "2022-Y"); a regime turns it into a date window. The default regime "nd09" is the data cut-off of
 * Nghị định 09/2019/NĐ-CP, Điều 12 (15th of the month before → 14th of the last month); "calendar"
 * uses calendar months; "bnv" is the Bộ Nội vụ CCHC regime (581/BNV-CCHC), which only asks for Q1,
 * 6 months, Q3 (15/6–14/9, three months, not cumulative) and the year.
 */
import { type Brand, Either, Option, Schema } from "effect";
import * as Calendar from "./Calendar.js";
import * as LocalDate from "./LocalDate.js";
import { foldKeepingIndexes } from "./Text.js";

/** First year a period code may name. */
export const MIN_YEAR = 2000;
/** Last year a period code may name. */
export const MAX_YEAR = 2100;

// Years 2000–2100 only: a year outside has no reform data, and "0000" has no calendar to cut.
const CODE = /^(20\d\d|2100)-(?:M(0[1-9]|1[0-2])|Q([1-4])|H([12])|(9M)|(Y))$/;

/** A period code: "2022-M06", "2022-Q1", "2022-H1", "2022-9M", "2022-Y". */
export const PeriodCode = Schema.String.pipe(
  Schema.pattern(CODE, { message: () => "Mã kỳ báo cáo không hợp lệ (năm 2000–2100, ví dụ: 2022-M06, 2022-Q1, 2022-H1, 2022-9M, 2022-Y)" }),
  Schema.brand("PeriodCode"),
  Schema.annotations({
    identifier: "PeriodCode",
    title: "Mã kỳ báo cáo",
    description:
      "Kỳ báo cáo (năm 2000–2100): YYYY-Mnn (tháng), YYYY-Qn (quý), YYYY-H1/H2 (6 tháng đầu/cuối năm), YYYY-9M (9 tháng), YYYY-Y (năm)",
    examples: [
      "2022-H1" as Brand.Branded<string, "PeriodCode">,
      "2022-Q3" as Brand.Branded<string, "PeriodCode">,
      "2022-M06" as Brand.Branded<string, "PeriodCode">,
      "2022-Y" as Brand.Branded<string, "PeriodCode">,
    ],
  }),
);
export type PeriodCode = typeof PeriodCode.Type;

/** The rule turning a code into dates: Nghị định 09/2019 cut-off, calendar periods, or the Bộ Nội vụ CCHC regime. */
export const Regime = Schema.Literal("nd09", "calendar", "bnv").annotations({
  identifier: "Regime",
  description:
    "Chế độ kỳ báo cáo: nd09 (chốt số liệu 15–14, Nghị định 09/2019), calendar (theo lịch), bnv (Bộ Nội vụ: Quý I, 6 tháng, Quý III, năm)",
});
export type Regime = typeof Regime.Type;

/** The kind of period a code names. */
export type PeriodKind = "month" | "quarter" | "half" | "nine-months" | "year";

/** A code that is not a period code. */
export class PeriodCodeInvalid extends Schema.TaggedError<PeriodCodeInvalid>()("PeriodCodeInvalid", {
  code: Schema.String,
}) {}

/** A period the regime does not report (e.g. "2022-Q2" under "bnv"). */
export class PeriodNotInRegime extends Schema.TaggedError<PeriodNotInRegime>()("PeriodNotInRegime", {
  code: Schema.String,
  regime: Schema.String,
}) {}

/** A parsed code: month 1–12, quarter 1–4, half 1–2; nine-months and year have index 1. */
export interface ParsedPeriod {
  readonly year: number;
  readonly kind: PeriodKind;
  readonly index: number;
}

/** A period resolved to its dates under a regime, with its Vietnamese and English labels. */
export const PeriodWindow = Schema.Struct({
  code: PeriodCode,
  regime: Regime,
  start: LocalDate.LocalDate,
  end: LocalDate.LocalDate,
  label: Schema.String,
  labelEn: Schema.String,
}).annotations({ identifier: "PeriodWindow", description: "Kỳ báo cáo với ngày bắt đầu, ngày kết thúc (chốt số liệu) và tên gọi" });
export type PeriodWindow = typeof PeriodWindow.Type;

/** Parses a code into year, kind and index. */
export const parse = (code: string): Either.Either<ParsedPeriod, PeriodCodeInvalid> => {
  const m = CODE.exec(code);
  if (!m) return Either.left(new PeriodCodeInvalid({ code }));
  const year = Number(m[1]);
  if (m[2]) return Either.right({ year, kind: "month", index: Number(m[2]) });
  if (m[3]) return Either.right({ year, kind: "quarter", index: Number(m[3]) });
  if (m[4]) return Either.right({ year, kind: "half", index: Number(m[4]) });
  if (m[5]) return Either.right({ year, kind: "nine-months", index: 1 });
  return Either.right({ year, kind: "year", index: 1 });
};

/** Whether a string is a period code. */
export const isPeriodCode = (s: string): s is PeriodCode => CODE.test(s);

/** The code of a parsed period; the caller guarantees a valid year (2000–2100, or one step beyond by `previous`/`next`) and index. */
export const make = (p: ParsedPeriod): PeriodCode => {
  const y = String(p.year);
  switch (p.kind) {
    case "month":
      return `${y}-M${String(p.index).padStart(2, "0")}` as PeriodCode;
    case "quarter":
      return `${y}-Q${p.index}` as PeriodCode;
    case "half":
      return `${y}-H${p.index}` as PeriodCode;
    case "nine-months":
      return `${y}-9M` as PeriodCode;
    case "year":
      return `${y}-Y` as PeriodCode;
  }
};

/** The kind of a code. */
export const kind = (code: string): Either.Either<PeriodKind, PeriodCodeInvalid> => Either.map(parse(code), (p) => p.kind);

/** The year of a code. */
export const year = (code: string): Either.Either<number, PeriodCodeInvalid> => Either.map(parse(code), (p) => p.year);

const perYear: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, "nine-months": 1, year: 1 };

const shift = (p: ParsedPeriod, by: -1 | 1): ParsedPeriod => {
  const n = perYear[p.kind];
  const i = p.index - 1 + by;
  return { kind: p.kind, year: p.year + Math.floor(i / n), index: (((i % n) + n) % n) + 1 };
};

/** The adjacent earlier period of the same kind ("2022-Q1" → "2021-Q4", "2022-9M" → "2021-9M"). */
export const previous = (code: string): Either.Either<PeriodCode, PeriodCodeInvalid> => Either.map(parse(code), (p) => make(shift(p, -1)));

/** The adjacent later period of the same kind ("2022-H2" → "2023-H1"). */
export const next = (code: string): Either.Either<PeriodCode, PeriodCodeInvalid> => Either.map(parse(code), (p) => make(shift(p, 1)));

const ROMAN = ["I", "II", "III", "IV"] as const;
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const labelOf = (p: ParsedPeriod): string => {
  switch (p.kind) {
    case "month":
      return `Tháng ${p.index} năm ${p.year}`;
    case "quarter":
      return `Quý ${ROMAN[p.index - 1]} năm ${p.year}`;
    case "half":
      return `6 tháng ${p.index === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    case "nine-months":
      return `9 tháng đầu năm ${p.year}`;
    case "year":
      return `Năm ${p.year}`;
  }
};

const labelEnOf = (p: ParsedPeriod): string => {
  switch (p.kind) {
    case "month":
      return `${MONTHS_EN[p.index - 1]} ${p.year}`;
    case "quarter":
      return `Q${p.index} ${p.year}`;
    case "half":
      return `${p.index === 1 ? "First" : "Second"} half of ${p.year}`;
    case "nine-months":
      return `First nine months of ${p.year}`;
    case "year":
      return `Year ${p.year}`;
  }
};

/** The Vietnamese label: "Tháng 6 năm 2022", "Quý I năm 2022", "6 tháng đầu năm 2022", "9 tháng đầu năm 2022", "Năm 2022". */
export const label = (code: string): Either.Either<string, PeriodCodeInvalid> => Either.map(parse(code), labelOf);

/** The English label: "June 2022", "Q1 2022", "First half of 2022", "First nine months of 2022", "Year 2022". */
export const labelEn = (code: string): Either.Either<string, PeriodCodeInvalid> => Either.map(parse(code), labelEnOf);

/** Last month (1–12) of a parsed period. */
const lastMonth = (p: ParsedPeriod): number => {
  switch (p.kind) {
    case "month":
      return p.index;
    case "quarter":
      return p.index * 3;
    case "half":
      return p.index * 6;
    case "nine-months":
      return 9;
    case "year":
      return 12;
  }
};

/** First month (1–12) of a parsed period (nine-months and year start in January). */
const firstMonth = (p: ParsedPeriod): number =>
  p.kind === "nine-months" || p.kind === "year" ? 1 : lastMonth(p) - (p.kind === "month" ? 0 : p.kind === "quarter" ? 2 : 5);

/** Whether a regime reports a period: "bnv" only Q1, H1, Q3 and Y. */
export const inRegime = (p: ParsedPeriod, regime: Regime): boolean =>
  regime !== "bnv" ||
  (p.kind === "quarter" && (p.index === 1 || p.index === 3)) ||
  (p.kind === "half" && p.index === 1) ||
  p.kind === "year";

const datesOf = (p: ParsedPeriod, regime: Regime): { start: LocalDate.LocalDate; end: LocalDate.LocalDate } => {
  const first = firstMonth(p);
  const last = lastMonth(p);
  if (regime === "calendar") {
    return { start: LocalDate.make(p.year, first, 1), end: LocalDate.make(p.year, last, LocalDate.daysInMonth(p.year, last)) };
  }
  // nd09 and bnv: from the 15th of the month before the first month to the 14th of the last month.
  const start = first === 1 ? LocalDate.make(p.year - 1, 12, 15) : LocalDate.make(p.year, first - 1, 15);
  return { start, end: LocalDate.make(p.year, last, 14) };
};

/** The date window and labels of a period under a regime (default "nd09"). */
export const window = (code: string, regime: Regime = "nd09"): Either.Either<PeriodWindow, PeriodCodeInvalid | PeriodNotInRegime> =>
  Either.flatMap(parse(code), (p) => {
    if (!inRegime(p, regime)) return Either.left(new PeriodNotInRegime({ code, regime }));
    const { start, end } = datesOf(p, regime);
    return Either.right({ code: make(p), regime, start, end, label: labelOf(p), labelEn: labelEnOf(p) });
  });

/** Whether a day lies inside a window (both ends included). */
export const contains = (w: Pick<PeriodWindow, "start" | "end">, day: LocalDate.LocalDate): boolean => day >= w.start && day <= w.end;

/** The periods a regime reports in a year, in order of their end date. */
export const periodsOf = (y: number, regime: Regime = "nd09"): ReadonlyArray<PeriodCode> => {
  const all: Array<ParsedPeriod> = [];
  for (let m = 1; m <= 12; m++) all.push({ year: y, kind: "month", index: m });
  for (let q = 1; q <= 4; q++) all.push({ year: y, kind: "quarter", index: q });
  all.push(
    { year: y, kind: "half", index: 1 },
    { year: y, kind: "nine-months", index: 1 },
    { year: y, kind: "half", index: 2 },
    { year: y, kind: "year", index: 1 },
  );
  const order: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, "nine-months": 3, year: 4 };
  return all
    .filter((p) => inRegime(p, regime))
    .sort((a, b) => lastMonth(a) - lastMonth(b) || order[a.kind] - order[b.kind])
    .map(make);
};

/**
 * The sending deadline (581/BNV-CCHC: "chậm nhất ngày 20 của tháng cuối kỳ báo cáo"). We take the
 * first 20th on or after the cut-off day — the 20th of the last month under "nd09"/"bnv", the 20th of
 * the following month under "calendar", whose cut-off is the month's end — and, as Bộ luật Dân sự
 * 2015 Điều 148 ends a time limit that falls on a day off at the next working day, move it there.
 */
export const deadline = (
  code: string,
  regime: Regime = "nd09",
  calendar: Calendar.HolidayCalendar = Calendar.vietnam,
): Either.Either<LocalDate.LocalDate, PeriodCodeInvalid | PeriodNotInRegime> =>
  Either.map(window(code, regime), (w) => {
    const e = LocalDate.parts(w.end);
    const twentieth =
      e.day <= 20
        ? LocalDate.make(e.year, e.month, 20)
        : e.month === 12
          ? LocalDate.make(e.year + 1, 1, 20)
          : LocalDate.make(e.year, e.month + 1, 20);
    return Calendar.nextWorkingDayFrom(twentieth, calendar);
  });

/** An internal deadline `workingDays` working days after the cut-off (e.g. 2 for a department reporting to the province). */
export const internalDeadline = (
  code: string,
  workingDays: number,
  regime: Regime = "nd09",
  calendar: Calendar.HolidayCalendar = Calendar.vietnam,
): Either.Either<LocalDate.LocalDate, PeriodCodeInvalid | PeriodNotInRegime> =>
  Either.map(window(code, regime), (w) => Calendar.addWorkingDays(w.end, workingDays, calendar));

/** A period named in a text ("6 tháng đầu năm 2022", "quý III năm 2022"), with where it is. */
export interface PeriodMention {
  /** Offset in the NFC text. */
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly code: PeriodCode;
}

const ROMAN_INDEX: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

// Matched against the diacritic-free fold of the text, so "QUÝ III NĂM 2022" and "quý 3/2022" both match.
const MENTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?<hn>6|sau) thang(?: (?<hw>dau|cuoi))? nam (?<hy>\d{4})`,
    String.raw`(?<![\p{L}\p{N}])(?:9|chin) thang(?: dau)? nam (?<ny>\d{4})`,
    String.raw`(?<![\p{L}\p{N}])quy (?<q>iv|iii|ii|i|[1-4])(?: nam |\/)(?<qy>\d{4})`,
    String.raw`(?<![\p{L}\p{N}])(?<!ngay \d{1,2} )thang (?<m>\d{1,2})(?: nam |\/)(?<my>\d{4})`,
    String.raw`(?<![\p{L}\p{N}])(?<!thang \d{1,2} )(?<!\d )nam (?<y>\d{4})`,
  ]
    .join("|")
    .replace(/ /g, String.raw`\s+`),
  "gu",
);

/** Every period named in a text, in order; indexes refer to the NFC text. */
export const findAll = (text: string): ReadonlyArray<PeriodMention> => {
  const nfc = text.normalize("NFC");
  const folded = foldKeepingIndexes(nfc);
  const out: Array<PeriodMention> = [];
  for (const m of folded.matchAll(MENTION)) {
    const g = m.groups ?? {};
    let p: ParsedPeriod | null = null;
    if (g.hy !== undefined) p = { year: Number(g.hy), kind: "half", index: g.hw === "cuoi" ? 2 : 1 };
    else if (g.ny !== undefined) p = { year: Number(g.ny), kind: "nine-months", index: 1 };
    else if (g.qy !== undefined) p = { year: Number(g.qy), kind: "quarter", index: ROMAN_INDEX[g.q ?? ""] ?? 0 };
    else if (g.my !== undefined) p = { year: Number(g.my), kind: "month", index: Number(g.m) };
    else if (g.y !== undefined) p = { year: Number(g.y), kind: "year", index: 1 };
    if (p === null || p.index < 1 || p.index > 12 || p.year < 1000) continue;
    const index = m.index ?? 0;
    out.push({ index, length: m[0].length, text: nfc.slice(index, index + m[0].length), code: make(p) });
  }
  return out;
};

/** The first period named in a text: fromLabel("6 tháng đầu năm 2022") → "2022-H1", "quý III năm 2022" → "2022-Q3". */
export const fromLabel = (text: string): Option.Option<PeriodCode> => Option.fromNullable(findAll(text)[0]?.code);
