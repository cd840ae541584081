/**
 * The head of a screen about the unit and period in the URL: its title, then the lead naming the
 * unit and the period ("Văn phòng UBND tỉnh — Năm 2022"), followed by the screen's introduction
 * when it has one.
 */
import { type JSX, Show } from "solid-js";
import { useApp } from "./AppContext";
import { periodText } from "./PeriodText";
import { useUnitName } from "./UnitName";

/** Props of `UnitScreenHead`. */
export interface UnitScreenHeadProps {
  /** The title's id, which the screen's `aria-labelledby` names. */
  readonly titleId: string;
  readonly title: string;
  readonly intro?: string;
}

/** The title and lead of a unit-and-period screen. */
export const UnitScreenHead = (props: UnitScreenHeadProps): JSX.Element => {
  const { router } = useApp();
  const unitName = useUnitName();
  return (
    <>
      <h1 id={props.titleId}>{props.title}</h1>
      <p class="lead">
        {unitName()} — {periodText(router.place().period, router.place().lang)}
        <Show when={props.intro}>. {props.intro}</Show>
      </p>
    </>
  );
};
