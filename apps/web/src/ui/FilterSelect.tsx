/**
 * The choice of a list filter (a document type, a reform area, a task status, a lead unit): its
 * label, "Tất cả" first — the value "" that filters nothing — then the options.
 */
import type { JSX } from "solid-js";
import { useApp } from "../shell/AppContext";

/** Props of `FilterSelect`. */
export interface FilterSelectProps {
  readonly label: JSX.Element;
  /** The chosen value ("" for all). */
  readonly onChange: (value: string) => void;
  /** The `<option>`s after "Tất cả". */
  readonly children: JSX.Element;
}

/** The labelled `<select>` of a filter. */
export const FilterSelect = (props: FilterSelectProps): JSX.Element => {
  const { t } = useApp();
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      <select onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t().all}</option>
        {props.children}
      </select>
    </label>
  );
};
