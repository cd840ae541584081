/**
 * Rules "date-outside-period" and "date-after-report": an event a report tells happened inside its
 * period and not after the report was signed. Dates of cited documents ("Kế hoạch số 367/KH-UBND
 * ngày 25 tháng 12 năm 2021") are older by nature and skipped, as are deadlines and plans ("trước
 * ngày 30/9/2022", "dự kiến ngày …") and month-level mentions ("trong tháng 9 năm 2022", which say
 * when something will be done). A date after the period is an error; a date before it is only
 * flagged when the sentence tells an event and cites no document. In a Markdown table, a date in a
 * column headed "Thời hạn" (or "Hạn", "Dự kiến") is a deadline too: the task list of a plan.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import * as Finding from "./Finding.js";
import * as ParagraphReferences from "./ParagraphReferences.js";
import type * as Prose from "./Prose.js";

/** What the date rule needs to know about the report. */
export interface DateContext {
  readonly period: { readonly start: LocalDate.LocalDate; readonly end: LocalDate.LocalDate } | null;
  readonly reportDate: LocalDate.LocalDate | null;
  /** Paragraphs of the header (place-date line, title, cut-off), not checked. */
  readonly skip: ReadonlySet<number>;
}

const DEADLINE_BEFORE =
  /(?:trước|chậm nhất|hạn chót|thời hạn|hạn|dự kiến|kế hoạch|phấn đấu|sẽ|đến hết|trước khi|hoàn thành|kể từ)(?:\s+(?:vào|là|trong))?(?:\s+ngày)?\s*[:,]?\s*$/iu;
const DOCUMENT_WORDS =
  /(?<![\p{L}])(?:ban hành|Kế hoạch|Quyết định|Công văn|Thông báo|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Báo cáo|Tờ trình|Hướng dẫn|Chương trình|văn bản)(?![\p{L}])/u;
const SENTENCE_END = /[.!?](?=\s|$)/gu;
const TABLE_ROW = /^\|.*\|$/u;
const SEPARATOR_ROW = /^\|(?:\s*:?-{3,}:?\s*\|)+$/u;
const DEADLINE_COLUMN = /^(?:thời hạn|hạn|dự kiến|thời gian dự kiến)(?![\p{L}])/iu;

/** The cells of a Markdown table row, trimmed. */
const cellsOf = (row: string): ReadonlyArray<string> =>
  row
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());

/** Whether the offset lies in a column whose header names a deadline. */
const inDeadlineColumn = (row: string, at: number, header: ReadonlyArray<string> | null): boolean => {
  if (header === null || !TABLE_ROW.test(row)) return false;
  const column = (row.slice(0, at).match(/\|/gu)?.length ?? 0) - 1;
  return DEADLINE_COLUMN.test(header[column] ?? "");
};
const SECTION_TITLE = /^[IVXLC]+\.\s/u;
const PLAN_TITLE = /PHƯƠNG HƯỚNG|NHIỆM VỤ[^.]*(?:TỚI|TIẾP THEO|CUỐI NĂM|QUÝ|THÁNG)|KẾ HOẠCH|KIẾN NGHỊ|ĐỀ XUẤT|ĐÈ XUẤT/iu;

const sentenceAround = (text: string, at: number): string => {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end).trim();
};

const show = (d: LocalDate.LocalDate): string => VnDate.formatShort(d);

/** The same date with another year, if it is a real day. */
const withYear = (mention: VnDate.DateMention, year: number): LocalDate.LocalDate | null =>
  mention.day === null ? null : VnDate.fromParts(year, mention.month, mention.day);

const replaceYear = (mention: VnDate.DateMention, year: number): string => mention.text.replace(/\d{4}(?!.*\d{4})/u, String(year));

/** The date findings of a text. */
export const check = (prose: Prose.Prose, ctx: DateContext): ReadonlyArray<Finding.Finding> => {
  if (ctx.period === null && ctx.reportDate === null) return [];
  const out: Array<Finding.Finding> = [];
  let planSection = false;
  let header: ReadonlyArray<string> | null = null;
  for (const p of prose.paragraphs) {
    if (SECTION_TITLE.test(p.text)) planSection = PLAN_TITLE.test(p.text);
    // A table's header row is the row followed by the "| :--- |" separator; it holds until the table ends.
    if (!TABLE_ROW.test(p.text)) header = null;
    else if (SEPARATOR_ROW.test(prose.paragraphs[p.ordinal + 1]?.text ?? "")) header = cellsOf(p.text);
    if (ctx.skip.has(p.ordinal) || !/\d/u.test(p.text)) continue;
    const dates = VnDate.findDates(p.text).filter((d) => d.precision === "day" && d.valid && d.start !== null);
    if (dates.length === 0) continue;
    const references = ParagraphReferences.of(p);
    for (const mention of dates) {
      const day = mention.start as LocalDate.LocalDate;
      if (references.some((r) => mention.index >= r.index && mention.index < r.index + r.length)) continue;
      if (DEADLINE_BEFORE.test(p.text.slice(Math.max(0, mention.index - 40), mention.index))) continue;
      if (inDeadlineColumn(p.text, mention.index, header)) continue;
      const sentence = sentenceAround(p.text, mention.index);
      const period = ctx.period;
      // Sections of directions, tasks ahead and proposals speak of the future.
      if (planSection && ((period !== null && day > period.end) || (ctx.reportDate !== null && day > ctx.reportDate))) continue;
      const afterReport = ctx.reportDate !== null && day > ctx.reportDate;
      if (period !== null && day > period.end) {
        const fixed = [LocalDate.parts(period.end).year, LocalDate.parts(period.start).year]
          .map((y) => ({ y, d: withYear(mention, y) }))
          .find((x) => x.d !== null && x.d >= period.start && x.d <= period.end && (ctx.reportDate === null || x.d <= ctx.reportDate));
        out.push(
          Finding.at(prose, p, mention.index, mention.length, {
            rule: "date-outside-period",
            severity: "error",
            confidence: afterReport || ctx.reportDate === null ? "certain" : "likely",
            message:
              `Ngày ${show(day)} nằm ngoài kỳ báo cáo (${show(period.start)} – ${show(period.end)})` +
              (afterReport ? ` và sau ngày báo cáo ${show(ctx.reportDate as LocalDate.LocalDate)}` : "") +
              (fixed ? `; có thể nhầm năm (${show(fixed.d as LocalDate.LocalDate)}).` : "."),
            suggestion: fixed ? replaceYear(mention, fixed.y) : null,
          }),
        );
      } else if (afterReport) {
        out.push(
          Finding.at(prose, p, mention.index, mention.length, {
            rule: "date-after-report",
            severity: "error",
            confidence: "likely",
            message: `Ngày ${show(day)} sau ngày ký báo cáo ${show(ctx.reportDate as LocalDate.LocalDate)}: sự việc chưa thể xảy ra khi báo cáo.`,
            suggestion: null,
          }),
        );
      } else if (period !== null && day < period.start && !DOCUMENT_WORDS.test(sentence)) {
        out.push(
          Finding.at(prose, p, mention.index, mention.length, {
            rule: "date-outside-period",
            severity: "warning",
            confidence: "likely",
            message: `Ngày ${show(day)} trước kỳ báo cáo (${show(period.start)} – ${show(period.end)}); kiểm tra lại nếu đây là sự việc trong kỳ.`,
            suggestion: null,
          }),
        );
      }
    }
  }
  return out;
};
