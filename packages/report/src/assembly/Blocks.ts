/**
 * The generated blocks of a section: the author's narrative, documents issued in the period,
 * the plan's progress, assigned tasks, inspections and activities. Each returns paragraphs (an
 * empty list when there is nothing to say) and records warnings on the context.
 */

import * as LocalDate from "@cchc/domain/LocalDate";
import { contains } from "@cchc/domain/Period";
import { inSentence } from "@cchc/domain/Text";
import { formatLongNd30, formatShort } from "@cchc/domain/VnDate";
import { formatInteger } from "@cchc/domain/VnNumber";
import { computeRate, formatPercent } from "@cchc/domain/VnRate";
import { type AssemblyContext, warn } from "./AssemblyContext.js";
import { assignedTasksBlock } from "./AssignedTasks.js";
import { citation, numberSymbol } from "./DocumentCitation.js";
import { lookup, MISSING } from "./Figures.js";
import { fill } from "./Placeholder.js";
import type { Block, Paragraph, Run } from "./ReportDocument.js";
import type { ReportInput } from "./ReportInput.js";
import type { TemplateBlock } from "./Template.js";

/**
 * Text of a required narrative the author has not written: the answer a report gives for a
 * heading with nothing to tell. A warning asks the author to check it.
 */
export const NO_NARRATIVE = "Không có.";

const text = (t: string): Run => ({ kind: "text", text: t });
const para = (runs: ReadonlyArray<Run>): Paragraph => ({ kind: "paragraph", runs });
const plain = (t: string): Paragraph => para([text(t)]);

/** Ends a list item with ";" or, for the last one, "." (replacing what the author typed). */
const itemEnd = (s: string, last: boolean): string => `${s.replace(/[\s;.,]+$/u, "")}${last ? "." : ";"}`;

/** A lead line followed by "+ " items; nothing when there are no items. */
const listBlock = (lead: string, items: ReadonlyArray<ReadonlyArray<Run>>): ReadonlyArray<Paragraph> =>
  items.length === 0 ? [] : [plain(lead), ...items.map((runs) => para([text("+ "), ...runs]))];

/** The whole text the author wrote for a section (to avoid listing a document twice). */
const narrativeText = (input: ReportInput, section: string): string => (input.narratives[section] ?? []).join("\n");

type Of<K extends TemplateBlock["kind"]> = Extract<TemplateBlock, { kind: K }>;

/** "- Tiến độ thực hiện Kế hoạch: " → "Tiến độ thực hiện Kế hoạch": the label a lead or paragraph starts with, if any. */
export const labelOf = (text: string): string | null => {
  const body = text.replace(/^[-+]\s+/u, "");
  const i = body.indexOf(":");
  if (i < 8 || i > 240) return null;
  const label = body.slice(0, i).trim();
  return label.includes("{") ? null : label;
};

/** A label compared loosely: NFC, one space, lower case. */
export const labelKey = (label: string): string => label.normalize("NFC").replace(/\s+/gu, " ").toLocaleLowerCase("vi");

/** The marker a lead starts with ("- ", "+ " or nothing). */
export const markerOf = (text: string): string => /^[-+]\s+/u.exec(text)?.[0] ?? "";

const narrative = (
  ctx: AssemblyContext,
  input: ReportInput,
  b: Of<"narrative">,
  sectionId: string,
  skip: ReadonlySet<string> = new Set(),
): ReadonlyArray<Block> => {
  const all = (input.narratives[b.section] ?? []).map((p) => p.trim()).filter((p) => p !== "");
  const paragraphs = all.filter((p) => !skip.has(p));
  if (paragraphs.length === 0 && all.length > 0) return [];
  if (paragraphs.length === 0) {
    if (b.required === false) return [];
    warn(ctx, { code: "narrative-missing", message: `Chưa có nội dung cho phần "${b.section}".`, sectionId });
    return [plain(`${b.lead ?? ""}${NO_NARRATIVE}`)];
  }
  const leadLabel = b.lead === undefined ? null : labelOf(b.lead);
  return paragraphs.map((p, i) => {
    const numbered = b.numbered === true ? `${i + 1}. ${p.replace(/^\d+\.\s*/u, "")}` : p;
    if (i !== 0 || b.lead === undefined) return plain(numbered);
    if (b.trail !== undefined) return plain(`${b.lead}${numbered.replace(/[\s.;:]+$/u, "")}${b.trail}`);
    // The author often starts with the lead's own words ("Kết quả rà soát…: …"): say them once.
    const own = labelOf(numbered);
    if (leadLabel !== null && own !== null && labelKey(own) === labelKey(leadLabel))
      return plain(`${markerOf(b.lead)}${numbered.replace(/^[-+*]\s+/u, "")}`);
    return plain(`${b.lead}${numbered}`);
  });
};

