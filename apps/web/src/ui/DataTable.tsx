/**
 * A data table whose body is one row an item: the screens that list things (users, deadlines,
 * documents, submissions…) all build the same `<table>`, head, `<tbody>` and loop, so they say
 * only what differs — the head and how one item makes a row.
 */
import { For, type JSX } from "solid-js";

/** Props of `DataTable`. */
export interface DataTableProps<T> {
  /** The table's class (its look: `doc-table`, `rates`…). */
  readonly class: string;
  /** A `data-testid` the end-to-end tests find the table by. */
  readonly testId?: string;
  /** What stands before the body: a `<caption>`, a `<thead>` (often a `TableHead`), or both. */
  readonly head: JSX.Element;
  /** The items, in the order of their rows (none while they are not there yet). */
  readonly rows: ReadonlyArray<T> | undefined;
  /** The `<tr>` of one item. */
  readonly children: (item: T) => JSX.Element;
}

/** A `<table>` with the given head and one body row an item. */
export const DataTable = <T,>(props: DataTableProps<T>): JSX.Element => (
  <table class={props.class} data-testid={props.testId}>
    {props.head}
    <tbody>
      <For each={props.rows}>{(item) => props.children(item)}</For>
    </tbody>
  </table>
);
