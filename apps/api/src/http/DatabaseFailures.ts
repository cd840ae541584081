/**
 * Failures of the database that are not the request's fault and not a bug: the server is away
 * (refused, reset, timed out, shutting down) → 503 DATABASE_UNAVAILABLE with Retry-After; or a
 * value hit a storage limit no bound caught (integer out of range, text too long for an index) →
 * 400, logged so the missing bound gets declared. Repositories run queries with `Effect.promise`,
 * so these arrive as defects; the Router asks here before calling a failure a bug (500).
 */
import type { HttpFailure } from "./ApiError.js";

/** Seconds a client is told to wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 2;

// Node socket errors and postgres.js connection errors.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);
// SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now),
// 57014 (statement timeout / cancel), 53300 (too many connections).
const isUnavailableState = (code: string): boolean =>
  code.startsWith("08") || /^57P0[1-3]$/.test(code) || code === "57014" || code === "53300";
// SQLSTATE of a value the store cannot hold: numeric out of range, string too long, index row too
// large, untranslatable character, invalid byte sequence, datetime out of range.
const LIMIT_STATES = new Set(["22003", "22001", "54000", "22P05", "22021", "22008"]);

const codesOf = (error: unknown, depth = 0): string[] => {
  if (typeof error !== "object" || error === null || depth > 5) return [];
  const e = error as { code?: unknown; errno?: unknown; cause?: unknown; errors?: unknown; error?: unknown; defect?: unknown };
  const own = typeof e.code === "string" ? [e.code] : [];
  const nested = [e.cause, e.error, e.defect, ...(Array.isArray(e.errors) ? e.errors : [])].flatMap((x) => codesOf(x, depth + 1));
  const msg =
    error instanceof Error && /Connection terminated|connection.*(closed|ended)|terminating connection/i.test(error.message)
      ? ["CONNECTION_CLOSED"]
      : [];
  return [...own, ...nested, ...msg];
};

/** Whether an error (or one it wraps) says the database cannot be reached or is going away. */
export const isDatabaseUnavailable = (error: unknown): boolean =>
  codesOf(error).some((c) => CONNECTION_CODES.has(c) || isUnavailableState(c));

/** The answer while the database is away. */
export const databaseUnavailable: HttpFailure = {
  status: 503,
  code: "DATABASE_UNAVAILABLE",
  message: `Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
  details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
  headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
};

/** The 400 for a value the database could not store, or undefined when the error is not one. */
export const storageLimit = (error: unknown): HttpFailure | undefined => {
  const code = codesOf(error).find((c) => LIMIT_STATES.has(c));
  if (code === undefined) return undefined;
  return {
    status: 400,
    code: "REQUEST_INVALID",
    message: "Yêu cầu có giá trị vượt giới hạn lưu trữ (số quá lớn hoặc chuỗi quá dài).",
    details: [{ path: "body", message: `giá trị vượt giới hạn lưu trữ (SQLSTATE ${code})` }],
  };
};
