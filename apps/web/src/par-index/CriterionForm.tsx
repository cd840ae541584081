/**
 * A criterion's fold-out form (self-scoring, appraisal): its summary line, its fields, and the
 * submit button that waits while a save runs.
 */
import type { JSX } from "solid-js";

/** Props of `CriterionForm`. */
export interface CriterionFormProps {
  /** The line that opens the form. */
  readonly summary: string;
  /** The submit button's text. */
  readonly button: string;
  /** Whether a save runs (the button waits). */
  readonly busy: boolean;
  readonly onSubmit: () => void;
  /** The fields. */
  readonly children: JSX.Element;
}

/** `<details>` with the summary and the inline form. */
export const CriterionForm = (props: CriterionFormProps): JSX.Element => (
  <details class="criterion-form">
    <summary>{props.summary}</summary>
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
      <button type="submit" class="button" disabled={props.busy}>
        {props.button}
      </button>
    </form>
  </details>
);
