/**
 * Small labelled fields of the record forms (inspections, activities): text, long text, a
 * choice, the reform area, and a day typed the Vietnamese way ("28/4/2022") held as the ISO day.
 */
import * as Area from "@cchc/domain/Area";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createSignal, createUniqueId, For, type JSX } from "solid-js";
import { useApp } from "../shell/AppContext";
import { shortDay } from "../ui/Day";
import { DayLabel } from "../ui/DayLabel";
import { FieldError } from "../ui/FieldError";
import { TextAreaField } from "../ui/TextAreaField";

/** A one-line text field. */
export const TextField = (props: { label: string; value: string; onInput: (v: string) => void; error?: string }): JSX.Element => {
  const id = `f-${createUniqueId()}`;
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      <input
        value={props.value}
        autocomplete="off"
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={`${id}-e`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldError id={`${id}-e`} text={props.error ?? ""} />
    </label>
  );
};

/** A multi-line text field. */
export const LongField = (props: { label: string; value: string; onInput: (v: string) => void }): JSX.Element => (
  <TextAreaField label={props.label} rows={3} value={props.value} onInput={(v) => props.onInput(v)} />
);

/** A choice among options. */
export const ChoiceField = <V extends string>(props: {
  label: string;
  value: V;
  options: ReadonlyArray<{ readonly value: V; readonly label: string }>;
  onChange: (v: V) => void;
}): JSX.Element => (
  <label class="field">
    <span class="field-label">{props.label}</span>
    <select
      value={props.value}
      onChange={(e) => {
        const chosen = props.options.find((o) => o.value === e.currentTarget.value);
        if (chosen) props.onChange(chosen.value);
      }}
    >
      <For each={props.options}>
        {(o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        )}
      </For>
    </select>
  </label>
);

/** The choice of a record's reform area, named in the page's language. */
export const AreaField = (props: { value: Area.AreaCode; onChange: (v: Area.AreaCode) => void }): JSX.Element => {
  const { router, t } = useApp();
  return (
    <ChoiceField
      label={t().area}
      value={props.value}
      options={Area.all.map((a) => ({ value: a.code, label: router.place().lang === "en" ? a.nameEn : a.nameVi }))}
      onChange={(v) => props.onChange(v)}
    />
  );
};

/** A day field: shows and reads "28/4/2022", hands out "2022-04-28" ("" when empty, null when unreadable). */
export const DayField = (props: { label: string; value: string; onChange: (iso: string | null) => void; error?: string }): JSX.Element => {
  const { t } = useApp();
  const id = `d-${createUniqueId()}`;
  const [bad, setBad] = createSignal(false);
  const shown = () => (props.value ? shortDay(props.value) : "");
  return (
    <label class="field">
      <DayLabel label={props.label} />
      <input
        inputmode="numeric"
        placeholder={t().datePlaceholder}
        value={shown()}
        aria-invalid={bad() || props.error ? "true" : undefined}
        aria-describedby={`${id}-e`}
        onChange={(e) => {
          const text = e.currentTarget.value.trim();
          if (text === "") {
            setBad(false);
            return props.onChange("");
          }
          const d = VnDate.parseShort(text);
          setBad(Either.isLeft(d));
          props.onChange(Either.isRight(d) ? d.right : null);
        }}
      />
      <FieldError id={`${id}-e`} text={bad() ? t().dateInvalid : (props.error ?? "")} />
    </label>
  );
};
