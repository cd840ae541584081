/**
 * Dates as Vietnamese administrative texts write them: "ngày 10 tháng 6 năm 2022", "10/6/2022",
 * and the header form of Nghị định 30/2020 ("Đồng Tháp, ngày 05 tháng 6 năm 2022": a day below 10
 * and the months 1 and 2 get a leading zero). Parsing rejects days that do not exist (31/2/2022).
 */
import { Either, Schema } from "effect";
import * as LocalDate from "./LocalDate.js";

/** A text that is not a date in a Vietnamese form. */
export class DateTextInvalid extends Schema.TaggedError<DateTextInvalid>()("DateTextInvalid", {
  text: Schema.String,
}) {}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "ngày 10 tháng 6 năm 2022" (no leading zeros). */
export const formatLong = (d: LocalDate.LocalDate): string => {
  const p = LocalDate.parts(d);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
};

/** "ngày 05 tháng 6 năm 2022", "ngày 13 tháng 01 năm 2022": the Nghị định 30/2020 form (day < 10, months 1–2 padded). */
export const formatLongNd30 = (d: LocalDate.LocalDate): string => {
  const p = LocalDate.parts(d);
  return `ngày ${pad2(p.day)} tháng ${p.month <= 2 ? pad2(p.month) : p.month} năm ${p.year}`;
};

/** "10/6/2022" (no leading zeros). */
export const formatShort = (d: LocalDate.LocalDate): string => {
  const p = LocalDate.parts(d);
  return `${p.day}/${p.month}/${p.year}`;
};

/** "09/6/2022", "13/01/2022": the short form with the padding of Nghị định 30/2020 (day < 10, months 1–2). */
export const formatShortNd30 = (d: LocalDate.LocalDate): string => {
  const p = LocalDate.parts(d);
  return `${pad2(p.day)}/${p.month <= 2 ? pad2(p.month) : p.month}/${p.year}`;
};

/** "10/06/2022" (day and month always two digits). */
export const formatShortPadded = (d: LocalDate.LocalDate): string => {
  const p = LocalDate.parts(d);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
};

/** The place-and-date line of a document header: "Đồng Tháp, ngày 05 tháng 6 năm 2022". */
export const formatPlaceDate = (place: string, d: LocalDate.LocalDate): string => `${place}, ${formatLongNd30(d)}`;

/** A date window in short form: "15/12/2021 – 14/6/2022". */
export const formatWindow = (start: LocalDate.LocalDate, end: LocalDate.LocalDate): string => `${formatShort(start)} – ${formatShort(end)}`;

/** The cut-off sentence of a report title: "số liệu tính từ 15/12/2021 đến 14/6/2022". */
export const formatCutOff = (start: LocalDate.LocalDate, end: LocalDate.LocalDate): string =>
  `số liệu tính từ ${formatShort(start)} đến ${formatShort(end)}`;

/** A day from numbers, or null when they do not form a real day. */
export const fromParts = (year: number, month: number, day: number): LocalDate.LocalDate | null =>
  year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.daysInMonth(year, month)
    ? LocalDate.make(year, month, day)
    : null;

const LONG = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;
const SHORT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const fromMatch = (text: string, m: RegExpExecArray | null): Either.Either<LocalDate.LocalDate, DateTextInvalid> => {
  const d = m ? fromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  return d ? Either.right(d) : Either.left(new DateTextInvalid({ text }));
};

/** Parses "ngày 08 tháng 4 năm 2022" or "Ngày 13 tháng 01 năm 2022". */
export const parseLong = (text: string): Either.Either<LocalDate.LocalDate, DateTextInvalid> =>
  fromMatch(text, LONG.exec(text.normalize("NFC").trim()));

/** Parses "09/6/2022", "27/4/2022", "24/01/2019" (also with "-" or "."). */
export const parseShort = (text: string): Either.Either<LocalDate.LocalDate, DateTextInvalid> =>
  fromMatch(text, SHORT.exec(text.normalize("NFC").trim()));

/** Parses either form; a leading "ngày" before a short date is accepted ("ngày 27/4/2022"). */
export const parse = (text: string): Either.Either<LocalDate.LocalDate, DateTextInvalid> => {
  const t = text.normalize("NFC").trim();
  const long = LONG.exec(t);
  if (long) return fromMatch(text, long);
  return fromMatch(text, SHORT.exec(t.replace(/^ngày\s+/iu, "")));
};

/** A date mentioned in a text, with where it is. */
export interface DateMention {
  /** Offset of the mention in the NFC text (UTF-16 units). */
  readonly index: number;
  readonly length: number;
  /** The mention as written. */
  readonly text: string;
  /** "long": "ngày 8 tháng 4 năm 2022"; "short": "8/4/2022"; "month": "tháng 9 năm 2022" or "tháng 9/2022". */
  readonly form: "long" | "short" | "month";
  readonly precision: "day" | "month";
  readonly year: number;
  readonly month: number;
  /** The day of month, null for a month mention. */
  readonly day: number | null;
  /** Whether the numbers form a real day (or month); "31/2/2022" is found but not valid. */
  readonly valid: boolean;
  /** The first day covered (the day itself, or the first of the month); null when not valid. */
  readonly start: LocalDate.LocalDate | null;
  /** The last day covered (the day itself, or the last of the month); null when not valid. */
  readonly end: LocalDate.LocalDate | null;
}

const MENTION = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])ngày\s+(?<ld>\d{1,2})\s+tháng\s+(?<lm>\d{1,2})\s+năm\s+(?<ly>\d{4})(?!\d)`,
    String.raw`(?<![\d/])(?<sd>\d{1,2})\/(?<sm>\d{1,2})\/(?<sy>\d{4})(?![\d/])`,
    String.raw`(?<![\p{L}\p{N}])tháng\s+(?<mm>\d{1,2})(?:\s+năm\s+|\/)(?<my>\d{4})(?![\d/])`,
  ].join("|"),
  "giu",
);

/**
 * Every date mention in a text, in order: long and short day forms and month mentions
 * ("tháng 9 năm 2022"). Indexes refer to the NFC form of the text.
 */
export const findDates = (text: string): ReadonlyArray<DateMention> => {
  const t = text.normalize("NFC");
  const out: Array<DateMention> = [];
  for (const m of t.matchAll(MENTION)) {
    const g = m.groups ?? {};
    const base = { index: m.index ?? 0, length: m[0].length, text: m[0] };
    if (g.ly !== undefined || g.sy !== undefined) {
      const long = g.ly !== undefined;
      const year = Number(long ? g.ly : g.sy);
      const month = Number(long ? g.lm : g.sm);
      const day = Number(long ? g.ld : g.sd);
      const d = fromParts(year, month, day);
      out.push({ ...base, form: long ? "long" : "short", precision: "day", year, month, day, valid: d !== null, start: d, end: d });
    } else {
      const year = Number(g.my);
      const month = Number(g.mm);
      const first = fromParts(year, month, 1);
      const last = first ? LocalDate.make(year, month, LocalDate.daysInMonth(year, month)) : null;
      out.push({ ...base, form: "month", precision: "month", year, month, day: null, valid: first !== null, start: first, end: last });
    }
  }
  return out;
};
