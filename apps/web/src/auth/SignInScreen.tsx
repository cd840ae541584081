/**
 * Shown when the API answers 401: user name and password sent to `POST /auth/sign-in`; the
 * session cookie the server sets is used by every later call. The demo accounts and their
 * password are shown only when `GET /health` says the server holds them.
 */
import { createResource, createSignal, type JSX, Show } from "solid-js";
import type { SessionBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { SubmitRow } from "../ui/SubmitRow";
import { useAction } from "../ui/UseAction";

/** Props of `SignInScreen`. */
export interface SignInScreenProps {
  readonly onDone: (session: SessionBody) => void;
}

/** The sign-in form. */
export const SignInScreen = (props: SignInScreenProps): JSX.Element => {
  const { api, t } = useApp();
  const [username, setUsername] = createSignal("");
  const [password, setPassword] = createSignal("");
  const { busy, error, run } = useAction();
  // an older server (no flag) or a failed probe: say nothing about demo accounts
  const [demo] = createResource(() =>
    api.health().then(
      (h) => h.demo === true,
      () => false,
    ),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    return run(async () => props.onDone(await api.signIn(username(), password())));
  };
  return (
    <article class="screen screen-narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t().signInTitle}</h1>
      <p>{t().signInIntro}</p>
      <Show when={demo()}>
        <p class="muted" data-testid="demo-accounts">
          {t().signInDemo}
        </p>
      </Show>
      <form onSubmit={submit} class="stack">
        <label class="field">
          <span class="field-label">{t().username}</span>
          <input autocomplete="username" required value={username()} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{t().password}</span>
          <input
            type="password"
            autocomplete="current-password"
            required
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <SubmitRow error={error()} disabled={busy()}>
          {t().signIn}
        </SubmitRow>
      </form>
    </article>
  );
};
