/**
 * One record of the activities screen (an inspection, an activity) in its list: shown as text
 * with its version and, for those who may write it, "Sửa" and "Xóa" naming the record; or, while
 * it is the one being edited, its editor. `RecordAdder` is the "add" button that opens the editor
 * of a new record in its place.
 */
import { type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";

/** Props of `RecordItem`. */
export interface RecordItemProps {
  /** The list item's id, also the editing key: "inspection-3". */
  readonly id: string;
  /** The record's name, said (hidden) after "Sửa" and "Xóa". */
  readonly name: string;
  readonly version: number;
  readonly editing: boolean;
  readonly writable: boolean;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
  /** The record shown as text. */
  readonly summary: JSX.Element;
  /** The editor, while editing. */
  readonly children: JSX.Element;
}

/** A record in its list, as text or in its editor. */
export const RecordItem = (props: RecordItemProps): JSX.Element => {
  const { t } = useApp();
  return (
    <li id={props.id} class="record">
      <Show
        when={props.editing && props.writable}
        fallback={
          <>
            {props.summary}
            <p class="muted">{t().recordVersion(props.version)}</p>
            <Show when={props.writable}>
              <div class="button-row">
                <button type="button" class="button" onClick={() => props.onEdit()}>
                  {t().recordEdit}
                  <span class="visually-hidden"> {props.name}</span>
                </button>
                <button type="button" class="button button-quiet" onClick={() => props.onRemove()}>
                  {t().recordDelete}
                  <span class="visually-hidden"> {props.name}</span>
                </button>
              </div>
            </Show>
          </>
        }
      >
        {props.children}
      </Show>
    </li>
  );
};

/** Props of `RecordAdder`. */
export interface RecordAdderProps {
  readonly writable: boolean;
  readonly editing: boolean;
  readonly label: string;
  readonly onAdd: () => void;
  /** The editor of the new record, while adding. */
  readonly children: JSX.Element;
}

/** The button that adds a record, replaced by the new record's editor while adding. */
export const RecordAdder = (props: RecordAdderProps): JSX.Element => (
  <Show when={props.writable}>
    <Show
      when={props.editing}
      fallback={
        <button type="button" class="button" onClick={() => props.onAdd()}>
          {props.label}
        </button>
      }
    >
      {props.children}
    </Show>
  </Show>
);
