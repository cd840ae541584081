/**
 * The period chooser: a year and a period of that year (the periods of Nghị định 09/2019),
 * with the data window shown as the report states it: "6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)".
 * The window shown is the API's answer (`GET /periods/{code}`, see `PeriodWindow`); the choices
 * (years, periods of a year) are the domain's list of Nghị định 09/2019 periods.
 */
import * as Period from "@cchc/domain/Period";
import { Either } from "effect";
import { createMemo, For, type JSX } from "solid-js";
import { useApp } from "./AppContext";
import { usePeriodLine } from "./PeriodWindow";

/** Years offered: from 2019 (Nghị định 09/2019) to next year. */
const yearsUpTo = (last: number): ReadonlyArray<number> => Array.from({ length: last - 2019 + 1 }, (_, i) => last - i);

/** Chooses the period of the view. */
export const PeriodPicker = (): JSX.Element => {
  const { router, t } = useApp();
  const code = () => router.place().period;
  const line = usePeriodLine();
  const year = createMemo(() => Either.getOrElse(Period.year(code()), () => 2022));
  const years = yearsUpTo(Math.max(new Date().getFullYear() + 1, 2022));
  const codes = createMemo(() => Period.periodsOf(year(), "nd09"));
  const labelOf = (c: string) => Either.getOrElse(router.place().lang === "en" ? Period.labelEn(c) : Period.label(c), () => c);
  const changeYear = (y: number) => {
    const kindNow = Either.getOrElse(Period.parse(code()), () => ({ year: y, kind: "half" as const, index: 1 }));
    return router.go({ period: Period.make({ ...kindNow, year: y }) });
  };
  return (
    <section class="period-picker" aria-labelledby="period-picker-title">
      <h2 id="period-picker-title" class="picker-title">
        {t().period}
      </h2>
      <div class="period-fields">
        <label class="field field-narrow">
          <span class="field-label">{t().year}</span>
          <select
            value={String(year())}
            onChange={(e) => {
              // a refused change (unsaved data entry) puts the shown choice back
              if (!changeYear(Number(e.currentTarget.value))) e.currentTarget.value = String(year());
            }}
          >
            <For each={years}>
              {(y) => (
                <option value={String(y)} selected={y === year()}>
                  {y}
                </option>
              )}
            </For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">{t().periodOfYear}</span>
          <select
            value={code()}
            onChange={(e) => {
              if (!router.go({ period: e.currentTarget.value })) e.currentTarget.value = code();
            }}
          >
            <For each={codes()}>
              {(c) => (
                <option value={c} selected={c === code()}>
                  {labelOf(c)}
                </option>
              )}
            </For>
          </select>
        </label>
      </div>
      <p class="period-window" classList={{ "field-error": line().source === "error" }} aria-live="polite">
        <output data-source={line().source}>{line().text}</output>
      </p>
    </section>
  );
};
