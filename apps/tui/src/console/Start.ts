/**
 * Starts the console on the terminal with the HTTP client (token from CCHC_TOKEN or the saved
 * `cchc login`): Ctrl+C is handled by the app (it cancels a running operation first), and the
 * process ends when the app exits.
 */
import { makeHttpApiClient } from "../api/HttpApiClient.js";
import { loadCliEnv } from "../cli/Env.js";
import { App } from "./App.js";
import { makeTheme } from "./Theme.js";
import { React, render } from "./Ui.js";

/** What the console needs from the process. */
export interface ConsoleOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly apiOption: string | undefined;
}

/** Runs the console until the user leaves. */
export const startConsole = async (options: ConsoleOptions): Promise<void> => {
  const env = await loadCliEnv(options.env, options.apiOption);
  const api = makeHttpApiClient({ baseUrl: env.apiUrl, token: env.token });
  const now = new Date();
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  let exit: () => void = () => undefined;
  const instance = render(
    React.createElement(App, {
      api,
      theme: makeTheme(env.color),
      cwd: process.cwd(),
      today,
      initialYear: Number(today.slice(0, 4)),
      onExit: () => exit(),
    }),
    { exitOnCtrlC: false },
  );
  exit = () => instance.unmount();
  await instance.waitUntilExit();
  process.exit(0);
};
