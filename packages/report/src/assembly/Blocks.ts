/**
 * The generated blocks of a section: the author's narrative, documents issued in the period,
 * the plan's progress, assigned tasks, inspections and activities. Each returns paragraphs (an
 * empty list when there is nothing to say) and records warnings on the context.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import { contains } from "@cchc/domain/Period";
import { formatLongNd30, formatShort } from "@cchc/domain/VnDate";
import { computeRate, formatPercent } from "@cchc/domain/VnRate";
import { type AssemblyContext, figure, warn } from "./AssemblyContext.js";
import { citation, numberSymbol } from "./DocumentCitation.js";
import { lookup, MISSING } from "./Figures.js";
import { fill } from "./Placeholder.js";
import type { Block, FigureRun, Paragraph, Run } from "./ReportDocument.js";
import type { ReportInput } from "./ReportInput.js";
import type { TemplateBlock } from "./Template.js";

/** Text of a narrative the author has not written yet. */
export const NO_NARRATIVE = "[chưa có nội dung]";

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

const narrative = (ctx: AssemblyContext, input: ReportInput, b: Of<"narrative">, sectionId: string): ReadonlyArray<Block> => {
  const paragraphs = (input.narratives[b.section] ?? []).map((p) => p.trim()).filter((p) => p !== "");
  if (paragraphs.length === 0) {
    if (b.required === false) return [];
    warn(ctx, { code: "narrative-missing", message: `Chưa có nội dung cho phần "${b.section}".`, sectionId });
    return [plain(`${b.lead ?? ""}${NO_NARRATIVE}`)];
  }
  return paragraphs.map((p, i) => {
    const numbered = b.numbered === true ? `${i + 1}. ${p.replace(/^\d+\.\s*/u, "")}` : p;
    return plain(i === 0 && b.lead !== undefined ? `${b.lead}${numbered}` : numbered);
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

const planProgress = (ctx: AssemblyContext, input: ReportInput, b: Of<"plan-progress">): ReadonlyArray<Block> => {
  const tasks = input.planTasks.filter((t) => t.status !== "cancelled");
  if (tasks.length === 0) return [];
  const started = tasks.filter((t) => t.status !== "not-started").length;
  const done = tasks.filter((t) => t.status === "done").length;
  const late = tasks.filter((t) => t.status === "late").length;
  const rate = computeRate(started, tasks.length, 1);
  const rateText = rate === null ? MISSING : formatPercent(rate, 1);
  const lateText = late === 0 ? "" : `, ${late} nhiệm vụ trễ hạn`;
  return [
    plain(
      `${b.lead}Kế hoạch cải cách hành chính năm ${ctx.variables["period.year"]} của đơn vị có ${tasks.length} nhiệm vụ; đến nay đã triển khai thực hiện ${started}/${tasks.length} nhiệm vụ (đạt ${rateText}), trong đó đã hoàn thành ${done} nhiệm vụ${lateText}.`,
    ),
  ];
};

const ASSIGNED = {
  government: { indicator: "chidao.nhiemvu.cp.giao", scope: "province", who: "Tỉnh", by: "Chính phủ, Thủ tướng Chính phủ" },
  province: {
    indicator: "chidao.nhiemvu.ubnd.giao",
    scope: "unit",
    who: "đơn vị",
    by: "Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh",
  },
} as const;

const assignedTasks = (ctx: AssemblyContext, input: ReportInput, b: Of<"assigned-tasks">, sectionId: string): ReadonlyArray<Block> => {
  const spec = ASSIGNED[b.source];
  const given = input.assignedTasks.find((a) => a.source === b.source);
  const unit = spec.scope === "province" ? ctx.provinceCode : ctx.unitCode;
  const count = (status: string | null, fromInput: number | null | undefined): FigureRun => {
    if (given !== undefined) {
      const disaggregation = status ? `status=${status}` : "";
      if (fromInput === null || fromInput === undefined) {
        warn(ctx, {
          code: "value-missing",
          message: `Chưa có số nhiệm vụ được ${spec.by} giao (${status ?? "tổng số"}).`,
          sectionId,
          indicator: spec.indicator,
        });
        return { kind: "figure", text: MISSING, indicator: spec.indicator, disaggregation, unit, value: null, missing: true };
      }
      return { kind: "figure", text: String(fromInput), indicator: spec.indicator, disaggregation, unit, value: fromInput, missing: false };
    }
    return figure(ctx, spec.indicator, status ? `status=${status}` : "", spec.scope, sectionId);
  };
  const total = count(null, given?.total);
  const period = ctx.variables["period.label"] ?? "";
  if (total.value === 0) return [plain(`${b.lead}${period}, ${spec.who} không có nhiệm vụ được ${spec.by} giao.`)];
  const done = count("done", given?.done);
  const notDue = count("not-due", given?.notDue);
  const late = count("late", given?.late);
  const parts = [done, notDue, late];
  if (parts.every((p) => p.value !== null) && total.value !== null) {
    const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
    if (sum !== total.value) {
      warn(ctx, {
        code: "assigned-tasks-mismatch",
        message: `Tổng số nhiệm vụ được ${spec.by} giao (${total.value}) khác tổng các phần (${sum}).`,
        sectionId,
        indicator: spec.indicator,
      });
    }
  }
  const lateRuns: ReadonlyArray<Run> = late.value === 0 ? [text("không có nhiệm vụ trễ hạn")] : [late, text(" nhiệm vụ trễ hạn")];
  return [
    para([
      text(`${b.lead}${period}, ${spec.who} có `),
      total,
      text(` nhiệm vụ được ${spec.by} giao, trong đó: `),
      done,
      text(" nhiệm vụ giải quyết đúng hạn và trước hạn, "),
      notDue,
      text(" nhiệm vụ chưa tới hạn giải quyết, "),
      ...lateRuns,
      text("."),
    ]),
  ];
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

const inspections = (ctx: AssemblyContext, input: ReportInput, b: Of<"inspections">, sectionId: string): ReadonlyArray<Block> => {
  const list = [...input.inspections].sort((x, y) => LocalDate.compare(x.date, y.date));
  const items = list.map((i, n) => {
    checkDate(ctx, input, i.date, `Cuộc kiểm tra "${i.title}"`, sectionId);
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
  const items = list.map((a, i) => {
    const last = i === list.length - 1;
    if (a.kind === "training" && a.people !== undefined && a.people !== null) {
      const n = a.people < 10 ? String(a.people).padStart(2, "0") : String(a.people);
      return [text(itemEnd(`${n} ${a.participants ?? "người"} tham gia ${a.title}`, last))];
    }
    return [text(itemEnd(a.title, last))];
  });
  return listBlock(
    fill(ctx, b.lead, sectionId)
      .map((r) => r.text)
      .join(""),
    items,
  );
};

/** The content of one body block of the template (tables are handled by the appendix). */
export const bodyBlock = (ctx: AssemblyContext, input: ReportInput, b: TemplateBlock, sectionId: string): ReadonlyArray<Block> => {
  switch (b.kind) {
    case "text": {
      if (b.until !== undefined && !(input.period.start < b.until)) return [];
      if (b.from !== undefined && !(input.period.start >= b.from)) return [];
      return [para(fill(ctx, b.text, sectionId))];
    }
    case "narrative":
      return narrative(ctx, input, b, sectionId);
    case "subheading":
      return [{ kind: "subheading", text: b.text }];
    case "documents":
      return documents(ctx, input, b, sectionId);
    case "plan-progress":
      return planProgress(ctx, input, b);
    case "assigned-tasks":
      return assignedTasks(ctx, input, b, sectionId);
    case "inspections":
      return inspections(ctx, input, b, sectionId);
    case "activities":
      return activities(ctx, input, b, sectionId);
    default:
      return [];
  }
};
