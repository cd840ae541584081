/**
 * "Nhập số liệu": loads the catalogue, the rules, the stored values and stated rates of the unit
 * and period, and the report's workflow state, then shows the form — editable, or as text with
 * the reason (a viewer; a period an approval locked: "Kỳ đã được phê duyệt ngày … bởi …"). The
 * form is rebuilt when the unit or period changes.
 */
import * as Period from "@cchc/domain/Period";
import { Either } from "effect";
import { createEffect, createResource, For, type JSX, Show } from "solid-js";
import type { WorkflowBody } from "../api/Answers";
import { isMissingRoute } from "../api/Http";
import { useApp } from "../shell/AppContext";
import { UnitScreenHead } from "../shell/UnitScreenHead";
import { ErrorNotice } from "../ui/ErrorNotice";
import { ClaimsPanel } from "./ClaimsPanel";
import { EntryForm } from "./EntryForm";
import { LockNotice } from "./LockNotice";
import { rulesOf } from "./RuleSource";
import { useLockState } from "./UseLockState";

/** The data-entry screen. */
const EntryScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [data, { refetch }] = createResource(key, async ({ unit, period }) => {
    const w = Period.window(period);
    if (Either.isLeft(w)) throw new Error(`Mã kỳ báo cáo không hợp lệ: ${period}`);
    const [catalogue, values, workflow] = await Promise.all([
      api.catalogue(Number(period.slice(0, 4))),
      api.values(unit, period),
      // an older server without the workflow: the form stays as it was
      api.workflow(unit, period).catch(() => null as WorkflowBody | null),
    ]);
    // without the rules the form still works; the rules then run on the server only
    const rules = await rulesOf(api, catalogue).catch((e: unknown) => (isMissingRoute(e) ? [] : Promise.reject(e)));
    return { unit, period, catalogue, rules, values: values.items, claims: values.claims ?? [], workflow, window: w.right };
  });
  // an older server without completeness: no compulsory marks, no reason fields
  const [completeness, { refetch: refetchCompleteness }] = createResource(key, ({ unit, period }) =>
    api.completeness(unit, period).catch(() => null),
  );
  const [claims, { refetch: refetchClaims }] = createResource(key, ({ unit, period }) =>
    api.values(unit, period).then((v) => v.claims ?? []),
  );
  // reading a failed resource throws: its data is read only when it loaded
  const loaded = () => (data.error ? undefined : data());
  const lock = useLockState(() => loaded()?.workflow);
  // a finding's link to a stated rate lands on its row once the rows are there
  let scrolled = false;
  createEffect(() => {
    const focus = router.place().focus;
    if (scrolled || !loaded() || claims.error || !claims() || !focus.startsWith("claim-")) return;
    scrolled = true;
    queueMicrotask(() => document.getElementById(focus)?.scrollIntoView?.({ block: "center" }));
  });
  return (
    <article class="screen" aria-labelledby="entry-title">
      <UnitScreenHead titleId="entry-title" title={t().entryTitle} intro={t().entryIntro} />
      <LockNotice lock={lock()} loaded={Boolean(loaded())} />
      <Show when={!completeness.error && (completeness()?.missing.length ?? 0) > 0 && !lock().readOnly}>
        <div class="notice notice-error" role="status" data-missing-compulsory>
          <p>{t().missingTitle(completeness()?.missing.length ?? 0)}:</p>
          <ul>
            <For each={completeness()?.missing ?? []}>
              {(m) => (
                <li>
                  <a href={`#${m.indicator}`}>{m.nameVi}</a> ({m.indicator})
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={!data.error} fallback={<ErrorNotice error={data.error} onRetry={refetch} />}>
        <Show when={data()} keyed fallback={<p class="muted">{t().loading}</p>}>
          {(d) => (
            <>
              <ClaimsPanel
                claims={claims.error ? d.claims : (claims() ?? d.claims)}
                readOnly={lock().readOnly}
                nameOf={(rate) => d.catalogue.rates.find((r) => r.code === rate)?.nameVi ?? rate}
                save={async (claim) => {
                  await api.putClaim(d.unit, d.period, claim);
                  await refetchClaims();
                }}
              />
              <EntryForm
                context={{ rules: d.rules, rates: d.catalogue.rates, indicators: d.catalogue.indicators, window: d.window }}
                values={d.values}
                focus={router.place().focus}
                readOnly={lock().readOnly}
                writable={lock().writable}
                completeness={completeness.error ? null : (completeness() ?? null)}
                saveReason={async (indicator, input) => {
                  await api.putMissingReason(d.unit, d.period, indicator, input);
                  await refetchCompleteness();
                }}
                history={(indicator) => api.valueHistory(d.unit, d.period, indicator)}
                save={async (values) => {
                  await api.saveValues(d.unit, d.period, values);
                  void refetchCompleteness();
                  return (await api.values(d.unit, d.period)).items;
                }}
              />
            </>
          )}
        </Show>
      </Show>
    </article>
  );
};

export default EntryScreen;
