/**
 * Ctrl+C in the console: while a long operation runs, it cancels that operation (which cleans up
 * after itself); otherwise it leaves the console. Screens register their cancel while busy.
 */
import { createContext, useContext, useEffect } from "./Ui.js";

/** Where the running operation's cancel is kept. */
export interface CancelSlot {
  current: (() => void) | null;
}

/** The slot of the running console. */
export const CancelContext = createContext<CancelSlot>({ current: null });

/** Registers `cancel` while it is not null (a long operation is running). */
export const useCancel = (cancel: (() => void) | null): void => {
  const slot = useContext(CancelContext);
  useEffect(() => {
    slot.current = cancel;
    return () => {
      if (slot.current === cancel) slot.current = null;
    };
  }, [slot, cancel]);
};
