/**
 * The line under a field saying what is wrong with it (empty when nothing is); the field names it
 * in `aria-describedby` so that a screen reader reads it with the field.
 */
import type { JSX } from "solid-js";

/** A field's problem line, with the id its field refers to. */
export const FieldError = (props: { readonly id: string; readonly text: string }): JSX.Element => (
  <span id={props.id} class="field-error">
    {props.text}
  </span>
);
