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

/** Sets the session cookie. */
export const setSessionCookie = (c: HonoContext, secret: string, expiresAt: Date): void =>
  setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/", expires: expiresAt });

/** Clears the session cookie. */
export const clearSessionCookie = (c: HonoContext): void => {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c), httpOnly: true, sameSite: "Lax" });
};
