/**
 * Real server processes for the resilience runs: `src/server.ts` started with Node and tsx on a
 * free port, waited for, stopped with SIGTERM or killed with SIGKILL; and a throwaway PostgreSQL
 * cluster (initdb as the `postgres` user on a free port, as `.ci/run` does) that can be stopped
 * and started under load. Nothing here touches a database it did not create.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@cchc/vitest-config/ports";

const SERVER = join(import.meta.dirname, "../../src/server.ts");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A running API server process. */
export interface RunningServer {
  readonly url: string;
  readonly process: ChildProcess;
  readonly log: () => string;
  /** SIGKILL, then waits for the process to be gone. */
  readonly kill9: () => Promise<void>;
  /** SIGTERM (clean shutdown), then waits. */
  readonly stop: () => Promise<void>;
}

/** Starts the server with `env` and waits until `/api/v1/health` answers (up to `waitMs`). */
export const startServer = async (env: Record<string, string>, waitMs = 200_000): Promise<RunningServer> => {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", SERVER], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not answer within ${waitMs} ms:\n${output}`);
    }
    await sleep(250);
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, process: child, log: () => output, kill9: () => end("SIGKILL"), stop: () => end("SIGTERM") };
};

/** A throwaway PostgreSQL cluster. */
export interface Cluster {
  readonly port: number;
  readonly url: (database: string) => string;
  readonly stop: () => Promise<void>;
  readonly start: () => Promise<void>;
  readonly destroy: () => Promise<void>;
}

const pgBin = (): string | undefined => {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const bin = versions.length ? join(root, versions.at(-1) as string, "bin") : undefined;
  return bin && existsSync(join(bin, "initdb")) ? bin : undefined;
};

/** Whether this machine can make a throwaway cluster (PostgreSQL binaries, root to run them as postgres). */
export const canMakeCluster = (): boolean => pgBin() !== undefined && process.getuid?.() === 0;

/** Makes and starts a cluster on a free port, with database `database`. */
export const makeCluster = async (database: string): Promise<Cluster> => {
  const bin = pgBin() as string;
  const dir = mkdtempSync(join(tmpdir(), "cchc-resilience-pg-"));
  execFileSync("chown", ["postgres", dir]);
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  const port = await freePort();
  const data = join(dir, "data");
  // run as postgres directly (no pg_ctl, no pipes): the server is our child, stopped by a signal
  execFileSync(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres"], { uid, gid, stdio: "ignore", cwd: dir });
  let server: ChildProcess | undefined;
  const connects = () => {
    try {
      execFileSync(join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  const start = async () => {
    server = spawn(join(bin, "postgres"), ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1"], {
      uid,
      gid,
      stdio: "ignore",
      cwd: dir,
    });
    const until = Date.now() + 60_000;
    while (!connects()) {
      if (Date.now() > until) throw new Error("the throwaway PostgreSQL did not start in 60 s");
      await sleep(200);
    }
  };
  const stop = async () => {
    const s = server;
    if (!s || s.exitCode !== null || s.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => s.once("exit", () => resolve()));
    s.kill("SIGINT"); // fast shutdown
    await gone;
    server = undefined;
  };
  await start();
  execFileSync(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database], { stdio: "ignore" });
  return {
    port,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    stop,
    start,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Signs in through the API; the cookie and CSRF token of the session. */
export const signInTo = async (url: string, username: string, password: string) => {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
};
