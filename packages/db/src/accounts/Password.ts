/**
 * Password hashing with scrypt (node:crypto) and a random 16-byte salt per password. The stored
 * text names its parameters (`scrypt$N$r$p$salt$hash`) so that they can be raised later without
 * breaking existing passwords. Passwords never leave this module in clear.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { Effect } from "effect";

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer, n: number, r: number, p: number, length: number) =>
  Effect.async<Buffer>((resume) => {
    scrypt(password.normalize("NFC"), salt, length, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => {
      if (err) resume(Effect.die(err));
      else resume(Effect.succeed(key));
    });
  });

/** The storable hash of a password. */
export const hash = (password: string): Effect.Effect<string> =>
  Effect.gen(function* () {
    const salt = randomBytes(16);
    const key = yield* derive(password, salt, N, R, P, KEY_LENGTH);
    return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
  });

/** Whether a password matches a stored hash (in constant time over the key). */
export const verify = (password: string, stored: string): Effect.Effect<boolean> =>
  Effect.gen(function* () {
    const [scheme, n, r, p, salt, key] = stored.split("$");
    if (scheme !== "scrypt" || !salt || !key) return false;
    const expected = Buffer.from(key, "base64url");
    const actual = yield* derive(password, Buffer.from(salt, "base64url"), Number(n), Number(r), Number(p), expected.length);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });

/** A hash of nothing anyone knows, verified against when the user does not exist so that timing does not reveal usernames. */
export const decoy = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** A random password for a new account: 16 characters a person can type. */
export const generate = (): string => {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
};
