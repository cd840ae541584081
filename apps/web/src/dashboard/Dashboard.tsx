/**
 * The dashboard of a unit and period: validation findings first (each links to its figure in
 * data entry), then one panel per reform area with its key figures, computed rates and charts.
 * A failure to read the plan's tasks is said (a unit without a plan simply has no task chart).
 */
import type * as Area from "@cchc/domain/Area";
import { ofInstantInVietnam } from "@cchc/domain/LocalDate";
import { createMemo, createResource, For, type JSX, Show } from "solid-js";
import type { TaskBody } from "../api/Answers";
import { ApiFailure, isMissingRoute } from "../api/Http";
import { overdueDay } from "../plans/AsOfDay";
import { useApp } from "../shell/AppContext";
import { Link } from "../shell/Link";
import { periodText } from "../shell/PeriodText";
import { useUnitName } from "../shell/UnitName";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loaded } from "../ui/Loaded";
import { ChartView } from "./ChartView";
import { budgetChart, dossierChart, onlineChart, panelsOf, taskChart } from "./DashboardModel";
import { FindingList } from "./FindingList";

/** The dashboard screen (in the first download). */
export const Dashboard = (): JSX.Element => {
  const { api, router, t } = useApp();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [data, { refetch }] = createResource(key, async ({ unit, period }) => {
    const [catalogue, values] = await Promise.all([api.catalogue(Number(period.slice(0, 4))), api.values(unit, period)]);
    return { catalogue, values: values.items };
  });
  const [findings, { refetch: refetchFindings }] = createResource(key, ({ unit, period }) =>
    api.validation(unit, period).then(
      (r) => ({ items: r.findings, error: null as unknown }),
      (error: unknown) => ({ items: [], error }),
    ),
  );
  const [tasks, { refetch: refetchTasks }] = createResource(key, ({ unit, period }) =>
    api.tasks(unit, Number(period.slice(0, 4))).catch((error: unknown) => {
      // a unit without a plan simply has no task chart; any other failure is shown
      if (error instanceof ApiFailure && error.code === "PLAN_NOT_FOUND") return [] as ReadonlyArray<TaskBody>;
      throw error;
    }),
  );
  // tasks are counted at the day the plans screen judges them on (the period's end once it has ended)
  const asOf = createMemo(() => overdueDay(router.place().period, ofInstantInVietnam(new Date())).day);
  // a server without the plans routes has no task chart, as it has no findings list
  const tasksError = () => (tasks.error && !isMissingRoute(tasks.error) ? (tasks.error as unknown) : null);
  const unitName = useUnitName();
  const lang = () => router.place().lang;
  // reading a failed resource throws: memos read it only when it loaded
  const loaded = () => (data.error ? undefined : data());
  const panels = createMemo(() => {
    const d = loaded();
    return d ? panelsOf(d.catalogue, d.values, lang()) : [];
  });
  // separate memos: the tasks arriving later must not redraw the other charts
  const valueCharts = createMemo(() => {
    const d = loaded();
    if (!d) return { procedure: [], finance: [] };
    return {
      procedure: [dossierChart(d.values, t()), onlineChart(d.values, t())].filter((c) => c !== null),
      finance: [budgetChart(d.values, t())].filter((c) => c !== null),
    };
  });
  const taskCharts = createMemo(() => {
    // reading a failed resource throws: read the tasks only when they loaded
    const list = tasks.error ? [] : (tasks() ?? []);
    return [taskChart(list, asOf(), t(), lang())].filter((c) => c !== null);
  });
  const chartsOf = (area: Area.AreaCode) =>
    area === "procedure"
      ? valueCharts().procedure
      : area === "public-finance"
        ? valueCharts().finance
        : area === "direction"
          ? taskCharts()
          : [];
  return (
    <article class="screen" aria-labelledby="dashboard-title" aria-busy={data.loading ? "true" : "false"}>
      <div class="screen-head">
        <h1 id="dashboard-title">{t().dashboardTitle(unitName(), periodText(router.place().period, lang()))}</h1>
        <div class="actions">
          <Link to={{ screen: "entry" }} class="button">
            {t().enterData}
          </Link>
          <Link to={{ screen: "report" }} class="button button-primary">
            {t().openReport}
          </Link>
        </div>
      </div>
      <Loaded resource={data} onRetry={refetch}>
        {(d) => (
          <>
            <Show when={findings() && !isMissingRoute(findings()?.error)}>
              <FindingList
                findings={findings()?.items ?? []}
                error={findings()?.error}
                catalogue={d().catalogue}
                onChanged={() => void refetchFindings()}
              />
            </Show>
            <Show when={tasksError()}>
              {(error) => <ErrorNotice title={t().tasksUnavailable} error={error()} onRetry={refetchTasks} />}
            </Show>
            <Show
              when={d().values.length > 0}
              fallback={
                <div class="notice notice-info">
                  <p>{t().noValues}</p>
                  <Link to={{ screen: "entry" }} class="button button-primary">
                    {t().enterData}
                  </Link>
                </div>
              }
            >
              <div class="area-grid">
                <For each={panels()}>
                  {(p) => (
                    <section
                      class="panel"
                      aria-labelledby={`area-${p.area.code}`}
                      classList={{ "panel-wide": chartsOf(p.area.code).length > 0 }}
                    >
                      <h2 id={`area-${p.area.code}`}>{lang() === "en" ? p.area.nameEn : p.area.nameVi}</h2>
                      <div class="panel-body">
                        <Show when={p.figures.length + p.rates.length > 0}>
                          <table class="figures">
                            <caption class="visually-hidden">{t().keyFigures}</caption>
                            <thead class="visually-hidden">
                              <tr>
                                <th scope="col">{t().figure}</th>
                                <th scope="col">{t().value}</th>
                              </tr>
                            </thead>
                            <tbody>
                              <For each={p.figures}>
                                {(f) => (
                                  <tr>
                                    <th scope="row">
                                      <Link to={{ screen: "entry", focus: f.indicator }}>{f.name}</Link>
                                    </th>
                                    <td class="num" data-key={f.key}>
                                      {f.text}
                                    </td>
                                  </tr>
                                )}
                              </For>
                              <For each={p.rates}>
                                {(r) => (
                                  <tr class="rate-row">
                                    <th scope="row">
                                      {r.name}
                                      <span class="formula">{t().formula(r.formula)}</span>
                                    </th>
                                    <td class="num" data-key={r.key}>
                                      {r.text}
                                    </td>
                                  </tr>
                                )}
                              </For>
                            </tbody>
                          </table>
                        </Show>
                        <Show when={chartsOf(p.area.code).length > 0}>
                          <div class="chart-grid">
                            <For each={chartsOf(p.area.code)}>{(spec) => <ChartView spec={spec} />}</For>
                          </div>
                        </Show>
                      </div>
                    </section>
                  )}
                </For>
              </div>
            </Show>
          </>
        )}
      </Loaded>
    </article>
  );
};
