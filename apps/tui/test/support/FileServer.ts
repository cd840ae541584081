/**
 * One real API server for the tests of a file, and the environment `cchc` runs in against it:
 * its URL and token, and a fresh config folder — a login saved in the real home folder must not
 * change what the tests see. Started before the file's tests (a first start loads the demo into
 * a fresh PGlite: slow on a busy machine), stopped after.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startServer, type TestServer } from "./Processes.js";

/** The server of a file's tests and the environment of their `cchc` runs. */
export interface FileServer {
  /** The server, once started. */
  readonly server: TestServer;
  /** Filled when the server has started; the same object throughout. */
  readonly env: Record<string, string>;
}

/** Registers the hooks that start and stop the file's server. */
export const serverPerFile = (): FileServer => {
  let server: TestServer | undefined;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    server = await startServer();
    Object.assign(env, { CCHC_API: server.url, CCHC_TOKEN: server.token, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "cchc-xdg-")) });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      if (server === undefined) throw new Error("the server starts before the file's tests");
      return server;
    },
    env,
  };
};
