/**
 * The numbers of the dashboard, computed from the catalogue and the stored values with the
 * domain's own functions (`Rate.computeAll`, `Expression.lookupOf`), so they equal the report's.
 */
import * as Area from "@cchc/domain/Area";
import type { IndicatorDefinition } from "@cchc/domain/indicators/Indicator";
import * as Rate from "@cchc/domain/indicators/Rate";
import { keyText } from "@cchc/domain/indicators/Value";
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as Task from "@cchc/domain/plans/Task";
import * as VnDate from "@cchc/domain/VnDate";
import { formatMoney } from "@cchc/domain/VnMoney";
import { formatInteger } from "@cchc/domain/VnNumber";
import { formatRate } from "@cchc/domain/VnRate";
import * as Expression from "@cchc/domain/validation/Expression";
import type { CatalogueBody, TaskBody, ValueBody } from "../api/Answers";
import type { Dictionary } from "../i18n/Dictionary";
import { formatFigure } from "../ui/FigureFormat";
import { type ChartSpec, palette } from "./ChartSpec";

/** A key figure of an area panel. */
export interface KeyFigure {
  readonly key: string;
  readonly indicator: string;
  readonly name: string;
  readonly text: string;
}

/** A computed rate of an area panel. */
export interface KeyRate {
  readonly key: string;
  readonly name: string;
  readonly text: string;
  readonly formula: string;
}

/** One area's panel: its figures and rates. */
export interface AreaPanel {
  readonly area: Area.Area;
  readonly figures: ReadonlyArray<KeyFigure>;
  readonly rates: ReadonlyArray<KeyRate>;
}

/** Panels of the areas that have at least one figure or computable rate, in report order. */
export const panelsOf = (catalogue: CatalogueBody, values: ReadonlyArray<ValueBody>, lang: "vi" | "en"): ReadonlyArray<AreaPanel> => {
  const lookup = Expression.lookupOf(values);
  const byCode = new Map<string, IndicatorDefinition>(catalogue.indicators.map((i) => [i.code, i]));
  const rates = Rate.computeAll(catalogue.rates, lookup, catalogue.indicators);
  const totals = values.filter((v) => v.disaggregation === "");
  return Area.all
    .map((area) => ({
      area,
      figures: catalogue.indicators
        .filter((i) => i.area === area.code)
        .flatMap((i) => {
          const v = totals.find((x) => x.indicator === i.code);
          return v
            ? [{ key: keyText(v), indicator: i.code, name: lang === "en" ? i.nameEn : i.nameVi, text: formatFigure(i.valueType, v.value) }]
            : [];
        }),
      rates: rates
        .filter((r) => r.area === area.code && r.value !== null)
        .map((r) => {
          const def = catalogue.rates.find((d) => d.code === r.code && d.disaggregation === r.disaggregation);
          return {
            key: `${r.code}[${r.disaggregation}]`,
            name: lang === "en" && def ? def.nameEn : r.nameVi,
            text: r.formatted,
            // the served catalogue words the formula with option labels ("trước hạn"); the domain's text is the fallback
            formula: (def as { readonly formulaVi?: string } | undefined)?.formulaVi ?? r.formulaVi,
          };
        }),
    }))
    .filter((p) => p.figures.length > 0 || p.rates.length > 0 || byCode.size === 0);
};

/** Reads a value by indicator and disaggregation. */
const valueAt = (values: ReadonlyArray<ValueBody>, indicator: string, disaggregation = ""): number | undefined =>
  values.find((v) => v.indicator === indicator && v.disaggregation === disaggregation)?.value;

const all = (xs: ReadonlyArray<number | undefined>): xs is ReadonlyArray<number> => xs.every((x) => x !== undefined);

/** Dossiers by outcome: resolved early / on time / late, and pending within time / overdue. */
export const dossierChart = (values: ReadonlyArray<ValueBody>, t: Dictionary): ChartSpec | null => {
  const parts = [
    valueAt(values, "tthc.hoso.dagiaiquyet", "timeliness=early"),
    valueAt(values, "tthc.hoso.dagiaiquyet", "timeliness=on-time"),
    valueAt(values, "tthc.hoso.dagiaiquyet", "timeliness=late"),
    valueAt(values, "tthc.hoso.danggiaiquyet", "pending=within"),
    valueAt(values, "tthc.hoso.danggiaiquyet", "pending=overdue"),
  ];
  if (parts.every((p) => p === undefined)) return null;
  return {
    id: "chart-dossiers",
    title: t.chartDossiers,
    kind: "horizontal-bar",
    labels: [t.early, t.onTime, t.late, t.pendingWithin, t.pendingOverdue],
    series: [
      {
        label: "",
        data: parts.map((p) => p ?? 0),
        colors: [palette.early, palette.onTime, palette.late, palette.pendingWithin, palette.pendingOverdue],
      },
    ],
    format: formatInteger,
  };
};

