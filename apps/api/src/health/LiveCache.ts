/**
 * Liveness at the speed of the machine: `GET /health` answered from the last answer for up to
 * `LIVE_CACHE_MS`, without running the route (its database side is already probed in the
 * background, see Probe.ts). A poller hitting it thousands of times a second costs one route run
 * per interval; the answer is at most that much older than the route's own.
 */
import type { MiddlewareHandler } from "hono";

/** How long one answer of the health route is reused. */
export const LIVE_CACHE_MS = 1_000;

/** Middleware for the exact health path. */
export const liveCache = (): MiddlewareHandler => {
  // Bytes and a plain header record: the Node adapter writes such an answer straight to the socket.
  let last: { at: number; status: number; body: Uint8Array; headers: Record<string, string> } | undefined;
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const now = Date.now();
    if (last !== undefined && now - last.at < LIVE_CACHE_MS) return new Response(last.body, { status: last.status, headers: last.headers });
    await next();
    const res = c.res;
    last = { at: now, status: res.status, body: new Uint8Array(await res.clone().arrayBuffer()), headers: Object.fromEntries(res.headers) };
  };
};
