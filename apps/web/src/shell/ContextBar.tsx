/**
 * The unit and period of the view. On wide screens both choosers stand beside the content; on
 * narrow ones (phones, under 60rem) they fold into one summary line — "Tỉnh Đồng Tháp · 6 tháng
 * đầu năm 2022 (15/12/2021 – 14/6/2022)" — with a "Đổi" button, so the first screen shows the
 * content rather than two forms. Which one shows is decided by CSS, so turning a tablet
 * switches without reloading; choosing a unit folds the choosers again.
 */
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js";
import { useApp } from "./AppContext";
import { PeriodPicker } from "./PeriodPicker";
import { usePeriodLine } from "./PeriodWindow";
import { useAccess } from "./Session";
import { useUnitName } from "./UnitName";
import { UnitPicker } from "./UnitPicker";

/** The unit and period choosers with their compact summary for narrow screens. */
export const ContextBar = (): JSX.Element => {
  const { router, t } = useApp();
  const unitName = useUnitName();
  // the same window line as the period picker's: the API's answer
  const periodLine = usePeriodLine();
  const [open, setOpen] = createSignal(false);
  // a person with grants on several separate branches chooses among them in one tap
  const access = useAccess();
  let toggle: HTMLButtonElement | undefined;
  // a unit is chosen with one tap: fold the choosers and bring the person back to the summary
  createEffect(
    on(
      () => router.place().unit,
      () => {
        if (!open()) return;
        setOpen(false);
        toggle?.focus();
      },
      { defer: true },
    ),
  );
  return (
    <aside class="context-bar" classList={{ "context-open": open() }} aria-label={t().contextNow}>
      <div class="context-summary">
        <p class="context-summary-text">
          <strong>{unitName()}</strong>
          <span class="context-summary-period" data-source={periodLine().source}>
            {periodLine().text}
          </span>
        </p>
        <button
          ref={toggle}
          type="button"
          class="button context-toggle"
          aria-expanded={open() ? "true" : "false"}
          aria-controls="context-choosers"
          aria-label={open() ? undefined : t().contextChangeLabel}
          onClick={() => setOpen(!open())}
        >
          {open() ? t().contextDone : t().contextChange}
        </button>
      </div>
      <div id="context-choosers" class="context-choosers">
        <Show when={access.homes().length > 1}>
          <nav class="home-units" aria-label={t().homeUnits}>
            <h2 class="picker-title">{t().homeUnits}</h2>
            <ul>
              <For each={access.homes()}>
                {(code) => (
                  <li>
                    <button
                      type="button"
                      class="unit-choice"
                      aria-current={router.place().unit === code ? "true" : undefined}
                      onClick={() => router.go({ unit: code })}
                    >
                      {code}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>
        <PeriodPicker />
        {/* folded on narrow screens until "Đổi": once shown, the tree is what the person came for */}
        <UnitPicker initiallyOpen />
      </div>
    </aside>
  );
};
