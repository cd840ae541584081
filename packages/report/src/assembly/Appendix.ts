/**
 * The appendix: every figure of the report by reform area, every rate computed with its formula
 * ("Kinh phí tự chủ đã sử dụng / Kinh phí tự chủ được giao × 100 = 4.923.692.615 / 9.961.000.000
 * × 100 = 49,4%"), and the plan's tasks. The structured rows also feed the spreadsheet.
 */
import * as Area from "@cchc/domain/Area";
import { formatShort } from "@cchc/domain/VnDate";
import { formatDecimal } from "@cchc/domain/VnNumber";
import { type AssemblyContext, indicatorName, unitName, warn } from "./AssemblyContext.js";
import * as Disaggregation from "./Disaggregation.js";
import { formatValue } from "./Figures.js";
import * as Rates from "./Rates.js";
import type { FigureRow, FigureTable, RateRow, Table } from "./ReportDocument.js";
import type { PlanTaskStatus, ReportInput } from "./ReportInput.js";

/** The rate of plan tasks started, computed from the plan's tasks. */
export const PLAN_PROGRESS_RATE = "chidao.nhiemvu.trienkhai.tyle";

/** The figures of the unit and its province, grouped by area in catalogue order. */
export const figureTables = (ctx: AssemblyContext, input: ReportInput): ReadonlyArray<FigureTable> => {
  const order = new Map(input.catalogue.map((c, i) => [c.code, i]));
  const units = [ctx.unitCode, ctx.provinceCode];
  const rows = input.values
    .filter((v) => units.includes(v.unit))
    .filter((v) => {
      if (ctx.catalogue.has(v.indicator)) return true;
      warn(ctx, {
        code: "indicator-unknown",
        message: `Số liệu của chỉ tiêu "${v.indicator}" không có trong danh mục chỉ tiêu.`,
        indicator: v.indicator,
      });
      return false;
    })
    .sort(
      (a, b) =>
        (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) ||
        units.indexOf(a.unit) - units.indexOf(b.unit) ||
        Disaggregation.order(a.disaggregation) - Disaggregation.order(b.disaggregation) ||
        a.disaggregation.localeCompare(b.disaggregation),
    );
  const byArea = new Map<Area.AreaCode, Array<FigureRow>>();
  for (const v of rows) {
    const entry = ctx.catalogue.get(v.indicator);
    if (entry === undefined) continue;
    const list = byArea.get(entry.area) ?? [];
    list.push({
      unit: v.unit,
      unitName: unitName(ctx, v.unit),
      indicator: v.indicator,
      disaggregation: v.disaggregation,
      name: Disaggregation.withLabel(entry.nameVi, v.disaggregation),
      measure: entry.unit,
      value: v.value,
      text: formatValue(entry, v.value, "bare"),
    });
    byArea.set(entry.area, list);
  }
  return [...byArea.entries()]
    .sort(([a], [b]) => Area.byCode(a).order - Area.byCode(b).order)
    .map(([area, list]) => ({ area, areaName: Area.byCode(area).nameVi, rows: list }));
};

