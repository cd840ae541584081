/**
 * The command's settings from the environment, read in this one place: the API address
 * (`CCHC_API`), the token (`CCHC_TOKEN`) and whether colour is wanted (`NO_COLOR`).
 */

/** Settings the commands and the console read. */
export interface CliEnv {
  readonly apiUrl: string;
  readonly token: string | undefined;
  readonly color: boolean;
}

/** Default address of the API server (as `npm start` serves it). */
export const DEFAULT_API = "http://localhost:3000";

/** Reads the environment; `--api` wins over `CCHC_API`. */
export const readCliEnv = (env: NodeJS.ProcessEnv, apiOption: string | undefined): CliEnv => ({
  apiUrl: (apiOption ?? env.CCHC_API ?? DEFAULT_API).replace(/\/+$/, ""),
  token: env.CCHC_TOKEN?.trim() || undefined,
  color: env.NO_COLOR === undefined || env.NO_COLOR === "",
});
