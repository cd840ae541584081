/**
 * "Dùng số tính được": replaces a stated rate that disagrees with its counts by the computed one
 * (`PUT …/claims` with the version read), then tells the screen to read its findings again.
 */
import { formatPercent } from "@cchc/domain/VnRate";
import { createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import type { ClaimRef } from "./FindingTarget";

/** Props of `ClaimFix`. */
export interface ClaimFixProps {
  readonly claim: ClaimRef;
  /** Called after the claim was corrected. */
  readonly onFixed: () => void;
}

/** The button that writes the computed rate as the stated one. */
export const ClaimFix = (props: ClaimFixProps): JSX.Element => {
  const { api, router, t } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const fix = async () => {
    const computed = props.claim.computed;
    if (computed === null) return;
    setBusy(true);
    setError(null);
    try {
      const { unit, period } = router.place();
      const current = (await api.values(unit, period)).claims?.find(
        (c) => c.rate === props.claim.rate && c.disaggregation === props.claim.disaggregation,
      );
      const { rate, disaggregation } = props.claim;
      await api.putClaim(unit, period, { rate, disaggregation, stated: computed, version: current?.version ?? 0 });
      props.onFixed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={props.claim.computed !== null}>
      <button type="button" class="button button-small" disabled={busy()} onClick={() => void fix()}>
        {t().useComputed(formatPercent(props.claim.computed ?? 0, 1))}
      </button>
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </Show>
  );
};
