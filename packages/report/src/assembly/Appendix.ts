/**
 * The appendix: every figure of the report by reform area, every rate computed with its formula
 * ("Kinh phí tự chủ đã sử dụng / Kinh phí tự chủ được giao × 100 = 4.923.692.615 / 9.961.000.000
 * × 100 = 49,4%"), and the plan's tasks. The structured rows also feed the spreadsheet.
 */
import * as Area from "@cchc/domain/Area";
import { formatShort, formatShortNd30 } from "@cchc/domain/VnDate";
import { formatDecimal } from "@cchc/domain/VnNumber";
import { type AssemblyContext, indicatorName, unitName, warn } from "./AssemblyContext.js";
import { sizeColumns } from "./ColumnWidths.js";
import * as Disaggregation from "./Disaggregation.js";
import { formatValue, MISSING } from "./Figures.js";
import * as Rates from "./Rates.js";
import type { FigureRow, FigureTable, RateRow, Table, TableColumn } from "./ReportDocument.js";
import type { ReportInput, ReportTaskStatus } from "./ReportInput.js";

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
      ...(v.asOf === undefined ? {} : { asOf: formatShortNd30(v.asOf) }),
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
  const push = (indicator: string, disaggregation: string, unit: string, name: string, r: Rates.ReportRateResult): void => {
    out.push({ indicator, disaggregation, unit, unitName: unitName(ctx, unit), name, ...Rates.computedRate(r) });
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

const STATUS: Record<ReportTaskStatus, string> = {
  "not-started": "Chưa triển khai",
  "in-progress": "Đang thực hiện",
  done: "Hoàn thành",
  late: "Trễ hạn",
  cancelled: "Không thực hiện",
};

/**
 * A column of an appendix table before sizing: `sizeColumns` gives it its width from the content;
 * `nowrap` keeps its cells on one line (numbers, amounts, dates).
 */
const column = (header: string, align: TableColumn["align"], nowrap = false): TableColumn => ({
  header,
  align,
  width: 0,
  ...(nowrap ? { nowrap: true } : {}),
});

/** The running number, first column of every appendix table. */
const NUMBER_COLUMN: TableColumn = column("STT", "center", true);

/** Whether the rows of a table belong to more than one unit (then it shows a unit column). */
const severalUnits = (rows: ReadonlyArray<{ readonly unit: string }>): boolean => new Set(rows.map((r) => r.unit)).size > 1;

/** The leading columns of a table of named figures or rates: STT, the name, and the unit when there are several. */
const leadColumns = (nameHeader: string, several: boolean): Array<TableColumn> => [
  NUMBER_COLUMN,
  column(nameHeader, "left"),
  ...(several ? [column("Đơn vị báo cáo", "left")] : []),
];

/** The leading cells of such a row. */
const leadCells = (n: number, r: { readonly name: string; readonly unitName: string }, several: boolean): Array<string> => [
  String(n + 1),
  r.name,
  ...(several ? [r.unitName] : []),
];

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
      return figures.map((t, i) => {
        // The unit column only when the table has figures of more than one unit; the day only when a figure has its own.
        const several = severalUnits(t.rows);
        const dated = t.rows.some((r) => r.asOf !== undefined);
        const columns: Array<TableColumn> = [
          ...leadColumns("Chỉ tiêu", several),
          column("Đơn vị tính", "center"),
          column("Số liệu", "right", true),
          ...(dated ? [column("Số liệu đến ngày", "center", true)] : []),
        ];
        const rows = t.rows.map((r, n) => [...leadCells(n, r, several), r.measure, r.text, ...(dated ? [r.asOf ?? ""] : [])]);
        const out: Table = {
          kind: "table",
          id: `figures.${t.area}`,
          caption: `Biểu ${i + 1}. ${t.areaName}`,
          columns: sizeColumns(columns, rows),
          rows,
        };
        return out;
      });
    case "rates-table": {
      if (rates.length === 0) return [];
      const several = severalUnits(rates);
      const columns: Array<TableColumn> = [
        ...leadColumns("Tỷ lệ", several),
        column("Công thức và số liệu", "left"),
        column("Kết quả", "right", true),
      ];
      // A rate without its figures is shown as "—", the formula saying which figure is missing.
      const rows = rates.map((r, n) => [
        ...leadCells(n, r, several),
        r.formula.split(MISSING).join("(chưa có số liệu)"),
        r.value === null ? "—" : r.text,
      ]);
      return [{ kind: "table", id: "rates", caption, columns: sizeColumns(columns, rows), rows }];
    }
    case "tasks-table": {
      if (input.planTasks.length === 0) return [];
      const columns: Array<TableColumn> = [
        NUMBER_COLUMN,
        column("Nhiệm vụ", "left"),
        column("Lĩnh vực", "left"),
        column("Thời hạn", "center", true),
        column("Tiến độ", "right", true),
        column("Tình trạng", "left"),
      ];
      const rows = input.planTasks.map((t, n) => [
        String(n + 1),
        t.title,
        Area.byCode(t.area).shortVi,
        t.deadline === null ? "" : formatShort(t.deadline),
        t.progress === null ? "" : `${formatDecimal(t.progress, 0)}%`,
        STATUS[t.status],
      ]);
      return [{ kind: "table", id: "tasks", caption, columns: sizeColumns(columns, rows), rows }];
    }
  }
};
