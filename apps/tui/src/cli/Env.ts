/**
 * The command's settings from the environment, read in this one place: the API address
 * (`CCHC_API`), the token (`CCHC_TOKEN`, else the one `cchc login` saved for the same server),
 * whether colour is wanted (`NO_COLOR`) and how wide the output may be.
 */
import { configPath, readLogin, type SavedLogin, tokenFor } from "./Config.js";
import { DEFAULT_WIDTH } from "./Table.js";

/** Where the token came from, to say what to do when the server refuses it. */
export type TokenSource = "env" | "config" | "none";

/** Settings the commands and the console read. */
export interface CliEnv {
  readonly apiUrl: string;
  readonly token: string | undefined;
  readonly tokenSource: TokenSource;
  readonly color: boolean;
  /** The configuration file of `cchc login`. */
  readonly configPath: string;
}

/** Default address of the API server (as `npm start` serves it). */
export const DEFAULT_API = "http://localhost:3000";

/** Reads the environment; `--api` wins over `CCHC_API`, `CCHC_TOKEN` over the saved login. */
export const readCliEnv = (env: NodeJS.ProcessEnv, apiOption: string | undefined, saved?: SavedLogin): CliEnv => {
  const apiUrl = (apiOption ?? env.CCHC_API ?? DEFAULT_API).replace(/\/+$/, "");
  const fromEnv = env.CCHC_TOKEN?.trim() || undefined;
  const fromConfig = fromEnv === undefined ? tokenFor(saved, apiUrl) : undefined;
  return {
    apiUrl,
    token: fromEnv ?? fromConfig,
    tokenSource: fromEnv !== undefined ? "env" : fromConfig !== undefined ? "config" : "none",
    color: env.NO_COLOR === undefined || env.NO_COLOR === "",
    configPath: configPath(env),
  };
};

/** Like `readCliEnv`, reading the saved login from the configuration file when `CCHC_TOKEN` is not set. */
export const loadCliEnv = async (env: NodeJS.ProcessEnv, apiOption: string | undefined): Promise<CliEnv> =>
  readCliEnv(env, apiOption, env.CCHC_TOKEN?.trim() ? undefined : await readLogin(configPath(env)));

/** Narrowest output the tables are laid out for. */
const MIN_WIDTH = 40;

/** Columns the output may use: the terminal's width; else `COLUMNS`; else 100 (a pipe or a file). */
export const terminalColumns = (stream: { readonly isTTY?: boolean; readonly columns?: number }, env: NodeJS.ProcessEnv): number => {
  const fromEnv = Number(env.COLUMNS);
  const width =
    stream.isTTY && stream.columns && stream.columns > 0
      ? stream.columns
      : Number.isInteger(fromEnv) && fromEnv > 0
        ? fromEnv
        : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
};
