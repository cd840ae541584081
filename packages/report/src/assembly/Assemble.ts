/**
 * Assembly: a ReportInput and a template in, the document model out, with warnings. Pure — no
 * clock, no I/O. Section numbers are computed (omitted sections leave no gap), figures are filled
 * and formatted, rates computed, and the body closes with "./." as Nghị định 30/2020 requires.
 */

import * as LocalDate from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { inSentence } from "@cchc/domain/Text";
import { formatLongNd30, formatPlaceDate, formatShort, formatShortNd30 } from "@cchc/domain/VnDate";
import { Either } from "effect";
import * as Appendix from "./Appendix.js";
import type { AssemblyContext } from "./AssemblyContext.js";
import { warn } from "./AssemblyContext.js";
import type { AssemblyResult } from "./AssemblyResult.js";
import { reconcile } from "./AssignedTasks.js";
import { defaultTemplate } from "./DefaultTemplate.js";
import { padNumber } from "./DocumentCitation.js";
import { indexAsOf, indexValues } from "./Figures.js";
import { sectionNumber } from "./Numbering.js";
import { fillVariables } from "./Placeholder.js";
import type { Block, Closing, DocumentHeader, FigureTable, RateRow, ReportDocument, Section } from "./ReportDocument.js";
import type { ReportInput } from "./ReportInput.js";
import { sectionBody } from "./SectionBody.js";
import type { Template, TemplateSection } from "./Template.js";

const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** "6 tháng đầu năm 2022" stays, "Quý I năm 2022" → "quý I năm 2022" for use inside a sentence. */
export const inline = (label: string): string => inSentence(label);

/** The period reported after this one under the Bộ Nội vụ regime (after 6 months: quý III). */
export const nextReportingPeriod = (code: string): string | null => {
  const year = Either.getOrNull(Period.year(code));
  if (year === null) return null;
  const list = Period.periodsOf(year, "bnv");
  const i = list.indexOf(code as Period.PeriodCode);
  const next = i < 0 ? Either.getOrNull(Period.next(code)) : (list[i + 1] ?? Period.periodsOf(year + 1, "bnv")[0] ?? null);
  return next === null ? null : Either.getOrNull(Period.label(next));
};

const variables = (input: ReportInput): Record<string, string> => {
  const p = input.period;
  // biome-ignore lint/complexity/useMathMinMax: the dates are "YYYY-MM-DD" strings, not numbers.
  const asOf = input.figuresAsOf ?? (input.header.date < p.end ? input.header.date : p.end);
  const next = nextReportingPeriod(p.code);
  return {
    "period.label": p.label,
    "period.labelInline": inline(p.label),
    "period.start": formatShort(p.start),
    "period.end": formatShort(p.end),
    "period.year": String(LocalDate.parts(p.end).year),
    "period.previousYear": String(LocalDate.parts(p.end).year - 1),
    "period.next": next === null ? "kỳ tới" : inline(next),
    "figures.asOf": formatShortNd30(asOf),
    "unit.name": input.unit.name,
    "province.name": input.unit.provinceName,
  };
};

/** The blocks of a section from its template blocks. */
type BodyOf = (blocks: TemplateSection["blocks"], sectionId: string) => ReadonlyArray<Block>;

const buildSection = (ctx: AssemblyContext, input: ReportInput, t: TemplateSection, level: number, blockOf: BodyOf): Section | null => {
  const blocks = blockOf(t.blocks, t.id);
  const children = numberChildren(ctx, input, t.children ?? [], level + 1, blockOf);
  if (t.omitWhenEmpty === true && blocks.length === 0 && children.length === 0) return null;
  const title = fillVariables(ctx, t.title, t.id);
  return { id: t.id, level, number: null, title: level <= 1 ? upper(title) : title, blocks, children };
};

