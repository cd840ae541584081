/**
 * A labelled multi-line text field: the report text to check, a document's reference, a
 * workflow comment or reason, a record's long text — one label, one `<textarea>`, told when it
 * is invalid and what describes it.
 */
import type { JSX } from "solid-js";

/** Props of `TextAreaField`. */
export interface TextAreaFieldProps {
  readonly label: JSX.Element;
  readonly rows: number;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** Whether what was typed is refused (`aria-invalid`). */
  readonly invalid?: boolean;
  /** The ids of the hint or error beside the field (`aria-describedby`). */
  readonly describedBy?: string;
}

/** The `<label class="field">` with its `<textarea>`. */
export const TextAreaField = (props: TextAreaFieldProps): JSX.Element => (
  <label class="field">
    <span class="field-label">{props.label}</span>
    <textarea
      rows={props.rows}
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
      aria-invalid={props.invalid ? "true" : undefined}
      aria-describedby={props.describedBy}
    />
  </label>
);
