/**
 * The end of a small inline form (create a user, create a plan): a plain submit button and,
 * after it, the line saying why the last try was refused (empty while there is nothing to say,
 * so that a screen reader hears a new refusal).
 */
import type { JSX } from "solid-js";

/** Props of `InlineSubmit`. */
export interface InlineSubmitProps {
  /** Whether the request runs (the button waits). */
  readonly busy: boolean;
  /** Why the last try was refused; empty when it was not. */
  readonly problem: string;
  /** The button's text. */
  readonly children: JSX.Element;
}

/** The submit button and the refusal line. */
export const InlineSubmit = (props: InlineSubmitProps): JSX.Element => (
  <>
    <button type="submit" class="button" disabled={props.busy}>
      {props.children}
    </button>
    <p role="status" class="field-error">
      {props.problem}
    </p>
  </>
);
