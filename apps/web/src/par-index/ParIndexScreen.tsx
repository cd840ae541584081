/**
 * "Chỉ số CCHC" (`/chi-so`): a framework chosen from the list, the chosen unit's assessment as the
 * framework's tree (areas → scored criteria with self, computed, appraised and final scores, the
 * formulas' inputs and the evidence), the self-scoring form while the unit is in draft, the
 * appraisal forms and workflow buttons, a chart by area, and the ranking of the units under the
 * parent. The server decides who may do what; a refusal is shown with its message.
 */
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { AreaChart } from "./AreaChart";
import { CriterionRow } from "./CriterionRow";
import { makeParIndexApi, type ParState } from "./ParIndexApi";
import { byArea, points } from "./ParIndexModel";
import { RankingView } from "./RankingView";

/** The framework shown first: the one for the period's year, else the first listed. */
export const defaultFramework = (
  codes: ReadonlyArray<{ code: string; years: ReadonlyArray<number>; level: string }>,
  year: number,
): string | undefined =>
  (codes.find((f) => f.years.includes(year) && f.level === "department") ?? codes.find((f) => f.years.includes(year)) ?? codes[0])?.code;

/** The screen. */
const ParIndexScreen = (): JSX.Element => {
  const { api, http, router, t } = useApp();
  const par = makeParIndexApi(http);
  const year = () => Number(router.place().period.slice(0, 4));
  const [frameworks] = createResource(() => par.frameworks().then((r) => r.items));
  const [chosen, setChosen] = createSignal<string | undefined>(undefined);
  const code = createMemo(() => chosen() ?? (frameworks.error ? undefined : defaultFramework(frameworks() ?? [], year())));
  const [tree] = createResource(code, (c) => par.framework(c));
  const unit = () => router.place().unit;
  const [units] = createResource(() => api.units());
  // only a unit of the level the framework assesses has an assessment to show
  const assessed = createMemo(() => {
    const f = frameworks.error ? undefined : frameworks()?.find((x) => x.code === code());
    const u = units.error ? undefined : units()?.items.find((x) => x.code === unit());
    return f !== undefined && u !== undefined && u.kind === f.level;
  });
  const [assessment, { refetch }] = createResource(
    () => (code() && assessed() ? { f: code() as string, u: unit() } : undefined),
    ({ f, u }) => par.assessment(f, u),
  );
  const [documents] = createResource(() =>
    api.documents({}).then(
      (d) => d.items,
      () => [],
    ),
  );
  // the ranking is of the framework's level under the chosen unit, or under its parent when the chosen unit is of that level
  const parent = createMemo(() => {
    const f = frameworks()?.find((x) => x.code === code());
    const u = units()?.items.find((x) => x.code === unit());
    if (!f || !u) return undefined;
    return u.kind === f.level ? (u.parentCode ?? undefined) : u.code;
  });
  const [ranking, { refetch: refetchRanking }] = createResource(
    () => (code() && parent() ? { f: code() as string, p: parent() as string } : undefined),
    ({ f, p }) => par.ranking(f, p),
  );
  const [stepError, setStepError] = createSignal<unknown>(null);
  const [returnReason, setReturnReason] = createSignal("");
  const state = (): ParState | undefined => (assessment.error ? undefined : assessment()?.status);
  const step = async (command: "submit" | "return" | "appraise" | "publish") => {
    setStepError(null);
    try {
      await par.step(code() as string, unit(), command, command === "return" ? returnReason() : undefined);
      refetch();
      refetchRanking();
    } catch (e) {
      setStepError(e);
    }
  };
  const summary = () => frameworks()?.find((x) => x.code === code());
  return (
    <article class="screen" aria-labelledby="par-title">
      <h1 id="par-title">{t().parTitle}</h1>
      <Show when={!frameworks.error} fallback={<ErrorNotice error={frameworks.error} />}>
        <div class="filters panel">
          <label class="field">
            <span class="field-label">{t().parFramework}</span>
            <select value={code() ?? ""} onChange={(e) => setChosen(e.currentTarget.value)} data-testid="par-framework">
              <For each={frameworks() ?? []}>{(f) => <option value={f.code}>{`${f.code} — ${f.name}`}</option>}</For>
            </select>
          </label>
        </div>
        <Show when={summary()}>
          {(f) => (
            <section class="panel">
              <p>
                {t().parDecision(f().decision.number, f().decision.date.split("-").reverse().join("/"), f().decision.issuer)} —{" "}
                {t().parCriteriaCount(f().criteriaCount, points(f().maxScore))}
              </p>
              <Show when={f().illustrative}>
                <p class="notice notice-info" data-testid="par-illustrative">
                  {t().parIllustrativeNotice}
                </p>
              </Show>
              <Show when={!tree.error && tree()?.note}>{(n) => <p class="muted">{n()}</p>}</Show>
            </section>
          )}
        </Show>
      </Show>
      <Show when={units() && frameworks() && !assessed()}>
        <p class="notice notice-info" data-testid="par-choose-unit">
          {t().parChooseUnit}
        </p>
      </Show>
      <Show when={!assessment.error} fallback={<ErrorNotice error={assessment.error} onRetry={refetch} />}>
        <Show when={assessment()}>
          {(a) => (
            <>
              <section class="panel" aria-labelledby="par-unit-title">
                <h2 id="par-unit-title">{a().unitName}</h2>
                <p role="status" data-testid="par-totals">
                  <span class="badge">{t().parState(a().status)}</span>{" "}
                  {t().parTotals(points(a().total.self), points(a().total.appraised), points(a().total.final))}
                </p>
                <div class="inline-form">
                  <Show when={state() === "draft"}>
                    <button type="button" class="button" onClick={() => void step("submit")}>
                      {t().parSubmit}
                    </button>
                  </Show>
                  <Show when={state() === "submitted" || state() === "appraised"}>
                    <label class="field">
                      <span class="field-label">{t().parReasonLabel}</span>
                      <input value={returnReason()} onInput={(e) => setReturnReason(e.currentTarget.value)} />
                    </label>
                    <button type="button" class="button" onClick={() => void step("return")}>
                      {t().parReturn}
                    </button>
                  </Show>
                  <Show when={state() === "submitted"}>
                    <button type="button" class="button" onClick={() => void step("appraise")}>
                      {t().parAppraise}
                    </button>
                  </Show>
                  <Show when={state() === "appraised"}>
                    <button type="button" class="button" onClick={() => void step("publish")}>
                      {t().parPublish}
                    </button>
                  </Show>
                </div>
                <Show when={stepError()}>{(e) => <ErrorNotice error={e()} />}</Show>
              </section>
              <Show when={!tree.error && tree()}>
                {(tr) => (
                  <>
                    <AreaChart title={t().parChart(a().unitName)} areas={tr().areas} scores={a().byArea} />
                    <For each={byArea(tr().areas, a().criteria)}>
                      {(area) => (
                        <section class="panel">
                          <h2>
                            {area.code}. {area.name} — {points(a().byArea[area.code] ?? 0)} / {points(area.maxScore)}
                          </h2>
                          <div class="table-scroll">
                            <table class="doc-table">
                              <thead>
                                <tr>
                                  <th>{t().parCode}</th>
                                  <th>{t().parCriterion}</th>
                                  <th>{t().parMax}</th>
                                  <th>{t().parSelf}</th>
                                  <th>{t().parAppraised}</th>
                                  <th>{t().parFinal}</th>
                                </tr>
                              </thead>
                              <tbody>
                                <For each={area.criteria}>
                                  {(c) => (
                                    <CriterionRow
                                      criterion={c}
                                      selfScoring={a().status === "draft"}
                                      appraising={a().status === "submitted" || a().status === "appraised"}
                                      documents={documents() ?? []}
                                      onSave={async (w) => {
                                        await par.writeCriterion(a().framework, a().unit, c.code, w);
                                        refetch();
                                        refetchRanking();
                                      }}
                                    />
                                  )}
                                </For>
                              </tbody>
                            </table>
                          </div>
                        </section>
                      )}
                    </For>
                  </>
                )}
              </Show>
            </>
          )}
        </Show>
      </Show>
      <Show when={!ranking.error && ranking()}>
        {(r) => (
          <RankingView
            ranking={r()}
            xlsxUrl={par.rankingUrl(r().framework, r().parent, "xlsx")}
            docxUrl={par.rankingUrl(r().framework, r().parent, "docx")}
          />
        )}
      </Show>
      <Show when={ranking.error}>{(e) => <ErrorNotice error={e()} />}</Show>
    </article>
  );
};

export default ParIndexScreen;
