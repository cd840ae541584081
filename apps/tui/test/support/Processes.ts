/**
 * Runs `cchc` as a real process against a real API server: builds the bundles when needed,
 * starts `node apps/api/dist/server.js` on a free port over a fresh PGlite database, signs in as
 * the bootstrap administrator and mints an API token for the commands (`CCHC_TOKEN`).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root and the app's folder. */
export const ROOT = resolve(import.meta.dirname, "../../../..");
export const TUI = resolve(ROOT, "apps/tui");
const BIN = resolve(TUI, "bin/cchc.js");

/** Builds the `cchc` bundle from the current sources (once per run: see GlobalSetup.ts). */
export const buildCli = (): void => {
  execFileSync(process.execPath, ["../../tooling/scripts/bundle.mjs", "src/main.tsx", "dist/cchc.js"], { cwd: TUI, stdio: "inherit" });
};

/** Builds the API server bundle unless it is there. */
export const ensureApiBuilt = (): void => {
  if (existsSync(resolve(ROOT, "apps/api/dist/server.js"))) return;
  execFileSync("npx", ["turbo", "run", "build", "--filter=@cchc/api", "--output-logs=errors-only"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
};

/** A running API server. */
export interface TestServer {
  readonly url: string;
  readonly token: string;
  readonly openApiPaths: ReadonlySet<string>;
  readonly stop: () => Promise<void>;
}

/** The line the server prints once it listens; it names the port the system gave it (PORT=0). */
const READY = /sẵn sàng tại http:\/\/localhost:(\d+)\//;

/**
 * Waits for our own child to say where it listens, then for its health answer. The port comes
 * from the child itself (PORT=0), never from a probe made before it started: another server of a
 * parallel test could take a probed port in between and answer in its place.
 */
const waitListening = async (child: ChildProcess, log: () => string): Promise<string> => {
  // generous: a first start loads the demo into a fresh PGlite, slow on a busy 2-core machine
  const until = Date.now() + 240_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API server stopped (${child.exitCode}):\n${log()}`);
    const port = READY.exec(log())?.[1];
    if (port !== undefined) {
      const url = `http://127.0.0.1:${port}`;
      try {
        const r = await fetch(`${url}/api/v1/health`);
        if (r.ok) return url;
      } catch {
        // not answering yet
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API server did not become healthy:\n${log()}`);
};

const mintToken = async (url: string, password: string): Promise<string> => {
  const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const session = (await signIn.json()) as { csrfToken: string };
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const created = await fetch(`${url}/api/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": session.csrfToken },
    body: JSON.stringify({ name: "cchc-tests", scopes: ["read", "write-values", "write-dossiers", "approve", "admin"], unit: "*" }),
  });
  if (!created.ok) throw new Error(`token creation failed: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
};

/** Starts the API over a fresh database with the demo data. */
export const startServer = async (): Promise<TestServer> => {
  ensureApiBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-tui-db-"));
  const password = `mat-khau-thu-${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, [resolve(ROOT, "apps/api/dist/server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      CCHC_DATA_DIR: dataDir,
      CCHC_ADMIN_PASSWORD: password,
      CCHC_REMINDERS: "0",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await waitListening(child, () => output);
    const token = await mintToken(url, password);
    const doc = (await (await fetch(`${url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    return { url, token, openApiPaths: new Set(Object.keys(doc.paths)), stop };
  } catch (e) {
    await stop();
    throw e;
  }
};

/** What a finished `cchc` run printed and returned. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run `cchc`: extra environment (undefined removes a variable), folder, text piped on stdin. */
export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly input?: string;
}

/** Runs `node apps/tui/bin/cchc.js ARGS` and waits for it to end. */
export const cchc = (args: ReadonlyArray<string>, options: RunOptions = {}): Promise<RunResult> =>
  new Promise((ok) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", ...options.env };
    delete env.CI;
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => (stdout += d));
    child.stderr?.on("data", (d) => (stderr += d));
    child.on("close", (code) => ok({ code, stdout, stderr }));
  });
