/**
 * Key sequences for driving Ink screens through `stdin.write()`, and a wait for the screen to
 * show something (renders and API calls are asynchronous).
 */
import { expect, vi } from "vitest";

/** Terminal escape sequences of the keys the console uses. */
export const KEY = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  escape: "\u001b",
  backspace: "\u007f",
  tab: "\t",
  ctrlC: "\u0003",
} as const;

/** Waits until the last frame contains `text` and the screen listens to keys. */
export const waitFor = async (frame: () => string | undefined, text: string | RegExp, timeout = 15_000): Promise<string> => {
  await vi.waitFor(
    () => {
      const f = frame() ?? "";
      if (typeof text === "string") expect(f).toContain(text);
      else expect(f).toMatch(text);
    },
    { timeout, interval: 10 },
  );
  // A screen subscribes to keys in an effect, just after it is drawn: give it that moment.
  await tick(30);
  return frame() ?? "";
};

/** Lets Ink process input written just before (its input handling is asynchronous). */
export const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));
