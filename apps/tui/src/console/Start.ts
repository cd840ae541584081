/**
 * Starts the console on the terminal with the HTTP client (token from CCHC_TOKEN or the saved
 * `cchc login`): Ctrl+C is handled by the app (it cancels a running operation first), and the
 * process ends when the app exits.
 */
import type { ApiClient } from "../api/ApiClient.js";
import { makeLazyApiClient } from "../api/LazyApiClient.js";
import { loadCliEnv } from "../cli/Env.js";

/** What the console needs from the process. */
export interface ConsoleOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly apiOption: string | undefined;
}

/** Runs the console until the user leaves. */
export const startConsole = async (options: ConsoleOptions): Promise<void> => {
  const env = await loadCliEnv(options.env, options.apiOption);
  // The HTTP client (Effect and the contract's Schemas) loads on its first call, not before the first frame.
  const http = makeLazyApiClient({ baseUrl: env.apiUrl, token: env.token });
  // The unit list (the first screen) is asked for now, while Ink and React load: the client loads
  // and the request goes out meanwhile, and the picker's first request gets this answer.
  let prefetched: ReturnType<ApiClient["units"]> | undefined = http.units();
  prefetched.catch(() => undefined);
  const api: ApiClient = {
    ...http,
    units: (query) => {
      const first = prefetched;
      prefetched = undefined;
      return first !== undefined && query === undefined ? first : http.units(query);
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
