/**
 * The foot of a form: the failure of its last submit, if any, above the one primary submit
 * button — the sign-in, password, check, import and search forms each wrote this by hand.
 */
import { type JSX, Show } from "solid-js";
import { ErrorNotice } from "./ErrorNotice";

/** Props of `SubmitRow`. */
export interface SubmitRowProps {
  /** Why the last submit failed, shown above the button (nothing when it did not). */
  readonly error?: unknown;
  /** Whether the button waits (a request running, or nothing to send yet). */
  readonly disabled?: boolean;
  /** The button's text. */
  readonly children: JSX.Element;
}

/** The failure notice and the `<div class="actions">` with the submit button. */
export const SubmitRow = (props: SubmitRowProps): JSX.Element => (
  <>
    <Show when={props.error}>{(err) => <ErrorNotice error={err()} />}</Show>
    <div class="actions">
      <button type="submit" class="button button-primary" disabled={props.disabled}>
        {props.children}
      </button>
    </div>
  </>
);
