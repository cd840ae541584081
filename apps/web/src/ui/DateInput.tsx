/**
 * A date typed the Vietnamese way ("31/12/2021"), read with the domain's `VnDate.parseShort`;
 * the value handed out is the ISO day ("2021-12-31"), or "" when empty. Native date inputs
 * follow the browser's language (mm/dd/yyyy in many), so they are not used.
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createSignal, createUniqueId, type JSX } from "solid-js";
import { useApp } from "../shell/AppContext";
import { DayLabel } from "./DayLabel";
import { FieldError } from "./FieldError";

/** Props of `DateInput`. */
export interface DateInputProps {
  readonly label: string;
  readonly onChange: (iso: string) => void;
  /** The day shown at first (ISO), if any. */
  readonly initial?: string | null;
}

/** A labelled day field in dd/mm/yyyy form. */
export const DateInput = (props: DateInputProps): JSX.Element => {
  const { t } = useApp();
  const [problem, setProblem] = createSignal(false);
  const id = `date-${createUniqueId()}`;
  const read = (text: string) => {
    if (text.trim() === "") {
      setProblem(false);
      props.onChange("");
      return;
    }
    const d = VnDate.parseShort(text);
    setProblem(Either.isLeft(d));
    if (Either.isRight(d)) props.onChange(d.right);
  };
  return (
    <label class="field">
      <DayLabel label={props.label} />
      <input
        inputmode="numeric"
        value={props.initial ? VnDate.formatShort(props.initial as LocalDate) : ""}
        placeholder={t().datePlaceholder}
        aria-invalid={problem() ? "true" : undefined}
        aria-describedby={`${id}-error`}
        onChange={(e) => read(e.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} text={problem() ? t().dateInvalid : ""} />
    </label>
  );
};
