/**
 * The API server's configuration, read from the environment in this one place.
 */
import { resolve } from "node:path";
import { ADMIN_USERNAME } from "@cchc/db/accounts/Bootstrap";
import type { DatabaseConfig } from "@cchc/db/Database";

/** Validated settings of the server process. */
export interface ServerEnv {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly webRoot: string | undefined;
  readonly loadDemo: boolean;
  readonly adminPassword: string | undefined;
  /** Name of the administrator start-up creates when nobody administers every unit. */
  readonly adminUsername: string;
  /**
   * For demonstrations and browser tests only: the instant the server's clock starts from
   * (`CCHC_CLOCK_START`), so that a reporting cycle of a past period can be played in its season
   * (deadlines, timeliness, overdue); it then advances in real time. Undefined: the real clock.
   */
  readonly clockStart: Date | undefined;
}

/** Reads and checks the environment; throws with a Vietnamese message naming the bad variable. */
export const readEnv = (env: NodeJS.ProcessEnv = process.env): ServerEnv => {
  const port = Number(env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: "${env.PORT}" (cần số 0–65535)`);
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL không hợp lệ: cần dạng postgres://người-dùng@máy:cổng/csdl`);
  const adminUsername = env.CCHC_ADMIN_USERNAME?.trim() || ADMIN_USERNAME;
  if (!/^[A-Za-z0-9._-]{2,64}$/.test(adminUsername))
    throw new Error(
      `CCHC_ADMIN_USERNAME không hợp lệ: "${adminUsername}" (2–64 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới)`,
    );
  const clockText = env.CCHC_CLOCK_START?.trim();
  const clockStart = clockText ? new Date(clockText) : undefined;
  if (clockStart !== undefined && (Number.isNaN(clockStart.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(clockText ?? "")))
    throw new Error(`CCHC_CLOCK_START không hợp lệ: "${clockText}" (cần thời điểm ISO 8601, ví dụ 2022-06-15T09:00:00+07:00)`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    database: url ? { kind: "postgres", url } : { kind: "pglite", dataDir: resolve(env.CCHC_DATA_DIR ?? ".cchc-data") },
    webRoot: env.CCHC_WEB_ROOT,
    loadDemo: env.CCHC_DEMO !== "0",
    adminPassword: env.CCHC_ADMIN_PASSWORD,
    adminUsername,
    clockStart,
  };
};
