/**
 * Asking the user at the terminal: a line typed with echo (the username) and a password typed
 * without echo (raw mode: the characters never reach the screen), and the password piped on
 * stdin for scripts (`--password-stdin`). Prompts go to stderr so stdout stays clean for `--json`.
 */
import { OperationCancelled } from "../files/AtomicWrite.js";

/** The standard input as the prompts use it (a terminal has `isTTY` and `setRawMode`). */
export interface Input extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  readonly setRawMode?: (raw: boolean) => unknown;
}

/** Where prompts are written. */
export interface PromptOutput {
  readonly write: (text: string) => unknown;
}

/** Whether the input is a terminal a prompt can read from. */
export const isInteractive = (input: Input | undefined): input is Input =>
  input !== undefined && input.isTTY === true && typeof input.setRawMode === "function";

/**
 * Reads one line key by key in raw mode. Enter ends it, Backspace removes the last character,
 * Ctrl+C cancels (`OperationCancelled`), Ctrl+D on an empty line ends it; `echo` says whether the
 * typed characters are shown.
 */
export const readKeys = (prompt: string, input: Input, output: PromptOutput, echo: boolean): Promise<string> =>
  new Promise((resolve, reject) => {
    output.write(prompt);
    let typed = "";
    input.setRawMode?.(true);
    input.resume();
    const finish = (error?: Error) => {
      input.removeListener("data", onData);
      input.setRawMode?.(false);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(typed.normalize("NFC"));
    };
    const onData = (chunk: Buffer | string) => {
      // An escape sequence (arrow keys…) is one chunk: ignore it rather than take its letters.
      const text = String(chunk);
      if (text.startsWith("\u001b")) return;
      for (const ch of text) {
        if (ch === "\r" || ch === "\n") return finish();
        if (ch === "\u0003") return finish(new OperationCancelled());
        if (ch === "\u0004") {
          if (typed === "") return finish();
          continue;
        }
        if (ch === "\u007f" || ch === "\b") {
          if (typed !== "") {
            typed = [...typed].slice(0, -1).join("");
            if (echo) output.write("\b \b");
          }
          continue;
        }
        if (ch < " ") continue;
        typed += ch;
        if (echo) output.write(ch);
      }
    };
    input.on("data", onData);
  });

/** Reads the first line of everything piped on stdin (`--password-stdin`), without its line ending. */
export const readFirstLine = async (input: NodeJS.ReadableStream): Promise<string> => {
  let text = "";
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  return (text.split(/\r?\n/)[0] ?? "").normalize("NFC");
};
