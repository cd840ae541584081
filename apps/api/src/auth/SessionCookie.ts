/**
 * The session cookie. The cookie is HttpOnly (scripts cannot read it),
 * SameSite=Lax (not sent with cross-site form posts) and Secure when the request came over HTTPS,
 * directly or through a proxy that says so in X-Forwarded-Proto.
 */
import type { Context as HonoContext } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { SESSION_COOKIE } from "./Authenticator.js";

const isHttps = (c: HonoContext): boolean =>
  new URL(c.req.url).protocol === "https:" || (c.req.header("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase() === "https";

/**
 * Sets the session cookie, valid until `expiresAt` as the server's clock reads `now`. Its lifetime
 * is sent as Max-Age (seconds from now), not as an Expires date, so that a browser whose clock
 * differs from the server's keeps the session exactly as long as the server does.
 */
export const setSessionCookie = (c: HonoContext, secret: string, expiresAt: Date, now: Date): void =>
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });

/** Clears the session cookie. */
export const clearSessionCookie = (c: HonoContext): void => {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c), httpOnly: true, sameSite: "Lax" });
};
