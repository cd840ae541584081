/**
 * Tasks assigned by the Government or the province, as the report states them. Stored counts can
 * contradict themselves (the seed: "4 nhiệm vụ …, trong đó 35 … 9 …") or the task records; the
 * report must never print such a sentence. `reconcile` decides the figures once, for the body and
 * the appendix alike (ADR 0012): the stored counts are the one source when there are any — the
 * task records only fill in when nothing is stored and are otherwise compared (a warning when
 * they differ); a stored total its parts contradict is left out, the parts stated, and a warning
 * says why.
 */
import { type AssemblyContext, figure } from "./AssemblyContext.js";
import type { AssemblyWarning } from "./AssemblyResult.js";
import { indexValues, lookup } from "./Figures.js";
import type { FigureRun, Paragraph, Run } from "./ReportDocument.js";
import type { ReportInput, ReportValue } from "./ReportInput.js";
import type { TemplateBlock } from "./Template.js";

/** What each source of assigned tasks counts and who it is about. */
export const ASSIGNED = {
  government: { indicator: "chidao.nhiemvu.cp.giao", scope: "province", who: "Tỉnh", by: "Chính phủ, Thủ tướng Chính phủ" },
  province: {
    indicator: "chidao.nhiemvu.ubnd.giao",
    scope: "unit",
    who: "đơn vị",
    by: "Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh",
  },
} as const;

const PARTS = ["status=done", "status=not-due", "status=late"] as const;
const PART_NAMES: Record<(typeof PARTS)[number], string> = {
  "status=done": "đúng hạn và trước hạn",
  "status=not-due": "chưa tới hạn",
  "status=late": "trễ hạn",
};

const describe = (total: number | undefined, parts: ReadonlyArray<number | undefined>): string => {
  const listed = PARTS.flatMap((p, i) => (parts[i] === undefined ? [] : [`${PART_NAMES[p]} ${parts[i]}`])).join(", ");
  return `tổng số ${total ?? "chưa có"}${listed === "" ? "" : `; ${listed}`}`;
};

/**
 * The values the report states, with assigned-task counts settled, and the warnings that explain
 * the choice. One source per figure: the stored counts (what the unit states) when there are any;
 * the task records only fill in when nothing is stored, and a difference between the two is a
 * warning. A total its parts contradict is not stated (the parts are), until the data is corrected.
 */
export const reconcile = (
  input: ReportInput,
): { readonly values: ReadonlyArray<ReportValue>; readonly warnings: ReadonlyArray<AssemblyWarning> } => {
  const index = indexValues(input.values);
  const drop = new Set<string>();
  const add: Array<ReportValue> = [];
  const warnings: Array<AssemblyWarning> = [];
  for (const source of ["government", "province"] as const) {
    const spec = ASSIGNED[source];
    const unit = spec.scope === "province" ? input.unit.provinceCode : input.unit.code;
    const sectionId = source === "government" ? "direction.province" : "direction.office";
    const total = lookup(index, unit, spec.indicator, "");
    const parts = PARTS.map((d) => lookup(index, unit, spec.indicator, d));
    const stored = [total, ...parts];
    const records = input.assignedTasks.find((a) => a.source === source);
    const hasStored = stored.some((v) => v !== undefined);
    if (records !== undefined) {
      const counted = [records.total, records.done, records.notDue, records.late];
      if (!hasStored) {
        ["", ...PARTS].forEach((d, i) => {
          const v = counted[i];
          if (v !== null && v !== undefined) add.push({ unit, indicator: spec.indicator, disaggregation: d, value: v });
        });
        continue;
      }
      if (stored.some((v, i) => v !== undefined && v !== counted[i])) {
        warnings.push({
          code: "assigned-tasks-values-differ",
          message: `Số liệu đã nhập về nhiệm vụ được ${spec.by} giao (${describe(total, parts)}) khác danh sách nhiệm vụ (${describe(
            records.total ?? undefined,
            [records.done, records.notDue, records.late].map((x) => x ?? undefined),
          )}); báo cáo nêu số liệu đã nhập. Đề nghị rà soát danh sách nhiệm vụ hoặc sửa số liệu.`,
          sectionId,
          indicator: spec.indicator,
        });
      }
    }
    if (total === undefined || parts.every((p) => p === undefined)) continue;
    const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    const complete = parts.every((p) => p !== undefined);
    if ((complete && sum !== total) || sum > total) {
      warnings.push({
        code: "assigned-tasks-mismatch",
        message: `Tổng số nhiệm vụ được ${spec.by} giao (${total}) khác tổng các phần (${sum}); báo cáo nêu số nhiệm vụ theo tình trạng, chưa nêu tổng số cho đến khi số liệu được sửa.`,
        sectionId,
        indicator: spec.indicator,
      });
      drop.add(`${unit}|${spec.indicator}|`);
    }
  }
  const kept = input.values.filter((v) => !drop.has(`${v.unit}|${v.indicator}|${v.disaggregation}`));
  return { values: [...kept, ...add], warnings };
};

type Of<K extends TemplateBlock["kind"]> = Extract<TemplateBlock, { kind: K }>;
const text = (t: string): Run => ({ kind: "text", text: t });

/** The sentence on assigned tasks, from the settled figures: total, then the parts when the report has them. */
export const assignedTasksBlock = (ctx: AssemblyContext, b: Of<"assigned-tasks">, sectionId: string): ReadonlyArray<Paragraph> => {
  const spec = ASSIGNED[b.source];
  const unit = spec.scope === "province" ? ctx.provinceCode : ctx.unitCode;
  const period = ctx.variables["period.label"] ?? "";
  const count = (d: string): FigureRun => figure(ctx, spec.indicator, d, spec.scope, sectionId);
  const hasParts = PARTS.some((d) => lookup(ctx.index, unit, spec.indicator, d) !== undefined);
  const hasTotal = lookup(ctx.index, unit, spec.indicator, "") !== undefined;
  const paragraph = (runs: ReadonlyArray<Run>): ReadonlyArray<Paragraph> => [{ kind: "paragraph", runs }];
  if (!hasTotal && !hasParts) {
    // Nothing stored: the sentence is left out (the missing figure is warned about), never written "không có".
    count("");
    return [];
  }
  const total = hasTotal ? count("") : null;
  if (total !== null && total.value === 0 && !hasParts)
    return paragraph([text(`${b.lead}${period}, ${spec.who} không có nhiệm vụ được ${spec.by} giao.`)]);
  if (!hasParts && total !== null)
    return paragraph([text(`${b.lead}${period}, ${spec.who} có `), total, text(` nhiệm vụ được ${spec.by} giao.`)]);
  const [done, notDue, late] = PARTS.map(count) as [FigureRun, FigureRun, FigureRun];
  const lateRuns: ReadonlyArray<Run> = late.value === 0 ? [text("không có nhiệm vụ trễ hạn")] : [late, text(" nhiệm vụ trễ hạn")];
  const parts: ReadonlyArray<Run> = [
    done,
    text(" nhiệm vụ giải quyết đúng hạn và trước hạn, "),
    notDue,
    text(" nhiệm vụ chưa tới hạn giải quyết, "),
    ...lateRuns,
    text("."),
  ];
  // A total its parts contradict was left out by `reconcile`: the parts are stated on their own.
  const head: ReadonlyArray<Run> =
    total === null
      ? [text(`${b.lead}${period}, trong số các nhiệm vụ được ${spec.by} giao, ${spec.who} có `)]
      : [text(`${b.lead}${period}, ${spec.who} có `), total, text(` nhiệm vụ được ${spec.by} giao, trong đó có `)];
  return paragraph([...head, ...parts]);
};
