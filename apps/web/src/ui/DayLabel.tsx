/** The label of a field taking a day, with the way to type it: "Ngày kiểm tra (ngày/tháng/năm)". */
import type { JSX } from "solid-js";
import { useApp } from "../shell/AppContext";

/** A day field's label text and format hint. */
export const DayLabel = (props: { readonly label: string }): JSX.Element => {
  const { t } = useApp();
  return (
    <span class="field-label">
      {props.label} <span class="muted">({t().dateFormat})</span>
    </span>
  );
};