const documents = (ctx: AssemblyContext, input: ReportInput, b: Of<"documents">, sectionId: string): ReadonlyArray<Block> => {
  const byId = new Map(input.documents.map((d) => [d.id, d]));
  const already = narrativeText(input, sectionId);
  const issuerUnit = b.issuer === "unit" ? ctx.unitCode : b.issuer === "province" ? ctx.provinceCode : undefined;
  const chosen = input.documents
    .filter((d) => issuerUnit === undefined || d.issuerUnit === issuerUnit)
    // A document without an area is a directive of the unit: it is listed under direction.
    .filter((d) => b.area === undefined || (d.area ?? "direction") === b.area)
    .filter((d) => contains(input.period, d.date))
    .filter((d) => !already.includes(numberSymbol(d)))
    .sort((x, y) => LocalDate.compare(x.date, y.date));
  const items = chosen.map((d, i) => {
    const parent = d.implementsId ? byId.get(d.implementsId) : undefined;
    const base = citation(d, { withIssuer: d.issuerUnit !== ctx.unitCode });
    const full = parent ? `${base} (thực hiện ${citation(parent)})` : base;
    return [text(itemEnd(full, i === chosen.length - 1))];
  });
  return listBlock(b.lead, items);
};

const planProgress = (ctx: AssemblyContext, input: ReportInput, b: Of<"plan-progress">, sectionId: string): ReadonlyArray<Block> => {
  const tasks = input.planTasks.filter((t) => t.status !== "cancelled");
  if (tasks.length === 0) return [];
  const started = tasks.filter((t) => t.status !== "not-started").length;
  const done = tasks.filter((t) => t.status === "done").length;
  const late = tasks.filter((t) => t.status === "late").length;
  const rate = computeRate(started, tasks.length, 1);
  const rateText = rate === null ? MISSING : formatPercent(rate, 1);
  const lateText = late === 0 ? "" : `, ${late} nhiệm vụ trễ hạn`;
  const counts = `có ${tasks.length} nhiệm vụ; đến nay đã triển khai thực hiện ${started}/${tasks.length} nhiệm vụ (đạt ${rateText}), trong đó đã hoàn thành ${done} nhiệm vụ${lateText}.`;
  // The plan's document and the one it implements: "Thực hiện Kế hoạch số 367/KH-UBND …, Văn phòng ban hành Kế hoạch số 19/KH-VPUBND …".
  const byId = new Map(input.documents.map((d) => [d.id, d]));
  const adopted = input.plan?.documentId ? byId.get(input.plan.documentId) : undefined;
  if (adopted === undefined || narrativeText(input, sectionId).includes(numberSymbol(adopted))) {
    return [plain(`${b.lead}Kế hoạch cải cách hành chính năm ${ctx.variables["period.year"]} của đơn vị ${counts}`)];
  }
  const parent = adopted.implementsId ? byId.get(adopted.implementsId) : undefined;
  const issued = `${input.header.issuingBody} ban hành ${citation(adopted, { withIssuer: false })}`;
  const basis = parent === undefined ? `${issued.charAt(0).toUpperCase()}${issued.slice(1)}` : `Thực hiện ${citation(parent)}, ${issued}`;
  return [plain(`${b.lead}${basis}; Kế hoạch ${counts}`)];
};

const checkDate = (ctx: AssemblyContext, input: ReportInput, date: LocalDate.LocalDate, what: string, sectionId: string): void => {
  if (!contains(input.period, date)) {
    warn(ctx, {
      code: "date-outside-period",
      message: `${what} ghi ngày ${formatShort(date)}, ngoài kỳ báo cáo (${formatShort(input.period.start)} – ${formatShort(input.period.end)}).`,
      sectionId,
    });
  }
};

/** Whether the author's text of the section already tells this (case and spacing ignored). */
const told = (input: ReportInput, sectionId: string, what: string): boolean =>
  labelKey(narrativeText(input, sectionId)).includes(labelKey(what.replace(/[\s.;,:]+$/u, "")));

