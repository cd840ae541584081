/**
 * The reporting period and the report date of a report text. The period comes from the caller or
 * from the title ("… 6 tháng đầu năm 2022 (số liệu tính từ 15/12/2021 đến 14/6/2022)"); an explicit
 * cut-off written in the text wins over the regime's dates, because that is what the figures cover.
 * The report date is the header's place-and-date line ("Đồng Tháp, ngày 10 tháng 6 năm 2022").
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import type { CheckedPeriod } from "./Finding.js";
import type * as Prose from "./Prose.js";

/** What the header of a report says about its time. */
export interface ReportTime {
  readonly period: CheckedPeriod | null;
  readonly reportDate: LocalDate | null;
  /** Paragraph ordinals of the header (title, place-date line, cut-off), which date rules skip. */
  readonly headerParagraphs: ReadonlySet<number>;
}

/** Options a caller may give instead of reading them from the text. */
export interface ReportTimeOptions {
  readonly period?: string | undefined;
  readonly regime?: Period.Regime | undefined;
  readonly reportDate?: LocalDate | undefined;
}

const PLACE_DATE = /^[\p{Lu}][\p{L} .'-]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
const CUT_OFF =
  /(?:số liệu|tính)\s[^()]*?từ\s+(?:ngày\s+)?(\S+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?)\s+đến\s+(?:hết\s+)?(?:ngày\s+)?(\S+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?)/u;
// The header is what comes before the first section title ("I. …"); a bounded look keeps it cheap.
const SECTION_TITLE = /^[IVX]+\.\s/u;
const HEADER_LIMIT = 15;

const headerOf = (prose: Prose.Prose): ReadonlyArray<Prose.Paragraph> => {
  const out: Array<Prose.Paragraph> = [];
  for (const p of prose.paragraphs) {
    if (SECTION_TITLE.test(p.text) || out.length >= HEADER_LIMIT) break;
    out.push(p);
  }
  return out;
};

const dayOf = (text: string): LocalDate | null => {
  const mention = VnDate.findDates(text).find((d) => d.precision === "day" && d.valid);
  return mention?.start ?? null;
};

/** Reads (or takes from the options) the period and the report date; the code names the period ("2022-H1"). */
export const read = (prose: Prose.Prose, options: ReportTimeOptions = {}): ReportTime => {
  const header = headerOf(prose);
  const headerParagraphs = new Set<number>();

  let reportDate: LocalDate | null = options.reportDate ?? null;
  for (const p of header) {
    if (!PLACE_DATE.test(p.text)) continue;
    headerParagraphs.add(p.ordinal);
    reportDate ??= dayOf(p.text);
    break;
  }

  let code: string | null = null;
  let cutOff: { start: LocalDate; end: LocalDate } | null = null;
  for (const p of header) {
    if (PLACE_DATE.test(p.text)) continue;
    const c = CUT_OFF.exec(p.text);
    if (c && cutOff === null) {
      const start = dayOf(c[1] ?? "");
      const end = dayOf(c[2] ?? "");
      if (start !== null && end !== null && start <= end) {
        cutOff = { start, end };
        headerParagraphs.add(p.ordinal);
      }
    }
    const mention = Period.findAll(p.text)[0];
    if (mention && code === null) {
      code = mention.code;
      headerParagraphs.add(p.ordinal);
    }
  }

  if (options.period !== undefined) {
    const w = Period.window(options.period, options.regime ?? "nd09");
    const period = Either.isRight(w) ? { code: w.right.code, start: w.right.start, end: w.right.end, source: "given" as const } : null;
    return { period, reportDate, headerParagraphs };
  }
  if (code === null && cutOff === null) return { period: null, reportDate, headerParagraphs };
  if (code !== null && cutOff !== null) return { period: { code, ...cutOff, source: "text" }, reportDate, headerParagraphs };
  if (code !== null) {
    const w = Period.window(code, options.regime ?? "nd09");
    const period = Either.isRight(w) ? { code, start: w.right.start, end: w.right.end, source: "text" as const } : null;
    return { period, reportDate, headerParagraphs };
  }
  // Only a cut-off: name it by the period of its year whose window it is, else by its year.
  const dates = cutOff as { start: LocalDate; end: LocalDate };
  const year = Number(dates.end.slice(0, 4));
  const regimes: ReadonlyArray<Period.Regime> = options.regime ? [options.regime] : ["nd09", "calendar"];
  for (const regime of regimes) {
    for (const c of Period.periodsOf(year, regime)) {
      const w = Period.window(c, regime);
      if (Either.isRight(w) && w.right.start === dates.start && w.right.end === dates.end) {
        return { period: { code: c, ...dates, source: "text" }, reportDate, headerParagraphs };
      }
    }
  }
  // No period has exactly these dates: name the window itself (ISO 8601 interval).
  return { period: { code: `${dates.start}/${dates.end}`, ...dates, source: "text" }, reportDate, headerParagraphs };
};
