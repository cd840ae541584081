/**
 * Complete answers of the API for the fake `fetch`, built the way the API builds them and typed by
 * the contract's wire types (`Wire<operationId>`), so that a fixture decodes with the endpoint's
 * Schema as a real answer does and a field the contract adds shows here as a compile error.
 */
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import type { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import type { Wire } from "./Fakes";

/** A stored value as `GET …/values` lists it (entered by bientap.dt on 10/6/2022 unless told). */
export const storedValue = (
  indicator: string,
  disaggregation: string,
  value: number,
  more: Partial<Wire<"listValues">["items"][number]> = {},
): Wire<"listValues">["items"][number] => ({
  indicator,
  disaggregation,
  value,
  comment: null,
  source: "entered",
  version: 1,
  updatedBy: "bientap.dt",
  updatedAt: "2022-06-10T08:00:00.000Z",
  ...more,
});

/** `GET /units/{unit}/periods/{period}/values`: the stored values, no computed rate, no stated rate unless given. */
export const valuesAnswer = (
  unit: string,
  period: string,
  items: ReadonlyArray<Wire<"listValues">["items"][number]>,
  more: Partial<Wire<"listValues">> = {},
): Wire<"listValues"> => ({
  unit,
  period,
  catalogueYear: Number(period.slice(0, 4)),
  items,
  total: items.length,
  limit: 1000,
  offset: 0,
  rates: [],
  claims: [],
  ...more,
});

/** An indicator as `GET /indicators` lists it: the definition with its disaggregations spelt out. */
export const indicatorBody = (i: IndicatorDefinition): Wire<"listIndicators">["items"][number] => ({
  ...i,
  disaggregations: i.dimensions.flatMap((d) => {
    const dim = Disaggregation.dimensions.find((x) => x.code === d);
    return dim ? [{ dimension: dim.code, nameVi: dim.nameVi, options: dim.options }] : [];
  }),
});

/** A rate as `GET /indicators` lists it: the definition with its formula in words. */
export const rateBody = (r: RateDefinition): Wire<"listIndicators">["rates"][number] => ({
  ...r,
  formulaVi: `(${r.numerator}) / (${r.denominator}) × 100%`,
});

/** `GET /indicators?year=`: the whole catalogue of a year on one page. */
export const indicatorPage = (
  indicators: ReadonlyArray<IndicatorDefinition>,
  rates: ReadonlyArray<RateDefinition>,
  year = 2022,
): Wire<"listIndicators"> => ({
  year,
  version: 1,
  titleVi: `Danh mục ${year}`,
  items: indicators.map(indicatorBody),
  total: indicators.length,
  limit: 1000,
  offset: 0,
  rates: rates.map(rateBody),
});

/** How far a plan's tasks are at a day (`rollup` of the plan and task answers); rates from the counts. */
export const rollup = (r: {
  readonly asOf: string;
  readonly total: number;
  readonly started: number;
  readonly completed: number;
  readonly startedRateText: string;
  readonly completedRateText: string;
}): Wire<"getPlan">["rollup"] => ({
  ...r,
  byStatus: {},
  averageProgress: null,
  startedRate: r.total === 0 ? null : (100 * r.started) / r.total,
  completedRate: r.total === 0 ? null : (100 * r.completed) / r.total,
});

/** `GET /plans/{unit}/{year}/tasks`: the tasks on one page with the roll-up of today (not read by the screens). */
export const taskPage = (items: ReadonlyArray<Wire<"listPlanTasks">["items"][number]>): Wire<"listPlanTasks"> => ({
  items,
  total: items.length,
  limit: 1000,
  offset: 0,
  rollup: rollup({ asOf: "2022-06-14", total: 0, started: 0, completed: 0, startedRateText: "—", completedRateText: "—" }),
});

/** `GET /documents`: the documents on one page. */
export const documentList = (items: ReadonlyArray<Wire<"listDocuments">["items"][number]>): Wire<"listDocuments"> => ({
  items,
  total: items.length,
  limit: 1000,
  offset: 0,
});

/** `GET /units/{unit}/periods/{period}/validation` of 2022-H1 with the given findings. */
export const validationAnswer = (
  unit: string,
  period: string,
  findings: Wire<"validateUnitPeriod">["findings"],
): Wire<"validateUnitPeriod"> => ({
  unit,
  period,
  start: "2021-12-15",
  end: "2022-06-14",
  catalogueYear: 2022,
  errors: findings.filter((f) => f.importance === "error").length,
  warnings: findings.filter((f) => f.importance === "warning").length,
  findings,
});

/** `GET …/workflow` of a report in draft, never submitted, no deadline; `more` changes it. */
export const workflowAnswer = (unit: string, period: string, more: Partial<Wire<"getReportWorkflow">> = {}): Wire<"getReportWorkflow"> => ({
  unit,
  period,
  state: "draft",
  submissions: 0,
  locked: false,
  open: [],
  deadline: null,
  history: [],
  ...more,
});
