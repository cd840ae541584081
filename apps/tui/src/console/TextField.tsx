/** @jsxRuntime classic */
/**
 * A one-line text field: typed characters are added, Backspace removes, Enter submits, Esc
 * cancels. The caret is a block shown after the text (visible without colour).
 */

// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Props of the text field. */
export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Receives an update of the previous value (keys may arrive faster than renders). */
  readonly onChange: (update: (previous: string) => string) => void;
  readonly onSubmit: (value: string) => void;
  readonly onCancel?: () => void;
  readonly active: boolean;
}

/** Renders and edits the field while active. */
export const TextField = ({ label, value, onChange, onSubmit, onCancel, active }: TextFieldProps) => {
  useKeys((input, key) => {
    if (key.return) onSubmit(value);
    else if (key.escape) onCancel?.();
    else if (key.backspace || key.delete) onChange((v) => v.slice(0, -1));
    else if (!key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && input)
      onChange((v) => (v + input).normalize("NFC"));
  }, active);
  return (
    <Text>
      {label}: {value}
      {active ? "█" : ""}
    </Text>
  );
};
