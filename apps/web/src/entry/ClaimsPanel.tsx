/**
 * The rates the report's text states, beside the rates the figures give: each can be corrected
 * (a new figure, or the computed one with "Dùng số tính được") or withdrawn, with the version read
 * (`PUT …/claims`). Read-only people see them as text. A finding's link lands on the row.
 */
import { parseDecimal } from "@cchc/domain/VnNumber";
import { formatPercent } from "@cchc/domain/VnRate";
import { Either } from "effect";
import { createSignal, For, type JSX, Show } from "solid-js";
import type { ClaimCheckBody, ClaimInput } from "../api/Answers";
import { claimAnchor } from "../findings/FindingTarget";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FieldError } from "../ui/FieldError";
import { useAction } from "../ui/UseAction";

/** Props of `ClaimsPanel`. */
export interface ClaimsPanelProps {
  readonly claims: ReadonlyArray<ClaimCheckBody>;
  /** Names of the rates by code. */
  readonly nameOf: (rate: string) => string;
  readonly readOnly: boolean;
  /** Saves a correction; the panel is given the claims again afterwards. */
  readonly save: (claim: ClaimInput) => Promise<unknown>;
}

const ClaimRow = (props: { claim: ClaimCheckBody; name: string; readOnly: boolean; save: ClaimsPanelProps["save"] }) => {
  const { t } = useApp();
  const c = () => props.claim;
  const [text, setText] = createSignal("");
  const [problem, setProblem] = createSignal("");
  const { busy, error, run } = useAction();
  const id = claimAnchor(c().rate, c().disaggregation);
  const send = (stated: number | null) =>
    run(async () => {
      await props.save({ rate: c().rate, disaggregation: c().disaggregation, stated, version: c().version ?? 0 });
      setText("");
    });
  const saveTyped = (e: Event) => {
    e.preventDefault();
    const parsed = parseDecimal(text().replace("%", "").trim());
    if (Either.isLeft(parsed)) {
      setProblem(t().claimInvalid);
      return;
    }
    setProblem("");
    void send(parsed.right);
  };
  return (
    <li id={id} class="claim" classList={{ "claim-differs": c().matches === false }}>
      <p class="claim-name">
        <strong>{props.name}</strong>
        <Show when={c().disaggregation}> [{c().disaggregation}]</Show>
      </p>
      <Show when={c().text}>
        <p class="claim-text">“{c().text}”</p>
      </Show>
      <dl class="claim-figures">
        <dt>{t().claimStated}</dt>
        <dd data-claim-stated>{c().statedText}</dd>
        <dt>{t().claimComputed}</dt>
        <dd>{c().computedText}</dd>
        <dd>
          <span class={c().matches === false ? "badge badge-error" : "badge badge-ok"}>
            {c().matches === false ? t().claimDiffers : t().claimMatches}
          </span>
        </dd>
      </dl>
      <Show when={!props.readOnly}>
        <form class="claim-edit" onSubmit={saveTyped} novalidate>
          <label class="field field-narrow">
            <span class="field-label">{t().claimNew}</span>
            <input
              inputmode="decimal"
              autocomplete="off"
              value={text()}
              aria-invalid={problem() ? "true" : undefined}
              aria-describedby={`${id}-error`}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <FieldError id={`${id}-error`} text={problem()} />
          </label>
          <button type="submit" class="button" disabled={busy()}>
            {t().claimSave}
          </button>
          <Show when={c().matches === false && c().computed !== null}>
            <button type="button" class="button button-primary" disabled={busy()} onClick={() => void send(c().computed)}>
              {t().useComputed(formatPercent(c().computed ?? 0, c().decimals))}
            </button>
          </Show>
          <button type="button" class="button button-quiet" disabled={busy()} onClick={() => void send(null)}>
            {t().claimWithdraw}
          </button>
        </form>
        <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      </Show>
    </li>
  );
};

/** The stated rates of a unit's period. */
export const ClaimsPanel = (props: ClaimsPanelProps): JSX.Element => {
  const { t } = useApp();
  return (
    <Show when={props.claims.length > 0}>
      <section class="panel claims" aria-labelledby="claims-title">
        <h2 id="claims-title">{t().claimsTitle}</h2>
        <p class="muted">{t().claimsIntro}</p>
        <ul class="claim-list">
          <For each={props.claims}>
            {(c) => <ClaimRow claim={c} name={props.nameOf(c.rate)} readOnly={props.readOnly} save={props.save} />}
          </For>
        </ul>
      </section>
    </Show>
  );
};
