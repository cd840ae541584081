/**
 * Shown after sign-in while the account must change its password (a one-time password from the
 * first start or an administrator's reset): the server refuses everything else with 403
 * PASSWORD_CHANGE_REQUIRED until `POST /auth/password` succeeds.
 */
import { createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { SubmitRow } from "../ui/SubmitRow";

/** Props of `ChangePasswordScreen`. */
export interface ChangePasswordScreenProps {
  readonly onDone: () => void;
}

/** The forced change-password form. */
export const ChangePasswordScreen = (props: ChangePasswordScreenProps): JSX.Element => {
  const { api, t } = useApp();
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [again, setAgain] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (next().length < 10) return setProblem(t().passwordTooShort);
    if (next() !== again()) return setProblem(t().passwordsDiffer);
    setProblem(null);
    setBusy(true);
    try {
      await api.changePassword(current(), next());
      props.onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = (label: string, autocomplete: string, value: () => string, set: (v: string) => void) => (
    <label class="field">
      <span class="field-label">{label}</span>
      <input type="password" autocomplete={autocomplete} required value={value()} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );
  return (
    <article class="screen screen-narrow" aria-labelledby="change-password-title" data-testid="change-password">
      <h1 id="change-password-title">{t().changePasswordTitle}</h1>
      <p>{t().changePasswordIntro}</p>
      <form onSubmit={submit} class="stack">
        {field(t().currentPassword, "current-password", current, setCurrent)}
        {field(t().newPassword, "new-password", next, setNext)}
        {field(t().confirmPassword, "new-password", again, setAgain)}
        <Show when={problem()}>
          {(p) => (
            <p class="notice notice-error" role="alert">
              {p()}
            </p>
          )}
        </Show>
        <SubmitRow error={error()} disabled={busy()}>
          {t().changePassword}
        </SubmitRow>
      </form>
    </article>
  );
};
