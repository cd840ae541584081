/**
 * The form around a record's fields (an inspection, an activity): on submit it saves, with
 * "Đang lưu…" on the disabled button meanwhile and the failure shown under the fields; "Hủy"
 * closes it without saving.
 */
import { createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";

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
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.save();
    } catch (x) {
      setError(x);
    } finally {
      setBusy(false);
    }
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