/** Builds sibling sections and numbers the numbered ones that survived, from 1 without gaps. */
const numberChildren = (
  ctx: AssemblyContext,
  input: ReportInput,
  list: ReadonlyArray<TemplateSection>,
  level: number,
  blockOf: BodyOf,
): ReadonlyArray<Section> => {
  let ordinal = 0;
  const out: Array<Section> = [];
  for (const t of list) {
    const s = buildSection(ctx, input, t, level, blockOf);
    if (s === null) continue;
    const number = t.numbered === false ? null : sectionNumber(level, ++ordinal);
    out.push({ ...s, number });
  }
  return out;
};

/** Replaces the last item that `close` closes; the flag tells whether one was. */
const closeLast = <A>(items: ReadonlyArray<A>, close: (a: A) => [A, boolean]): [ReadonlyArray<A>, boolean] => {
  const out = [...items];
  for (let i = out.length - 1; i >= 0; i--) {
    const item = out[i];
    if (item === undefined) continue;
    const [closed, done] = close(item);
    if (done) {
      out[i] = closed;
      return [out, true];
    }
  }
  return [out, false];
};

/** Ends a paragraph with "./." (its trailing punctuation replaced); other blocks are not closed. */
const closeBlock = (b: Block): [Block, boolean] => {
  if (b.kind !== "paragraph") return [b, false];
  const runs = [...b.runs];
  const last = runs[runs.length - 1];
  if (last?.kind === "text") runs[runs.length - 1] = { ...last, text: `${last.text.replace(/[\s.;,:/]+$/u, "")}./.` };
  else runs.push({ kind: "text", text: "./." });
  return [{ kind: "paragraph", runs }, true];
};

/** Closes the last paragraph of a section, looking in its last sub-sections first. */
const closeSection = (s: Section): [Section, boolean] => {
  const [children, inChild] = closeLast(s.children, closeSection);
  if (inChild) return [{ ...s, children }, true];
  const [blocks, inBlock] = closeLast(s.blocks, closeBlock);
  return inBlock ? [{ ...s, blocks }, true] : [s, false];
};

/** Appends "./." to the last paragraph of the body (the end mark of an administrative text). */
const closeBody = (sections: ReadonlyArray<Section>): ReadonlyArray<Section> => closeLast(sections, closeSection)[0];

/**
 * "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP": the name of a People's
 * Committee (which has no cơ quan chủ quản line) is written on two lines, as Nghị định 30/2020,
 * Phụ lục I shows, so that no word is broken by a narrow header column.
 */
export const issuingLines = (name: string): string => name.replace(/^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(?=\S)/u, "$1\n");

/** A recipient's name without its marker and note ("UBND Tỉnh (b/c)" → "ubnd tỉnh"), for comparing. */
const recipientKey = (r: string): string =>
  r
    .replace(/\([^)]*\)/gu, "")
    .replace(/[\s;.,]+/gu, " ")
    .trim()
    .toLocaleLowerCase("vi");

const header = (ctx: AssemblyContext, input: ReportInput, template: Template): DocumentHeader => {
  const h = input.header;
  const number = h.number === null || h.number.trim() === "" ? "      " : padNumber(h.number.trim());
  return {
    parentBody: upper(h.parentBody.trim()),
    issuingBody: issuingLines(upper(h.issuingBody.trim())),
    numberLine: `Số: ${number}/${h.symbol}`,
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    placeDate: formatPlaceDate(h.place, h.date),
    type: upper(h.type),
    summary: h.summary ?? fillVariables(ctx, template.summary),
    addressee: h.addressee ?? null,
  };
};

const closing = (ctx: AssemblyContext, input: ReportInput): Closing => {
  const s = input.header.signer;
  // A report is never sent to the body that issues it.
  const own = new Set(
    [input.unit.name, input.header.issuingBody, ...(input.unit.shortName ? [input.unit.shortName] : [])].map(recipientKey),
  );
  const list = input.header.recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–]\s*/u, "")
        .replace(/[\s;.]+$/u, ""),
    )
    .filter((r) => r !== "")
    .filter((r) => {
      if (!own.has(recipientKey(r))) return true;
      warn(ctx, { code: "recipient-is-issuer", message: `Bỏ nơi nhận "${r}": báo cáo không gửi cho chính cơ quan ban hành.` });
      return false;
    });
  return {
    recipientsTitle: "Nơi nhận:",
    recipients: list.map((r, i) => `- ${r}${i === list.length - 1 ? "." : ";"}`),
    authorityLine: s.authority === null ? null : upper(`${s.authority} ${s.authorityTitle ?? ""}`.trim()),
    titleLine: upper(s.title),
    name: s.name,
  };
};

