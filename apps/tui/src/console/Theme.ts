/**
 * The console's semantic colour theme. Components ask for meanings (`theme.status.warning`),
 * never colour names; every status also has a symbol and a word, so the screen reads the same
 * without colour (`NO_COLOR`) or on a monochrome terminal.
 */
import { createContext, useContext } from "./Ui.js";

/** A status a row or message can have. */
export type Status = "ok" | "warning" | "error" | "info";

/** Colours by meaning; `undefined` means the terminal's default. */
export interface Theme {
  readonly color: boolean;
  readonly status: Readonly<Record<Status, string | undefined>>;
  readonly text: { readonly title: string | undefined; readonly muted: string | undefined; readonly key: string | undefined };
  readonly accent: string | undefined;
}

/** Symbols that carry a status without colour. */
export const statusSymbol: Readonly<Record<Status, string>> = { ok: "✓", warning: "!", error: "✗", info: "i" };

/** Words that carry a status without colour. */
export const statusWord: Readonly<Record<Status, string>> = { ok: "ổn", warning: "cảnh báo", error: "lỗi", info: "ghi chú" };

/** The theme for a terminal with or without colour. */
export const makeTheme = (color: boolean): Theme =>
  color
    ? {
        color,
        status: { ok: "green", warning: "yellow", error: "red", info: "cyan" },
        text: { title: "cyan", muted: "gray", key: "cyan" },
        accent: "cyan",
      }
    : {
        color,
        status: { ok: undefined, warning: undefined, error: undefined, info: undefined },
        text: { title: undefined, muted: undefined, key: undefined },
        accent: undefined,
      };

/** The theme of the running console. */
export const ThemeContext = createContext<Theme>(makeTheme(false));

/** Reads the current theme. */
export const useTheme = (): Theme => useContext(ThemeContext);
