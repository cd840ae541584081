/**
 * Keyboard input for the console's screens. Two things on top of Ink's `useInput`: it listens
 * only when the terminal can deliver keys one by one (raw mode), so a console started with piped
 * stdin still renders; and keys always reach the handler of the latest render (kept in a ref
 * during render), since Ink re-subscribes a new handler only after effects run and a fast typist
 * or a script would otherwise hit a handler that has not seen the screen's new state.
 */
import { type Key, useInput, useRef, useStdin } from "./Ui.js";

/** Calls `handler` for each key while `active`. */
export const useKeys = (handler: (input: string, key: Key) => void, active = true): void => {
  const { isRawModeSupported } = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  const enabled = useRef(active);
  enabled.current = active;
  useInput(
    (input, key) => {
      if (enabled.current) latest.current(input, key);
    },
    { isActive: isRawModeSupported },
  );
};
