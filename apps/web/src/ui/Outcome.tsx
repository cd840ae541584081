/**
 * What came of a form's last submit, under the form: its status line ("Đã lưu", a refusal the
 * form itself found) and, when the request failed, the failure — the account, reminder-rule and
 * reminder-preference forms each wrote these two lines by hand.
 */
import { type JSX, Show } from "solid-js";
import { ErrorNotice } from "./ErrorNotice";

/** Props of `Outcome`. */
export interface OutcomeProps {
  /** The status line; nothing is shown while it is empty. */
  readonly message: string | null;
  /** Why the last request failed, if it did. */
  readonly error?: unknown;
}

/** The `<p role="status">` and the failure notice. */
export const Outcome = (props: OutcomeProps): JSX.Element => (
  <>
    <Show when={props.message}>
      <p role="status">{props.message}</p>
    </Show>
    <Show when={props.error}>{(e) => <ErrorNotice error={e()} />}</Show>
  </>
);
