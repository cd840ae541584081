/**
 * "Nhập số liệu": loads the catalogue, the rules and the stored values of the unit and period,
 * then shows the form. The form is rebuilt when the unit or period changes.
 */
import * as Period from "@cchc/domain/Period";
import { Either } from "effect";
import { createResource, type JSX, Show } from "solid-js";
import { isMissingRoute } from "../api/Http";
import { useApp } from "../shell/AppContext";
import { periodText } from "../shell/PeriodText";
import { useUnitName } from "../shell/UnitName";
import { ErrorNotice } from "../ui/ErrorNotice";
import { EntryForm } from "./EntryForm";
import { rulesOf } from "./RuleSource";

/** The data-entry screen. */
const EntryScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const unitName = useUnitName();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [data, { refetch }] = createResource(key, async ({ unit, period }) => {
    const w = Period.window(period);
    if (Either.isLeft(w)) throw new Error(`Mã kỳ báo cáo không hợp lệ: ${period}`);
    const [catalogue, values] = await Promise.all([api.catalogue(Number(period.slice(0, 4))), api.values(unit, period)]);
    // without the rules the form still works; the rules then run on the server only
    const rules = await rulesOf(api, catalogue).catch((e: unknown) => (isMissingRoute(e) ? [] : Promise.reject(e)));
    return { unit, period, catalogue, rules, values: values.items, window: w.right };
  });
  return (
    <article class="screen" aria-labelledby="entry-title">
      <h1 id="entry-title">{t().entryTitle}</h1>
      <p class="lead">
        {unitName()} — {periodText(router.place().period, router.place().lang)}. {t().entryIntro}
      </p>
      <Show when={!data.error} fallback={<ErrorNotice error={data.error} onRetry={refetch} />}>
        <Show when={data()} keyed fallback={<p class="muted">{t().loading}</p>}>
          {(d) => (
            <EntryForm
              context={{ rules: d.rules, rates: d.catalogue.rates, indicators: d.catalogue.indicators, window: d.window }}
              values={d.values}
              focus={router.place().focus}
              history={(indicator) => api.valueHistory(d.unit, d.period, indicator)}
              save={async (values) => {
                await api.saveValues(d.unit, d.period, values);
                return (await api.values(d.unit, d.period)).items;
              }}
            />
          )}
        </Show>
      </Show>
    </article>
  );
};

export default EntryScreen;
