/**
 * A panel of the activities screen listing one kind of record (inspections, activities): each
 * shown as text with its version and, for those who may write, "Sửa" and "Xóa" naming the record
 * — or, while it is the one being edited, its editor — then the "add" button that opens the
 * editor of a new record in its place. Records are keyed "<kind>-<id>" ("inspection-3"), the new
 * one "<kind>-new": the list item's id and what the screen's editing state holds.
 */
import { For, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";

/** What the lists of a screen share: which record is open, whether writing is allowed, removal. */
export interface RecordListState {
  readonly editing: () => string;
  readonly setEditing: (key: string) => void;
  readonly writable: () => boolean;
  /** Removes a record after asking ("Xóa …?"), named `name`. */
  readonly remove: (name: string, run: () => Promise<unknown>) => void;
}

/** The texts of a list: its title (with the title's id), the empty line and the add button. */
export interface RecordListLabels {
  readonly id: string;
  readonly title: string;
  readonly empty: string;
  readonly add: string;
}

/** Props of `RecordList`. */
export interface RecordListProps<R extends { readonly id: number; readonly version: number }> {
  readonly kind: string;
  readonly state: RecordListState;
  readonly labels: RecordListLabels;
  readonly items: ReadonlyArray<R>;
  readonly name: (record: R) => string;
  readonly removal: (record: R) => Promise<unknown>;
  /** The editor of a record (null: a new one). */
  readonly editor: (record: R | null) => JSX.Element;
  /** A record shown as text. */
  readonly children: (record: R) => JSX.Element;
}

/** The panel listing records of one kind, with their editors. */
export const RecordList = <R extends { readonly id: number; readonly version: number }>(props: RecordListProps<R>): JSX.Element => {
  const { t } = useApp();
  const s = props.state;
  const hidden = (name: string) => <span class="visually-hidden"> {name}</span>;
  return (
    <section class="panel" aria-labelledby={props.labels.id}>
      <h2 id={props.labels.id}>{props.labels.title}</h2>
      <Show when={props.items.length > 0} fallback={<p class="muted">{props.labels.empty}</p>}>
        <ul class="record-list">
          <For each={props.items}>
            {(r) => (
              <li id={`${props.kind}-${r.id}`} class="record">
                <Show
                  when={s.editing() === `${props.kind}-${r.id}` && s.writable()}
                  fallback={
                    <>
                      {props.children(r)}
                      <p class="muted">{t().recordVersion(r.version)}</p>
                      <Show when={s.writable()}>
                        <div class="button-row">
                          <button type="button" class="button" onClick={() => s.setEditing(`${props.kind}-${r.id}`)}>
                            {t().recordEdit}
                            {hidden(props.name(r))}
                          </button>
                          <button type="button" class="button button-quiet" onClick={() => s.remove(props.name(r), () => props.removal(r))}>
                            {t().recordDelete}
                            {hidden(props.name(r))}
                          </button>
                        </div>
                      </Show>
                    </>
                  }
                >
                  {props.editor(r)}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={s.writable()}>
        <Show
          when={s.editing() === `${props.kind}-new`}
          fallback={
            <button type="button" class="button" onClick={() => s.setEditing(`${props.kind}-new`)}>
              {props.labels.add}
            </button>
          }
        >
          {props.editor(null)}
        </Show>
      </Show>
    </section>
  );
};
