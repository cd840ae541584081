/**
 * A field choosing a file (a .docx to check, a CSV of dossiers): its label, then a button in the
 * app's words over the hidden `<input type="file">` — the native file button speaks the
 * browser's language; this one speaks the app's — then what the form shows beside it.
 */
import type { JSX } from "solid-js";

/** Props of `FileField`. */
export interface FileFieldProps {
  /** The id of the label, which names the input (`aria-labelledby`). */
  readonly labelId: string;
  readonly label: JSX.Element;
  /** The button's text. */
  readonly button: JSX.Element;
  /** The types offered (`accept`). */
  readonly accept: string;
  /** The file chosen, or null when the choice was emptied. */
  readonly onChoose: (file: File | null) => void;
  /** The input itself, for a form that clears the choice. */
  readonly ref?: HTMLInputElement | ((input: HTMLInputElement) => void);
  readonly testId?: string;
  /** Shown after the button, in the field (the chosen file's name). */
  readonly children?: JSX.Element;
}

/** The `<div class="field">` with the label and the file button. */
export const FileField = (props: FileFieldProps): JSX.Element => (
  <div class="field">
    <span class="field-label" id={props.labelId}>
      {props.label}
    </span>
    <label class="button file-button">
      <input
        ref={props.ref}
        class="visually-hidden"
        type="file"
        data-testid={props.testId}
        aria-labelledby={props.labelId}
        accept={props.accept}
        onChange={(e) => props.onChoose(e.currentTarget.files?.[0] ?? null)}
      />
      {props.button}
    </label>
    {props.children}
  </div>
);
