/**
 * A labelled one-line text field: the label, then the `<input>` whose text is handed on as it is
 * typed (a score typed as a decimal number, a note, a reason).
 */
import type { JSX } from "solid-js";

/** Props of `InputField`. */
export interface InputFieldProps {
  readonly label: JSX.Element;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The keyboard a phone shows: `decimal` for a number with a decimal comma. */
  readonly inputmode?: "decimal";
}

/** The `<label class="field">` with its `<input>`. */
export const InputField = (props: InputFieldProps): JSX.Element => (
  <label class="field">
    <span class="field-label">{props.label}</span>
    <input inputmode={props.inputmode} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
  </label>
);
