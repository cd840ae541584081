/** The head row of a data table: one column heading (`<th scope="col">`) a column, in order. */
import { For, type JSX } from "solid-js";

/** A table's `<thead>` naming its columns. */
export const TableHead = (props: { readonly columns: ReadonlyArray<JSX.Element> }): JSX.Element => (
  <thead>
    <tr>
      <For each={props.columns}>{(c) => <th scope="col">{c}</th>}</For>
    </tr>
  </thead>
);