const inspections = (ctx: AssemblyContext, input: ReportInput, b: Of<"inspections">, sectionId: string): ReadonlyArray<Block> => {
  const all = [...input.inspections].sort((x, y) => LocalDate.compare(x.date, y.date));
  for (const i of all) checkDate(ctx, input, i.date, `Cuộc kiểm tra "${i.title}"`, sectionId);
  // An inspection the author already tells (by its day) is not listed again.
  const list = all.filter((i) => !told(input, sectionId, formatLongNd30(i.date)));
  const items = list.map((i, n) => {
    const day = formatLongNd30(i.date);
    const lead = i.leader ? `, do ${i.leader} làm Tổ trưởng` : "";
    const scope = i.scope ? ` ${i.scope}` : "";
    const outcome = i.outcome ? `. ${i.outcome}` : "";
    return [text(itemEnd(`${day.charAt(0).toUpperCase()}${day.slice(1)}: ${i.title}${lead}${scope}${outcome}`, n === list.length - 1))];
  });
  return listBlock(b.lead, items);
};

const activities = (ctx: AssemblyContext, input: ReportInput, b: Of<"activities">, sectionId: string): ReadonlyArray<Block> => {
  const list = input.activities.filter((a) => a.kind === b.activity);
  for (const a of list) if (a.date) checkDate(ctx, input, a.date, `Hoạt động "${a.title}"`, sectionId);
  if (b.activity === "training" && b.checkIndicator !== undefined) {
    const people = list.reduce((s, a) => s + (a.people ?? 0), 0);
    const stated = lookup(ctx.index, ctx.unitCode, b.checkIndicator, "");
    if (stated !== undefined && list.length > 0 && stated !== people) {
      warn(ctx, {
        code: "training-count-mismatch",
        message: `Tổng số người của các lớp đào tạo, bồi dưỡng (${people}) khác số liệu đã nhập (${stated}).`,
        sectionId,
        indicator: b.checkIndicator,
      });
    }
  }
  // An activity the author already names in the section is not listed again.
  const shown = list.filter((a) => !told(input, sectionId, a.title));
  const items = shown.map((a, i) => {
    const last = i === shown.length - 1;
    if (a.kind === "training" && a.people !== undefined && a.people !== null) {
      const n = a.people < 10 ? String(a.people).padStart(2, "0") : String(a.people);
      return [text(itemEnd(`${n} ${a.participants ?? "người"} tham gia ${continuing(a.title)}`, last))];
    }
    const counted = a.count !== undefined && a.count !== null && a.countUnit ? ` (${formatInteger(a.count)} ${a.countUnit})` : "";
    return [text(itemEnd(`${a.title}${counted}`, last))];
  });
  return listBlock(
    fill(ctx, b.lead, sectionId)
      .map((r) => r.text)
      .join(""),
    items,
  );
};

/** "Lớp bồi dưỡng…" → "lớp bồi dưỡng…" inside a sentence; acronyms ("TTHC…") stay. */
const continuing = inSentence;

/**
 * The content of one body block of the template (tables are handled by the appendix);
 * `skip` are narrative paragraphs another block of the section has taken over.
 */
export const bodyBlock = (
  ctx: AssemblyContext,
  input: ReportInput,
  b: TemplateBlock,
  sectionId: string,
  skip: ReadonlySet<string> = new Set(),
): ReadonlyArray<Block> => {
  switch (b.kind) {
    case "text": {
      if (b.until !== undefined && !(input.period.start < b.until)) return [];
      if (b.from !== undefined && !(input.period.start >= b.from)) return [];
      const runs = fill(ctx, b.text, sectionId);
      // A sentence of figures none of which the unit has is left out (each missing one is warned about).
      const figures = runs.filter((r) => r.kind === "figure");
      if (figures.length > 0 && figures.every((r) => r.missing)) return [];
      return [para(runs)];
    }
    case "narrative":
      return narrative(ctx, input, b, sectionId, skip);
    case "subheading":
      return [{ kind: "subheading", text: b.text }];
    case "documents":
      return documents(ctx, input, b, sectionId);
    case "plan-progress":
      return planProgress(ctx, input, b, sectionId);
    case "assigned-tasks":
      return assignedTasksBlock(ctx, b, sectionId);
    case "inspections":
      return inspections(ctx, input, b, sectionId);
    case "activities":
      return activities(ctx, input, b, sectionId);
    default:
      return [];
  }
};
