/**
 * Starts the console on the terminal with the HTTP client (token from CCHC_TOKEN or the saved
 * `cchc login`): Ctrl+C is handled by the app (it cancels a running operation first), and the
 * process ends when the app exits.
 */
import type { ApiClient } from "../api/ApiClient.js";
import { makeLazyApiClient } from "../api/LazyApiClient.js";
import { loadCliEnv } from "../cli/Env.js";

/** Milliseconds between the unit list's answer and loading the rest of the client (the list is drawn first). */
const PRELOAD_AFTER_MS = 300;

/** What the console needs from the process. */
export interface ConsoleOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly apiOption: string | undefined;
}

/** Runs the console until the user leaves. */
export const startConsole = async (options: ConsoleOptions): Promise<void> => {
  const env = await loadCliEnv(options.env, options.apiOption);
  // The HTTP client (Effect and the contract's Schemas) loads on its first call: nothing of it is
  // imported before the first frame. The unit picker's call, once Ink has drawn that frame, loads
  // the unit list's endpoints alone; the rest of the client loads once the list is there, while
  // the user reads it.
  const http = makeLazyApiClient({ baseUrl: env.apiUrl, token: env.token });
  let preloading = false;
  const api: ApiClient = {
    ...http,
    units: (query) => {
      const answer = http.units(query);
      if (!preloading) {
        preloading = true;
        answer.then(
          () => setTimeout(() => void http.preload(), PRELOAD_AFTER_MS),
          () => undefined,
        );
      }
      return answer;
    },
  };
  const [{ App }, { makeTheme }, { React, render }] = await Promise.all([import("./App.js"), import("./Theme.js"), import("./Ui.js")]);
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
