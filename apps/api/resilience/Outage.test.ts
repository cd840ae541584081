/**
 * PostgreSQL stopped and started under load, the API server left running: while the database is
 * away every route that needs it answers 503 DATABASE_UNAVAILABLE with Retry-After within 2 s and
 * liveness stays 200; once it is back, readiness and every route answer 200 again — same server
 * process, no restart. Needs a throwaway cluster (PostgreSQL binaries, run as root like .ci/run).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFigures } from "./support/Figures.js";
import { type Cluster, canMakeCluster, makeCluster, type RunningServer, signInTo, startServer } from "./support/Server.js";

const ADMIN_PASSWORD = "resilience-admin-password";
/** Parallel clients of the load. */
const CLIENTS = 6;

interface Answer {
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly code?: string;
  readonly retryAfter: string | null;
}

describe.runIf(canMakeCluster())("PostgreSQL stopped and started under load", () => {
  let cluster: Cluster;
  let server: RunningServer;
  beforeAll(async () => {
    cluster = await makeCluster("cchc");
    server = await startServer({ DATABASE_URL: cluster.url("cchc"), CCHC_DEMO: "0", CCHC_ADMIN_PASSWORD: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });

  it("answers 503 with Retry-After within 2 s while it is away, and 200 again after, without a restart", async () => {
    const headers = await signInTo(server.url, "admin", ADMIN_PASSWORD);
    const paths = ["/api/v1/org-units", "/api/v1/indicators?year=2022&limit=5", "/api/v1/auth/me", "/api/v1/health/ready"];
    const ask = async (path: string): Promise<Answer> => {
      const started = Date.now();
      const res = await fetch(`${server.url}${path}`, { headers });
      const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
      return { path, status: res.status, ms: Date.now() - started, code: body.error?.code, retryAfter: res.headers.get("retry-after") };
    };
    const load = async (untilMs: number): Promise<Answer[]> => {
      const out: Answer[] = [];
      const end = Date.now() + untilMs;
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          for (let i = c; Date.now() < end; i++) out.push(await ask(paths[i % paths.length] as string));
        }),
      );
      return out;
    };
    const pid = server.process.pid;

    const before = await load(1500);
    expect(before.filter((a) => a.status !== 200)).toEqual([]);

    await cluster.stop();
    const during = await load(4000);
    const live = await ask("/api/v1/health");
    expect(live.status).toBe(200);
    const wrong = during.filter((a) => a.status !== 503 || a.code !== "DATABASE_UNAVAILABLE" || a.retryAfter === null || a.ms > 2000);
    expect(wrong).toEqual([]);

    await cluster.start();
    const backAt = Date.now();
    let ready = await ask("/api/v1/health/ready");
    while (ready.status !== 200 && Date.now() - backAt < 30_000) {
      await new Promise((r) => setTimeout(r, 200));
      ready = await ask("/api/v1/health/ready");
    }
    const recoveredMs = Date.now() - backAt;
    const after = await load(1500);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
    expect(server.process.pid).toBe(pid);
    expect(server.process.exitCode).toBeNull();

    reportFigures("outage", {
      clients: CLIENTS,
      answersBefore: before.length,
      answersDuring: during.length,
      status503During: during.filter((a) => a.status === 503).length,
      slowestDuringMs: Math.max(...during.map((a) => a.ms)),
      answersAfter: after.length,
      status200After: after.filter((a) => a.status === 200).length,
      readyAgainAfterMs: recoveredMs,
      serverRestarts: 0,
    });
  });
});
