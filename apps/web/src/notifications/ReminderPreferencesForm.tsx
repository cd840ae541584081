/**
 * The reminder settings of the signed-in user: e-mail address, daily digest on or off, the hour it
 * comes. Self-contained (it loads and saves through the API), so the account page (/tai-khoan)
 * can place it as is; the notification panel shows it too.
 */
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { ApiFailure } from "../api/Http";
import { useApp } from "../shell/AppContext";
import { Outcome } from "../ui/Outcome";
import { makeNotificationsApi } from "./NotificationsApi";

/** Props of the form. */
export interface ReminderPreferencesFormProps {
  /** Called after a successful save. */
  readonly onSaved?: () => void;
}

/** The form. */
export const ReminderPreferencesForm = (props: ReminderPreferencesFormProps): JSX.Element => {
  const { http, t } = useApp();
  const api = makeNotificationsApi(http);
  const [prefs] = createResource(() => api.preferences());
  const [status, setStatus] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const email = String(form.get("email") ?? "").trim();
    setSaving(true);
    setStatus(null);
    try {
      await api.savePreferences({
        email: email === "" ? null : email,
        emailEnabled: form.get("emailEnabled") === "on",
        digestHour: Number(form.get("digestHour")),
      });
      setStatus(t().reminderSaved);
      props.onSaved?.();
    } catch (err) {
      setStatus(err instanceof ApiFailure ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Show when={prefs()} fallback={<p class="muted">{t().loading}</p>}>
      {(p) => (
        <form class="reminder-prefs" onSubmit={(e) => void submit(e)} aria-label={t().reminderSettings}>
          <label>
            {t().reminderEmail}
            <input type="email" name="email" value={p().email ?? ""} autocomplete="email" />
          </label>
          <label class="checkbox">
            <input type="checkbox" name="emailEnabled" checked={p().emailEnabled} />
            {t().reminderEmailEnabled}
          </label>
          <label>
            {t().reminderDigestHour}
            <select name="digestHour">
              <For each={Array.from({ length: 24 }, (_, h) => h)}>
                {(h) => (
                  <option value={h} selected={h === p().digestHour}>
                    {`${h}:00`}
                  </option>
                )}
              </For>
            </select>
          </label>
          <button type="submit" class="button" disabled={saving()}>
            {saving() ? t().saving : t().save}
          </button>
          <Outcome message={status()} />
        </form>
      )}
    </Show>
  );
};

export default ReminderPreferencesForm;
