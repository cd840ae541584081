/**
 * The answer to 409 VALUE_CONFLICT: someone saved the same figure since it was read. Both
 * values are shown side by side and the person chooses which one stays; nothing is lost silently.
 */
import { type JSX, onCleanup, onMount, Show } from "solid-js";
import { useApp } from "../shell/AppContext";

/** Props of `ConflictDialog`. */
export interface ConflictDialogProps {
  /** Name of the figure (indicator and disaggregation). */
  readonly figure: string;
  readonly mine: string;
  readonly theirs: string;
  readonly by?: string | null;
  readonly onKeepMine: () => void;
  readonly onKeepTheirs: () => void;
  readonly onCancel: () => void;
}

/** A modal dialog to resolve a save conflict. */
export const ConflictDialog = (props: ConflictDialogProps): JSX.Element => {
  const { t } = useApp();
  let first: HTMLButtonElement | undefined;
  let dialog: HTMLDivElement | undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") props.onCancel();
    if (e.key === "Tab" && dialog) {
      // keep the focus inside the dialog
      const items = [...dialog.querySelectorAll<HTMLElement>("button")];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === items[0]) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        items[0]?.focus();
      }
    }
  };
  onMount(() => {
    first?.focus();
    document.addEventListener("keydown", onKey);
  });
  onCleanup(() => document.removeEventListener("keydown", onKey));
  return (
    <div class="dialog-backdrop">
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        aria-describedby="conflict-intro"
      >
        <h2 id="conflict-title">{t().conflictTitle}</h2>
        <p id="conflict-intro">{t().conflictIntro(props.figure)}</p>
        <dl class="conflict-values">
          <div>
            <dt>{t().conflictMine}</dt>
            <dd data-testid="conflict-mine">{props.mine}</dd>
          </div>
          <div>
            <dt>{t().conflictTheirs}</dt>
            <dd data-testid="conflict-theirs">{props.theirs}</dd>
            <Show when={props.by}>{(by) => <p class="muted">{t().conflictBy(by())}</p>}</Show>
          </div>
        </dl>
        <div class="actions">
          <button ref={first} type="button" class="button button-primary" onClick={() => props.onKeepMine()}>
            {t().conflictKeepMine}
          </button>
          <button type="button" class="button" onClick={() => props.onKeepTheirs()}>
            {t().conflictKeepTheirs}
          </button>
          <button type="button" class="button button-quiet" onClick={() => props.onCancel()}>
            {t().cancel}
          </button>
        </div>
      </div>
    </div>
  );
};
