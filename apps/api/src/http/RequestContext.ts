/**
 * What the server knows about a request before any route runs: its id (sent back in
 * `X-Request-Id`, written in the log with any unexpected failure and given in the 500 answer, so a
 * user's report leads to the log line) and the caller's address. The address is the socket's; a
 * proxy's `X-Forwarded-For` is believed only when the socket is one of `CCHC_TRUSTED_PROXIES`, and
 * then the right-most hop that is not itself a trusted proxy is the caller.
 */
import { randomUUID } from "node:crypto";
import type { Context as HonoContext, MiddlewareHandler } from "hono";

/** Header carrying the request id. */
export const REQUEST_ID_HEADER = "x-request-id";

const ID_KEY = "cchcRequestId";
const ADDRESS_KEY = "cchcClientAddress";

type Vars = { get: (k: string) => unknown; set: (k: string, v: unknown) => void };
const vars = (c: HonoContext): Vars => c as unknown as Vars;

/** The address of the socket a request came in on; undefined outside a Node server (tests). */
export const socketAddress = (c: HonoContext): string | undefined =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;

const strip = (a: string): string => a.replace(/^::ffff:/, "");

/**
 * The caller's address: the socket's, or — when the socket is a trusted proxy — the right-most
 * `X-Forwarded-For` hop that is not a trusted proxy. "local" when there is no socket (in-process tests).
 */
export const clientAddressFrom = (socket: string | undefined, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string => {
  if (socket === undefined) return "local";
  let caller = strip(socket);
  if (!trusted.has(caller) || !forwardedFor) return caller;
  const hops = forwardedFor
    .split(",")
    .map((h) => strip(h.trim()))
    .filter((h) => h !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    caller = hops[i] as string;
    if (!trusted.has(caller)) return caller;
  }
  return caller;
};

/** Parses `CCHC_TRUSTED_PROXIES` (addresses separated by commas or spaces). */
export const parseTrustedProxies = (value: string | undefined): ReadonlySet<string> =>
  new Set(
    (value ?? "")
      .split(/[\s,]+/)
      .map((a) => strip(a.trim()))
      .filter((a) => a !== ""),
  );

/** Middleware giving every request an id and its caller's address. */
export const requestContext =
  (trustedProxies: ReadonlySet<string>): MiddlewareHandler =>
  async (c, next) => {
    const id = randomUUID();
    vars(c).set(ID_KEY, id);
    vars(c).set(ADDRESS_KEY, clientAddressFrom(socketAddress(c), c.req.header("x-forwarded-for"), trustedProxies));
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, id);
  };

/** The id of a request (one is made when the middleware did not run). */
export const requestIdOf = (c: HonoContext): string => {
  const id = vars(c).get(ID_KEY);
  if (typeof id === "string") return id;
  const made = randomUUID();
  vars(c).set(ID_KEY, made);
  return made;
};

/** The caller's address as the middleware found it. */
export const clientAddressOf = (c: HonoContext): string => {
  const a = vars(c).get(ADDRESS_KEY);
  return typeof a === "string" ? a : clientAddressFrom(socketAddress(c), undefined, new Set());
};
