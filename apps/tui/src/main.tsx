/**
 * The `cchc` program. With no command it opens the interactive console (Ink, loaded only then);
 * with a command it runs it and exits with its code. Ctrl+C aborts a running command: long
 * operations listen to the signal and leave no half-written data.
 */
import { terminalColumns } from "./cli/Env.js";
import { apiOption, CONSOLE_NEEDS_TERMINAL, runCli, wantsConsole } from "./cli/Run.js";

const argv = process.argv.slice(2);
const abort = new AbortController();

const exit = (code: number): void => {
  // Let stdout drain before leaving (pipes are asynchronous), then end even if sockets linger.
  process.exitCode = code;
  if (process.stdout.writableLength === 0) process.exit(code);
  else process.stdout.once("drain", () => process.exit(code));
};

if (wantsConsole(argv) && !process.stdin.isTTY) {
  // Ink needs a terminal to read keys from; scripts use the commands (`cchc --help`).
  process.stderr.write(CONSOLE_NEEDS_TERMINAL);
  exit(2);
} else if (wantsConsole(argv)) {
  // React's production build: faster to load, and no development warnings over the screen.
  process.env.NODE_ENV ??= "production";
  const { startConsole } = await import("./console/Start.js");
  await startConsole({ env: process.env, apiOption: apiOption(argv) });
} else {
  process.on("SIGINT", () => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
  });
  const code = await runCli(argv, {
    output: { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) },
    env: process.env,
    cwd: process.cwd(),
    signal: abort.signal,
    columns: terminalColumns(process.stdout, process.env),
    input: process.stdin,
  });
  exit(code);
}
