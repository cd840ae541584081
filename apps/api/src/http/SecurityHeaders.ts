/**
 * Security headers on every answer of the server — API, web app files and pages alike:
 *
 * - `Content-Security-Policy`: the web app loads scripts, styles, fonts and images only from its
 *   own origin and talks only to its own API; no inline script runs (`script-src 'self'`), no
 *   plugin, no `<base>`, forms post only to the origin, and no other site may frame it
 *   (`frame-ancestors 'none'`). Inline styles stay allowed (`style-src 'self' 'unsafe-inline'`):
 *   the report preview and the API reference page carry their styles inline, and styles cannot run code.
 * - HTML the API renders from user data (report previews, `text/html` under `/api/v1/`) gets a
 *   sandboxing policy instead: no script, no form, no same-origin access, even when opened directly.
 * - `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` (older browsers),
 *   `Referrer-Policy: same-origin`, `Cross-Origin-Opener-Policy: same-origin`.
 * - `Strict-Transport-Security` when the request came over HTTPS (directly or through a proxy
 *   saying so in `X-Forwarded-Proto`): browsers then refuse plain HTTP for a year.
 */
import type { MiddlewareHandler } from "hono";

/** The policy of the web app and every other answer. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The policy of HTML rendered from data (report previews): a sandbox without scripts. */
export const SANDBOX_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** HSTS lifetime: one year. */
export const HSTS = "max-age=31536000; includeSubDomains";

const isHttps = (url: string, forwardedProto: string | undefined): boolean =>
  url.startsWith("https:") || (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase() === "https";

/** Middleware setting the headers once the answer is known. */
export const securityHeaders =
  (apiPrefix: string): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const h = c.res.headers;
    const html = (h.get("content-type") ?? "").toLowerCase().startsWith("text/html");
    const rendered = html && c.req.path.startsWith(`${apiPrefix}/`);
    h.set("Content-Security-Policy", rendered ? SANDBOX_CSP : APP_CSP);
    h.set("X-Content-Type-Options", "nosniff");
    if (!rendered) h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "same-origin");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    if (isHttps(c.req.url, c.req.header("x-forwarded-proto"))) h.set("Strict-Transport-Security", HSTS);
  };