const checkDates = (ctx: AssemblyContext, input: ReportInput): void => {
  const p = input.period;
  if (input.header.date < p.start) {
    warn(ctx, {
      code: "date-outside-period",
      message: `Ngày báo cáo ${formatShort(input.header.date)} trước ngày bắt đầu kỳ báo cáo ${formatShort(p.start)}.`,
    });
  }
  for (const d of input.documents) {
    if (d.date > input.header.date) {
      warn(ctx, {
        code: "date-after-report",
        message: `Văn bản số ${d.number}/${d.symbol} ghi ngày ${formatShort(d.date)}, sau ngày báo cáo ${formatShort(input.header.date)}.`,
      });
    }
  }
};

/** Assembles a report from its input with a template (the default one unless given). */
export const assemble = (given: ReportInput, template: Template = defaultTemplate): AssemblyResult => {
  // Assigned-task counts are settled once, so the body and the appendix state the same figures.
  const settled = reconcile(given);
  const input: ReportInput = { ...given, values: settled.values };
  const ctx: AssemblyContext = {
    index: indexValues(input.values),
    asOf: indexAsOf(input.values),
    catalogue: new Map(input.catalogue.map((c) => [c.code, c])),
    unitCode: input.unit.code,
    unitName: input.unit.name,
    provinceCode: input.unit.provinceCode,
    provinceName: input.unit.provinceName,
    variables: variables(input),
    warnings: [...settled.warnings],
  };
  checkDates(ctx, input);
  const sections = closeBody(numberChildren(ctx, input, template.sections, 1, (blocks, id) => sectionBody(ctx, input, blocks, id)));
  const figures: ReadonlyArray<FigureTable> = Appendix.figureTables(ctx, input);
  const rates: ReadonlyArray<RateRow> = Appendix.rateRows(ctx, input);
  const appendixChildren = numberChildren(ctx, input, template.appendix, 2, (blocks) =>
    blocks.flatMap((b) =>
      b.kind === "figures-table" || b.kind === "rates-table" || b.kind === "tasks-table"
        ? Appendix.table(b.kind, b.caption, input, figures, rates)
        : [],
    ),
  );
  const head = header(ctx, input, template);
  const attached: Block = {
    kind: "paragraph",
    runs: [
      {
        kind: "text",
        italic: true,
        text: `(Kèm theo Báo cáo ${head.numberLine.replace(/^Số:/u, "số")} ${formatLongNd30(input.header.date)} của ${input.unit.name})`,
      },
    ],
  };
  const appendix: ReadonlyArray<Section> =
    appendixChildren.length === 0
      ? []
      : [{ id: "appendix", level: 1, number: null, title: upper(template.appendixTitle), blocks: [attached], children: appendixChildren }];
  const periodInline = ctx.variables["period.labelInline"] ?? input.period.label;
  const document: ReportDocument = {
    meta: {
      unitCode: input.unit.code,
      unitName: input.unit.name,
      periodCode: input.period.code,
      periodLabel: input.period.label,
      title: `Báo cáo CCHC ${input.unit.name} ${periodInline}`,
      window: `số liệu tính từ ${formatShort(input.period.start)} đến ${formatShort(input.period.end)}`,
      figuresAsOf: ctx.variables["figures.asOf"] ?? formatShortNd30(input.period.end),
    },
    header: head,
    sections,
    closing: closing(ctx, input),
    appendix,
    figures,
    rates,
  };
  return { document, warnings: ctx.warnings, findings: input.findings };
};
