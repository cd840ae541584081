/**
 * Random bearer secrets (session cookies, API tokens) and how they are stored: only their sha256
 * is kept, so a copy of the database does not give anyone a working credential.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Prefix of API tokens, so that a leaked token is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = "cchc_";

/** A new random secret: 32 bytes, base64url. */
export const random = (): string => randomBytes(32).toString("base64url");

/** A new API token: `cchc_` + 32 random bytes. */
export const apiToken = (): string => `${TOKEN_PREFIX}${random()}`;

/** The stored form of a secret. */
export const digest = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");

/** The cross-site request forgery token tied to a session: derived from its secret, never stored. */
export const csrfOf = (sessionSecret: string): string => createHash("sha256").update(`csrf:${sessionSecret}`, "utf8").digest("base64url");

/** Compares two secrets in constant time. */
export const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
};
