/**
 * A request a form starts (a save, a consolidation…): whether it is running, so that its buttons
 * wait, and the failure of the last run, to show beside the form (cleared when it runs again).
 */
import { type Accessor, createSignal } from "solid-js";

/** A form's request state. */
export interface Action {
  readonly busy: Accessor<boolean>;
  readonly error: Accessor<unknown>;
  /** Runs `task`, keeping its failure in `error` rather than rejecting. */
  readonly run: (task: () => Promise<unknown>) => Promise<void>;
}

/** A new request state, idle and without failure. */
export const useAction = (): Action => {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const run = async (task: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
};
