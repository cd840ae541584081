/**
 * Under a compulsory indicator that has no value: the reason why there is none ("Lý do không có
 * số liệu", DHIS2's "missing values require a comment"), stated, corrected or withdrawn with the
 * version read (`PUT …/missing-reasons/{indicator}`). Without a value and without a reason the
 * report cannot be submitted. Read-only people see the reason as text.
 */
import { createSignal, type JSX, Show } from "solid-js";
import type { MissingReasonBody, MissingReasonInput } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FieldError } from "../ui/FieldError";
import { useAction } from "../ui/UseAction";

/** Props of `MissingReasonField`. */
export interface MissingReasonFieldProps {
  readonly indicator: string;
  readonly reason: MissingReasonBody | null;
  readonly readOnly: boolean;
  /** Saves the reason; the field is given the stored reason again afterwards. */
  readonly save: (input: MissingReasonInput) => Promise<unknown>;
}

const safeId = (s: string) => s.replace(/[^a-zA-Z0-9-]+/g, "_");

/** The reason field of one compulsory indicator without a value. */
export const MissingReasonField = (props: MissingReasonFieldProps): JSX.Element => {
  const { t } = useApp();
  const id = `missing-reason-${safeId(props.indicator)}`;
  const [text, setText] = createSignal(props.reason?.reason ?? "");
  const [problem, setProblem] = createSignal("");
  const { busy, error, run } = useAction();
  const send = (reason: string | null) => run(() => props.save({ reason, version: props.reason?.version ?? 0 }));
  const submit = (e: Event) => {
    e.preventDefault();
    if (text().trim() === "") {
      setProblem(t().missingReasonEmpty);
      return;
    }
    setProblem("");
    void send(text().trim());
  };
  return (
    <div class="missing-reason" data-missing-reason={props.indicator}>
      <Show
        when={!props.readOnly}
        fallback={
          <Show when={props.reason}>
            {(r) => (
              <p>
                <span class="field-label">{t().missingReasonStated(r().updatedBy)}:</span> {r().reason}
              </p>
            )}
          </Show>
        }
      >
        <form class="claim-edit" onSubmit={submit} novalidate>
          <label class="field" for={id}>
            <span class="field-label">{t().missingReason}</span>
          </label>
          <textarea
            id={id}
            rows={2}
            maxlength={2000}
            value={text()}
            aria-invalid={problem() ? "true" : undefined}
            aria-describedby={`${id}-error`}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <FieldError id={`${id}-error`} text={problem()} />
          <button type="submit" class="button" disabled={busy()}>
            {t().missingReasonSave}
          </button>
          <Show when={props.reason}>
            <button type="button" class="button button-quiet" disabled={busy()} onClick={() => void send(null)}>
              {t().missingReasonWithdraw}
            </button>
          </Show>
        </form>
        <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      </Show>
    </div>
  );
};