/** Share of new dossiers received online. */
export const onlineChart = (values: ReadonlyArray<ValueBody>, t: Dictionary): ChartSpec | null => {
  const online = valueAt(values, "tthc.hoso.tiepnhanmoi", "channel=online");
  const offline = valueAt(values, "tthc.hoso.tiepnhanmoi", "channel=offline");
  if (online === undefined || offline === undefined) return null;
  const total = valueAt(values, "tthc.hoso.tiepnhanmoi") ?? online + offline;
  return {
    id: "chart-online",
    title: `${t.chartOnline}: ${formatRate(online, total)}`,
    kind: "doughnut",
    labels: [t.online, t.offline],
    series: [{ label: "", data: [online, offline], colors: [palette.online, palette.offline] }],
    format: formatInteger,
  };
};

/** Budget and investment: allocated or planned against spent or disbursed. */
export const budgetChart = (values: ReadonlyArray<ValueBody>, t: Dictionary): ChartSpec | null => {
  const rows: Array<{ label: string; planned: number; spent: number }> = [];
  for (const [opt, label] of [
    ["autonomous", t.budgetAutonomous],
    ["non-autonomous", t.budgetNonAutonomous],
  ] as const) {
    const planned = valueAt(values, "taichinh.kinhphi.giao", `autonomy=${opt}`);
    const spent = valueAt(values, "taichinh.kinhphi.dasudung", `autonomy=${opt}`);
    if (all([planned, spent])) rows.push({ label, planned: planned as number, spent: spent as number });
  }
  const plan = valueAt(values, "taichinh.dautu.kehoachnam");
  const disbursed = valueAt(values, "taichinh.dautu.giaingan");
  if (plan !== undefined && disbursed !== undefined) rows.push({ label: t.investmentOfYear, planned: plan, spent: disbursed });
  if (rows.length === 0) return null;
  return {
    id: "chart-budget",
    title: t.chartBudget,
    kind: "horizontal-bar",
    labels: rows.map((r) => `${r.label} (${formatRate(r.spent, r.planned)})`),
    series: [
      { label: t.planned, data: rows.map((r) => r.planned), colors: [palette.planned] },
      { label: t.spent, data: rows.map((r) => r.spent), colors: [palette.done] },
    ],
    format: (n) => formatMoney(n),
    axisFormat: formatInteger,
  };
};

/**
 * Tasks completed and not completed by reform area, at the day the plans screen judges them on
 * (`overdueDay`: the period's last day once it has ended): each area is rolled up with the
 * domain's `Task.rollup`, so a task finished after the period counts as not completed, and
 * cancelled tasks are left out, as in the plan's roll-up.
 */
export const taskChart = (tasks: ReadonlyArray<TaskBody>, asOf: LocalDate, t: Dictionary, lang: "vi" | "en"): ChartSpec | null => {
  if (tasks.length === 0) return null;
  const rolled = Area.all
    .map((area) => ({
      area,
      rollup: Task.rollup(
        tasks.filter((x) => x.area === area.code),
        asOf,
      ),
    }))
    .filter((x) => x.rollup.total > 0);
  if (rolled.length === 0) return null;
  return {
    id: "chart-tasks",
    title: t.chartTasks(VnDate.formatShort(asOf)),
    kind: "horizontal-bar",
    stacked: true,
    labels: rolled.map((x) => `${lang === "en" ? x.area.nameEn : x.area.shortVi} (${x.rollup.completedRateText})`),
    series: [
      { label: t.tasksDone, data: rolled.map((x) => x.rollup.completed), colors: [palette.done] },
      { label: t.tasksOpen, data: rolled.map((x) => x.rollup.total - x.rollup.completed), colors: [palette.open] },
    ],
    format: formatInteger,
  };
};
