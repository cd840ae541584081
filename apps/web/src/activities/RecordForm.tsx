/**
 * The form around a record's fields (an inspection, an activity): on submit it saves, with
 * "Đang lưu…" on the disabled button meanwhile and the failure shown under the fields; "Hủy"
 * closes it without saving. Also what every record editor shares: its props and its draft.
 */
import { type Accessor, createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { useAction } from "../ui/UseAction";

/** Props of a record's editor: the record (null: a new one), how to save its draft, how to close. */
export interface RecordEditorProps<R, D> {
  readonly record: R | null;
  readonly save: (draft: D) => Promise<void>;
  readonly onCancel: () => void;
}

/** The draft a record's editor holds, and how to change some of its fields. */
export const useDraft = <D extends object>(initial: D): readonly [Accessor<D>, (change: Partial<D>) => void] => {
  const [draft, setDraft] = createSignal<D>(initial);
  return [draft, (change) => setDraft(() => ({ ...draft(), ...change }))] as const;
};

/** Props of `RecordForm`. */
export interface RecordFormProps {
  /** Saves what the fields hold; a rejection is shown in the form. */
  readonly save: () => Promise<void>;
  readonly onCancel: () => void;
  /** The fields. */
  readonly children: JSX.Element;
}

/** A record's edit form with its save and cancel buttons. */
export const RecordForm = (props: RecordFormProps): JSX.Element => {
  const { t } = useApp();
  const { busy, error, run } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    await run(() => props.save());
  };
  return (
    <form class="record-form stack" onSubmit={(e) => void submit(e)} novalidate>
      {props.children}
      <Show when={error()}>{(x) => <ErrorNotice error={x()} />}</Show>
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? t().saving : t().save}
        </button>
        <button type="button" class="button button-quiet" onClick={() => props.onCancel()}>
          {t().cancel}
        </button>
      </div>
    </form>
  );
};
