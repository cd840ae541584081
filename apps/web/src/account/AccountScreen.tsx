/**
 * "Tài khoản": the signed-in person's profile (name, user name, roles by unit), password change,
 * and their own API tokens — create (the secret is shown once), list, revoke — for the `cchc`
 * command and other systems.
 */
import { roleLabelVi, type TokenScope } from "@cchc/domain/access/Role";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { TokenBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useSession } from "../shell/Session";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Outcome } from "../ui/Outcome";

const SCOPES: ReadonlyArray<TokenScope> = ["read", "write-values", "write-dossiers", "approve"];
const day = (iso: string | null) => (iso === null ? "—" : new Date(iso).toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }));

/** The account screen. */
const AccountScreen = (): JSX.Element => {
  const { api, t } = useApp();
  const session = useSession();
  const user = () => session?.user() ?? null;
  // password
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [again, setAgain] = createSignal("");
  const [pwMessage, setPwMessage] = createSignal("");
  const [pwError, setPwError] = createSignal<unknown>(null);
  const changePassword = async (e: Event) => {
    e.preventDefault();
    setPwMessage("");
    setPwError(null);
    if (next() !== again()) return setPwMessage(t().passwordMismatch);
    try {
      await api.changePassword(current(), next());
      setCurrent("");
      setNext("");
      setAgain("");
      setPwMessage(t().passwordChanged);
    } catch (x) {
      setPwError(x);
    }
  };
  // tokens
  const [tokens, { refetch }] = createResource(() => api.tokens());
  const [name, setName] = createSignal("");
  const [scopes, setScopes] = createSignal<ReadonlySet<TokenScope>>(new Set<TokenScope>(["read"]));
  const [secret, setSecret] = createSignal("");
  const [tokenError, setTokenError] = createSignal<unknown>(null);
  const home = () => user()?.grants?.[0]?.unit ?? "*";
  const create = async (e: Event) => {
    e.preventDefault();
    setTokenError(null);
    try {
      const made = await api.createToken({ name: name().trim() || "cchc", scopes: [...scopes()], unit: home(), expiresInDays: 365 });
      setSecret(made.token);
      setName("");
      void refetch();
    } catch (x) {
      setTokenError(x);
    }
  };
  const revoke = async (tk: TokenBody) => {
    setTokenError(null);
    try {
      await api.revokeToken(tk.id);
      void refetch();
    } catch (x) {
      setTokenError(x);
    }
  };
  return (
    <article class="screen" aria-labelledby="account-title">
      <h1 id="account-title">{t().accountTitle}</h1>
      <Show when={user()}>
        {(u) => (
          <section class="panel" aria-labelledby="profile-title">
            <h2 id="profile-title">{t().profileTitle}</h2>
            <dl class="record-fields">
              <dt>{t().displayName}</dt>
              <dd>{u().displayName}</dd>
              <dt>{t().username}</dt>
              <dd>{u().username}</dd>
              <dt>{t().rolesTitle}</dt>
              <dd>
                <ul>
                  <For each={u().grants ?? []}>
                    {(g) => <li>{`${roleLabelVi[g.role]} — ${g.unit === "*" ? t().everyUnit : g.unit}`}</li>}
                  </For>
                </ul>
              </dd>
            </dl>
          </section>
        )}
      </Show>
      <section class="panel" aria-labelledby="password-title">
        <h2 id="password-title">{t().passwordTitle}</h2>
        <form class="stack" onSubmit={(e) => void changePassword(e)}>
          <label class="field">
            <span class="field-label">{t().passwordCurrent}</span>
            <input type="password" autocomplete="current-password" value={current()} onInput={(e) => setCurrent(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span class="field-label">{t().passwordNew}</span>
            <input type="password" autocomplete="new-password" value={next()} onInput={(e) => setNext(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span class="field-label">{t().passwordAgain}</span>
            <input type="password" autocomplete="new-password" value={again()} onInput={(e) => setAgain(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button button-primary">
            {t().passwordChange}
          </button>
          <Outcome message={pwMessage()} error={pwError()} />
        </form>
      </section>
      <section class="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t().tokensTitle}</h2>
        <p class="muted">{t().tokensIntro}</p>
        <form class="stack" onSubmit={(e) => void create(e)}>
          <label class="field">
            <span class="field-label">{t().tokenName}</span>
            <input value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <fieldset class="item-choice">
            <legend>{t().tokenScopes}</legend>
            <For each={SCOPES}>
              {(sc) => (
                <label class="check">
                  <input
                    type="checkbox"
                    checked={scopes().has(sc)}
                    onChange={(e) => {
                      const s = new Set(scopes());
                      if (e.currentTarget.checked) s.add(sc);
                      else s.delete(sc);
                      setScopes(s);
                    }}
                  />{" "}
                  {sc}
                </label>
              )}
            </For>
          </fieldset>
          <button type="submit" class="button">
            {t().tokenCreate}
          </button>
        </form>
        <Show when={secret()}>
          <div class="notice notice-ok" role="status">
            <p class="notice-title">{t().tokenShownOnce}</p>
            <code class="token-secret">{secret()}</code>
          </div>
        </Show>
        <Show when={tokenError()}>{(x) => <ErrorNotice error={x()} />}</Show>
        <Show when={!tokens.error} fallback={<ErrorNotice error={tokens.error} onRetry={refetch} />}>
          <ul class="record-list">
            <For each={(tokens() ?? []).filter((tk) => tk.revokedAt === null)}>
              {(tk) => (
                <li class="record">
                  <strong>{tk.name}</strong> <code>{tk.prefix}…</code> — {tk.scopes.join(", ")} · {tk.unit} ·{" "}
                  {t().tokenCreated(day(tk.createdAt))}
                  {" · "}
                  {t().tokenExpires(day(tk.expiresAt))}{" "}
                  <button type="button" class="button button-quiet button-small" onClick={() => void revoke(tk)}>
                    {t().tokenRevoke}
                    <span class="visually-hidden"> {tk.name}</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </article>
  );
};

export default AccountScreen;
