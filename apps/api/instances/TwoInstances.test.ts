/**
 * Caches stay correct across processes (ADR 0013): two API server processes on ONE PostgreSQL
 * database. Every check warms the other process's caches first (principal, units, catalogue,
 * the values answer and its ETag), changes something through one process, and asks the other one
 * at once: the value written is read (a new ETag, never a 304 for the old one), a session signed
 * out or a token revoked is refused, a removed role is refused, and after a password change both
 * processes give the same answer for the other session. Needs TEST_DATABASE_URL (CI sets it).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@cchc/vitest-config/ports";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverUrl = process.env.TEST_DATABASE_URL;
const here = dirname(fileURLToPath(import.meta.url));
const apiRoot = resolve(here, "..");
const ADMIN_PASSWORD = "two-instances-admin";
const UNIT = "DT.VPUBND";
const PERIOD = "2022-H1";

interface Instance {
  readonly base: string;
  readonly process: ChildProcess;
  readonly log: string[];
}

const start = async (databaseUrl: string): Promise<Instance> => {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      CCHC_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CCHC_WEB_ROOT: resolve(here, "no-web"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => log.push(String(d)));
  child.stderr?.on("data", (d) => log.push(String(d)));
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log.join("")}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, process: child, log };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`server did not answer: ${log.join("")}`);
};

/** A signed-in client: cookie and CSRF token. */
interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

const signIn = async (i: Instance, username: string, password: string): Promise<Session> => {
  const res = await fetch(`${i.base}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me: any = await (await fetch(`${i.base}/auth/me`, { headers: { cookie } })).json();
  return { cookie, csrf: me.csrfToken };
};

const get = (i: Instance, path: string, s: Session | { bearer: string }, headers: Record<string, string> = {}) =>
  fetch(`${i.base}${path}`, {
    headers: { ...headers, ...("bearer" in s ? { authorization: `Bearer ${s.bearer}` } : { cookie: s.cookie }) },
  });

const send = (i: Instance, method: string, path: string, s: Session, body?: unknown) =>
  fetch(`${i.base}${path}`, {
    method,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const VALUES = `/units/${UNIT}/periods/${PERIOD}/values`;

describe.skipIf(!serverUrl)("two API processes on one PostgreSQL database", () => {
  const name = `cchc_issue18_two_${randomBytes(4).toString("hex")}`;
  let admin: ReturnType<typeof postgres> | undefined;
  let a: Instance;
  let b: Instance;
  let adminA: Session;

  /** Two reads of the values: the full path's answer, then the same answer replayed by the process (ADR 0029). */
  const readTwice = async (on: Instance, who: Parameters<typeof get>[2]) => {
    const first = await get(on, VALUES, who);
    expect(first.status).toBe(200);
    const second = await get(on, VALUES, who);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
  };

  beforeAll(async () => {
    admin = postgres(serverUrl as string, { onnotice: () => {}, max: 1 });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    // one after the other: the first migrates and loads the demo, the second finds them done
    a = await start(url.toString());
    b = await start(url.toString());
    adminA = await signIn(a, "admin", ADMIN_PASSWORD);
  });

  afterAll(async () => {
    for (const i of [a, b]) i?.process.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it("reads a value written through the other process at once: new body, new ETag, no 304 for the old one", async () => {
    const onB = await signIn(b, "admin", ADMIN_PASSWORD);
    const first = await get(b, VALUES, onB);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const before: any = await first.json();
    // B holds it: a second read is a 304 for the same ETag; a third, without it, is B's replay (ADR 0029)
    expect((await get(b, VALUES, onB, { "if-none-match": etag as string })).status).toBe(304);
    expect((await get(b, VALUES, onB)).headers.get("etag")).toBe(etag);
    const item = before.items.find((v: any) => typeof v.value === "number");
    expect(item).toBeDefined();
    const path = `${VALUES}/${encodeURIComponent(item.indicator)}`;
    const written = await send(a, "PUT", path, adminA, {
      value: item.value + 7,
      version: item.version,
      ...(item.disaggregation ? { disaggregation: item.disaggregation } : {}),
    });
    expect(written.status).toBe(200);

    const again = await get(b, VALUES, onB, { "if-none-match": etag as string });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).not.toBe(etag);
    const after: any = await again.json();
    const changed = after.items.find((v: any) => v.indicator === item.indicator && v.disaggregation === item.disaggregation);
    expect(changed.value).toBe(item.value + 7);
    // and A agrees on the new ETag
    expect((await get(a, VALUES, adminA)).headers.get("etag")).toBe(again.headers.get("etag"));
  });

  it("ends on the other process a session signed out through one", async () => {
    const s = await signIn(a, "admin", ADMIN_PASSWORD);
    await readTwice(b, s);
    expect((await get(b, "/auth/me", s)).status).toBe(200);
    const out = await send(a, "POST", "/auth/sign-out", s);
    expect(out.status).toBe(200);
    expect((await get(b, VALUES, s)).status).toBe(401);
    expect((await get(b, "/auth/me", s)).status).toBe(401);
  });

  it("refuses on the other process a token revoked through one", async () => {
    const created = await send(a, "POST", "/tokens", adminA, { name: "hai tiến trình", scopes: ["read"], unit: "*" });
    expect(created.status).toBe(201);
    const token: any = await created.json();
    const bearer = { bearer: token.token as string };
    await readTwice(b, bearer);
    expect((await send(a, "DELETE", `/tokens/${token.info.id}`, adminA)).status).toBe(200);
    expect((await get(b, VALUES, bearer)).status).toBe(401);
  });

  it("refuses on the other process a role removed through one", async () => {
    const username = `xem.${randomBytes(3).toString("hex")}`;
    const password = "mat-khau-xem-12345";
    const made = await send(a, "POST", "/users", adminA, {
      username,
      displayName: "Người xem thử",
      password,
      grants: [{ role: "viewer", unit: UNIT }],
    });
    expect(made.status).toBe(201);
    const viewer = await signIn(b, username, password);
    await readTwice(b, viewer);
    const removed = await send(a, "DELETE", `/users/${username}/roles?role=viewer&unit=${UNIT}`, adminA);
    expect(removed.status).toBe(200);
    expect((await get(b, VALUES, viewer)).status).toBe(403);
  });

  it("answers the same on both processes for a session after a password change through one", async () => {
    const username = `doimk.${randomBytes(3).toString("hex")}`;
    const password = "mat-khau-cu-12345";
    expect(
      (
        await send(a, "POST", "/users", adminA, {
          username,
          displayName: "Người đổi mật khẩu",
          password,
          grants: [{ role: "viewer", unit: UNIT }],
        })
      ).status,
    ).toBe(201);
    const other = await signIn(b, username, password);
    await readTwice(b, other);
    const own = await signIn(a, username, password);
    const changed = await send(a, "POST", "/auth/password", own, { currentPassword: password, newPassword: "mat-khau-moi-67890" });
    expect(changed.status).toBe(200);
    // Whether a password change ends the user's other sessions is the accounts rule; the two
    // processes must give the same answer for that session at once, whatever it is.
    const onA = (await get(a, VALUES, other)).status;
    const onB = (await get(b, VALUES, other)).status;
    expect(onB).toBe(onA);
    expect([200, 401]).toContain(onB);
    // the old password no longer signs in on either process
    for (const i of [a, b]) {
      const res = await fetch(`${i.base}/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password }),
      });
      expect(res.status).toBe(401);
    }
  });
});
