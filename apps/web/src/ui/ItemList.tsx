/**
 * A list a panel shows: the failure of reading it, the line saying it is empty, or its items as
 * a `<ul>` — the findings, the calendar tokens and the notifications each made these three cases
 * by hand.
 */
import { For, type JSX, Show } from "solid-js";
import { ErrorNotice } from "./ErrorNotice";

/** Props of `ItemList`. */
export interface ItemListProps<T> {
  /** The list's class (its look: `finding-list`, `token-list`…). */
  readonly class: string;
  /** Why the items could not be read, if they could not. */
  readonly error?: unknown;
  /** The items (none while they are not there yet). */
  readonly items: ReadonlyArray<T> | undefined;
  /** What stands instead of an empty list. */
  readonly empty: JSX.Element;
  /** The `<li>` of one item. */
  readonly children: (item: T) => JSX.Element;
}

/** The failure, the empty line, or the `<ul>` of the items. */
export const ItemList = <T,>(props: ItemListProps<T>): JSX.Element => (
  <Show when={!props.error} fallback={<ErrorNotice error={props.error} />}>
    <Show when={(props.items ?? []).length > 0} fallback={props.empty}>
      <ul class={props.class}>
        <For each={props.items}>{(item) => props.children(item)}</For>
      </ul>
    </Show>
  </Show>
);