/** Every rate of the catalogue that has figures for the unit or the province, plus the plan's progress. */
export const rateRows = (ctx: AssemblyContext, input: ReportInput): ReadonlyArray<RateRow> => {
  const out: Array<RateRow> = [];
  const names = (c: string): string => indicatorName(ctx, c);
  const push = (indicator: string, disaggregation: string, unit: string, name: string, r: Rates.RateResult): void => {
    out.push({
      indicator,
      disaggregation,
      unit,
      unitName: unitName(ctx, unit),
      name,
      numeratorLabel: r.numeratorLabel,
      denominatorLabel: r.denominatorLabel,
      numeratorTerms: r.numeratorTerms,
      denominatorTerms: r.denominatorTerms,
      numerator: r.numerator,
      denominator: r.denominator,
      decimals: r.decimals,
      value: r.value,
      text: r.text,
      formula: r.formula,
    });
  };
  const tasks = input.planTasks.filter((t) => t.status !== "cancelled");
  if (tasks.length > 0) {
    const started = tasks.filter((t) => t.status !== "not-started").length;
    const r = Rates.fromTerms(
      { decimals: 1, numeratorLabel: "Số nhiệm vụ đã triển khai", denominatorLabel: "Số nhiệm vụ của Kế hoạch" },
      [{ indicator: "chidao.nhiemvu.trienkhai", disaggregation: "", value: started }],
      [{ indicator: "chidao.nhiemvu.kehoach", disaggregation: "", value: tasks.length }],
      names,
    );
    push(PLAN_PROGRESS_RATE, "", ctx.unitCode, "Tỷ lệ nhiệm vụ của Kế hoạch đã triển khai", r);
  }
  for (const entry of input.catalogue) {
    if (entry.rate === undefined) continue;
    // The plan's progress is counted from its tasks above; the catalogue's rate of it would repeat it.
    if (tasks.length > 0 && entry.code === PLAN_PROGRESS_RATE) continue;
    for (const d of Rates.disaggregationsOf(entry)) {
      for (const unit of [...new Set([ctx.unitCode, ctx.provinceCode])]) {
        if (!Rates.hasAnyValue(entry.rate, d, ctx.index, unit)) continue;
        const r = Rates.compute(entry.rate, d, ctx.index, unit, names);
        push(entry.code, d, unit, entry.rate.names?.[d] ?? Disaggregation.withLabel(entry.nameVi, d), r);
      }
    }
  }
  return out;
};

const STATUS: Record<PlanTaskStatus, string> = {
  "not-started": "Chưa triển khai",
  "in-progress": "Đang thực hiện",
  done: "Hoàn thành",
  late: "Trễ hạn",
  cancelled: "Không thực hiện",
};

/** The appendix table of a template table block. */
export const table = (
  kind: "figures-table" | "rates-table" | "tasks-table",
  caption: string,
  input: ReportInput,
  figures: ReadonlyArray<FigureTable>,
  rates: ReadonlyArray<RateRow>,
): ReadonlyArray<Table> => {
  switch (kind) {
    case "figures-table":
      return figures.map((t, i) => ({
        kind: "table",
        id: `figures.${t.area}`,
        caption: `Biểu ${i + 1}. ${t.areaName}`,
        columns: [
          { header: "STT", align: "center", width: 8 },
          { header: "Chỉ tiêu", align: "left", width: 50 },
          { header: "Đơn vị báo cáo", align: "left", width: 18 },
          { header: "Đơn vị tính", align: "center", width: 12 },
          { header: "Số liệu", align: "right", width: 18 },
        ],
        rows: t.rows.map((r, n) => [String(n + 1), r.name, r.unitName, r.measure, r.text]),
      }));
    case "rates-table":
      return rates.length === 0
        ? []
        : [
            {
              kind: "table",
              id: "rates",
              caption,
              columns: [
                { header: "STT", align: "center", width: 8 },
                { header: "Tỷ lệ", align: "left", width: 28 },
                { header: "Đơn vị báo cáo", align: "left", width: 14 },
                { header: "Công thức và số liệu", align: "left", width: 40 },
                { header: "Kết quả", align: "right", width: 12 },
              ],
              rows: rates.map((r, n) => [String(n + 1), r.name, r.unitName, r.formula, r.text]),
            },
          ];
    case "tasks-table":
      return input.planTasks.length === 0
        ? []
        : [
            {
              kind: "table",
              id: "tasks",
              caption,
              columns: [
                { header: "STT", align: "center", width: 8 },
                { header: "Nhiệm vụ", align: "left", width: 46 },
                { header: "Lĩnh vực", align: "left", width: 18 },
                { header: "Thời hạn", align: "center", width: 12 },
                { header: "Tiến độ", align: "right", width: 8 },
                { header: "Tình trạng", align: "left", width: 12 },
              ],
              rows: input.planTasks.map((t, n) => [
                String(n + 1),
                t.title,
                Area.byCode(t.area).shortVi,
                t.deadline === null ? "" : formatShort(t.deadline),
                t.progress === null ? "" : `${formatDecimal(t.progress, 0)}%`,
                STATUS[t.status],
              ]),
            },
          ];
  }
};
