/**
 * The labelled choice of a task's reform area, each area by its short Vietnamese name (English
 * name in English); the chosen one selected.
 */
import * as Area from "@cchc/domain/Area";
import { For, type JSX } from "solid-js";
import { useApp } from "../shell/AppContext";

/** Props of `AreaSelect`. */
export interface AreaSelectProps {
  readonly value: Area.AreaCode;
  readonly onChange: (area: Area.AreaCode) => void;
}

/** The area field of the task forms. */
export const AreaSelect = (props: AreaSelectProps): JSX.Element => {
  const { router, t } = useApp();
  return (
    <label class="field">
      <span class="field-label">{t().area}</span>
      <select onChange={(e) => props.onChange(Area.all.find((a) => a.code === e.currentTarget.value)?.code ?? props.value)}>
        <For each={Area.all}>
          {(a) => (
            <option value={a.code} selected={a.code === props.value}>
              {router.place().lang === "en" ? a.nameEn : a.shortVi}
            </option>
          )}
        </For>
      </select>
    </label>
  );
};
