/**
 * The reminder rules of a unit: read by everyone who reads the unit, edited by its
 * administrators (days before, on the day, weekly while overdue).
 */
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Outcome } from "../ui/Outcome";
import type { DeadlinesApi, ReminderRule } from "./DeadlinesApi";

/** Props of the panel. */
export interface ReminderRulesPanelProps {
  readonly api: DeadlinesApi;
  readonly unit: string;
  readonly canEdit: boolean;
}

/** Reads "5, 1" as working days 1..60, or undefined when a part is not one. */
export const parseDays = (text: string): ReadonlyArray<number> | undefined => {
  const parts = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const days = parts.map(Number);
  return days.every((n) => Number.isInteger(n) && n >= 1 && n <= 60) ? [...new Set(days)].sort((a, b) => b - a) : undefined;
};

/** The panel. */
export const ReminderRulesPanel = (props: ReminderRulesPanelProps): JSX.Element => {
  const { t } = useApp();
  const [rules, { mutate }] = createResource(
    () => props.unit,
    (u) => props.api.rules(u),
  );
  const [status, setStatus] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<unknown>(null);
  const label = (r: ReminderRule) =>
    r.kind === "before"
      ? t()["rule.before"](r.workingDays)
      : r.kind === "on-day"
        ? t()["rule.on-day"]
        : t()["rule.overdue-weekly"](r.maxWeeks);
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    setStatus(null);
    setFailure(null);
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const days = parseDays(String(form.get("before") ?? ""));
    const weeks = Number(form.get("weeks") ?? 0);
    if (days === undefined || !Number.isInteger(weeks) || weeks < 0 || weeks > 52) {
      setStatus(t().rulesBadDays);
      return;
    }
    const next: ReminderRule[] = [
      ...days.map((n): ReminderRule => ({ kind: "before", workingDays: n })),
      ...(form.get("onDay") === "on" ? [{ kind: "on-day" } as const] : []),
      ...(weeks > 0 ? [{ kind: "overdue-weekly", maxWeeks: weeks } as const] : []),
    ];
    try {
      mutate(await props.api.saveRules(props.unit, next));
      setStatus(t().rulesSaved);
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <section class="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">{t().rulesTitle}</h2>
      <Show when={!rules.error} fallback={<ErrorNotice error={rules.error} />}>
        <Show when={rules()} fallback={<p class="muted">{t().loading}</p>}>
          {(r) => (
            <>
              <p class="muted">{r().custom ? t().rulesCustom : t().rulesDefault}</p>
              <ul data-testid="reminder-rules">
                <For each={r().rules}>{(rule) => <li>{label(rule)}</li>}</For>
              </ul>
              <Show when={props.canEdit}>
                <form class="reminder-prefs rules-form" onSubmit={(e) => void save(e)} aria-label={t().rulesTitle}>
                  <label>
                    {t().rulesBeforeDays}
                    <input
                      name="before"
                      inputmode="numeric"
                      value={r()
                        .rules.flatMap((x) => (x.kind === "before" ? [x.workingDays] : []))
                        .join(", ")}
                    />
                  </label>
                  <label class="checkbox">
                    <input type="checkbox" name="onDay" checked={r().rules.some((x) => x.kind === "on-day")} />
                    {t().rulesOnDay}
                  </label>
                  <label>
                    {t().rulesWeeks}
                    <input
                      name="weeks"
                      type="number"
                      min="0"
                      max="52"
                      value={r().rules.flatMap((x) => (x.kind === "overdue-weekly" ? [x.maxWeeks] : []))[0] ?? 0}
                    />
                  </label>
                  <button type="submit" class="button">
                    {t().rulesSave}
                  </button>
                </form>
              </Show>
            </>
          )}
        </Show>
      </Show>
      <Outcome message={status()} error={failure()} />
    </section>
  );
};
