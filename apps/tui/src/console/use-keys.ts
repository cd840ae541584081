/**
 * Keyboard input that only listens when the terminal can deliver keys one by one (raw mode):
 * started with piped stdin (a benchmark, a script) the console still renders instead of failing.
 */
import { type Key, useInput, useStdin } from "./Ui.js";

/** Calls `handler` for each key while `active`. */
export const useKeys = (handler: (input: string, key: Key) => void, active = true): void => {
  const { isRawModeSupported } = useStdin();
  useInput(handler, { isActive: active && isRawModeSupported });
};
