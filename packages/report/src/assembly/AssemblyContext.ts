/**
 * The state one assembly shares between its blocks: indexed values, the catalogue, the units,
 * the period texts, and the warnings collected so far. `figure` and `rate` turn an indicator into
 * a formatted run and record a warning when the value is missing — never a silent 0.
 */
import type { AssemblyWarning } from "./AssemblyResult.js";
import * as Disaggregation from "./Disaggregation.js";
import { type AsOfIndex, type FigureFormat, formatValue, lookup, MISSING, type ValueIndex } from "./Figures.js";
import * as Rates from "./Rates.js";
import type { FigureRun } from "./ReportDocument.js";
import type { CatalogueEntry } from "./ReportInput.js";

/** Which unit a figure belongs to: the report's unit or its province. */
export type Scope = "unit" | "province";

/** Shared state of one assembly. */
export interface AssemblyContext {
  readonly index: ValueIndex;
  /** As-of days of the values that stand at a day of their own. */
  readonly asOf: AsOfIndex;
  readonly catalogue: ReadonlyMap<string, CatalogueEntry>;
  readonly unitCode: string;
  readonly unitName: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  /** Texts of `{period.label}`, `{figures.asOf}`… */
  readonly variables: Readonly<Record<string, string>>;
  readonly warnings: Array<AssemblyWarning>;
}

/** The unit code of a scope. */
export const unitOf = (ctx: AssemblyContext, scope: Scope): string => (scope === "province" ? ctx.provinceCode : ctx.unitCode);

/** The display name of a unit code of the report. */
export const unitName = (ctx: AssemblyContext, unit: string): string =>
  unit === ctx.unitCode ? ctx.unitName : unit === ctx.provinceCode ? ctx.provinceName : unit;

/** The Vietnamese name of an indicator, or its code when the catalogue lacks it. */
export const indicatorName = (ctx: AssemblyContext, code: string): string => ctx.catalogue.get(code)?.nameVi ?? code;

/** Records a warning. */
export const warn = (ctx: AssemblyContext, w: AssemblyWarning): void => {
  ctx.warnings.push(w);
};

const missingRun = (indicator: string, disaggregation: string, unit: string): FigureRun => ({
  kind: "figure",
  text: MISSING,
  indicator,
  disaggregation,
  unit,
  value: null,
  missing: true,
});

/** "Giải ngân vốn đạt 100%" for a complete disbursement ("100,0%" written "100%"), "Đang thực hiện" below. */
const disbursement = (value: number, text: string): string =>
  value >= 100 ? `Giải ngân vốn đạt ${text.replace(/,0+%$/u, "%")}` : "Đang thực hiện";

/** A figure run for an indicator value or a computed rate of the catalogue. */
export const figure = (
  ctx: AssemblyContext,
  indicator: string,
  disaggregation: string,
  scope: Scope,
  sectionId: string,
  format?: FigureFormat,
): FigureRun => {
  const unit = unitOf(ctx, scope);
  const entry = ctx.catalogue.get(indicator);
  if (entry === undefined) {
    warn(ctx, { code: "indicator-unknown", message: `Chỉ tiêu "${indicator}" không có trong danh mục chỉ tiêu.`, sectionId, indicator });
    return missingRun(indicator, disaggregation, unit);
  }
  const what = `"${Disaggregation.withLabel(entry.nameVi, disaggregation)}" của ${unitName(ctx, unit)}`;
  if (entry.rate !== undefined) {
    const r = Rates.compute(entry.rate, disaggregation, ctx.index, unit, (c) => indicatorName(ctx, c));
    if (r.missing) warn(ctx, { code: "value-missing", message: `Thiếu số liệu để tính tỷ lệ ${what}.`, sectionId, indicator });
    else if (r.undefinedRate)
      warn(ctx, { code: "rate-undefined", message: `Không tính được tỷ lệ ${what}: mẫu số bằng 0.`, sectionId, indicator });
    const text = format === "disbursement" && r.value !== null ? disbursement(r.value, r.text) : r.text;
    return { kind: "figure", text, indicator, disaggregation, unit, value: r.value, missing: r.value === null };
  }
  const value = lookup(ctx.index, unit, indicator, disaggregation);
  if (value === undefined) {
    warn(ctx, { code: "value-missing", message: `Chưa có số liệu ${what}.`, sectionId, indicator });
    return missingRun(indicator, disaggregation, unit);
  }
  return { kind: "figure", text: formatValue(entry, value, format), indicator, disaggregation, unit, value, missing: false };
};
