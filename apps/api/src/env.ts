/**
 * The API server's configuration, read from the environment in this one place.
 */
import { resolve } from "node:path";
import { ADMIN_USERNAME } from "@cchc/db/accounts/Bootstrap";
import type { DatabaseConfig } from "@cchc/db/Database";
import { parseTrustedProxies } from "./http/RequestContext.js";

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
  /** Reverse proxies whose X-Forwarded-For is believed (`CCHC_TRUSTED_PROXIES`, addresses separated by commas). */
  readonly trustedProxies: ReadonlySet<string>;
  /** SMTP server for reminder e-mail (`CCHC_SMTP_URL`, e.g. smtp://user:pass@mail.example:587); undefined = in-app only. */
  readonly smtpUrl: string | undefined;
  /** Sender of reminder e-mail (`CCHC_MAIL_FROM`). */
  readonly mailFrom: string;
  /** Public address of the app for links in e-mail and calendars (`CCHC_PUBLIC_URL`). */
  readonly publicUrl: string;
  /** Whether the reminder job runs in this process (`CCHC_REMINDERS=0` turns it off). */
  readonly remindersEnabled: boolean;
  /** Minutes between reminder runs (`CCHC_REMINDER_INTERVAL_MINUTES`, default 5). */
  readonly reminderIntervalMinutes: number;
  /**
   * For demonstrations and browser tests only: the instant the server's clock starts from
   * (`CCHC_CLOCK_START`), so that a reporting cycle of a past period can be played in its season
   * (deadlines, timeliness, overdue); it then advances in real time. Undefined: the real clock.
   */
  readonly clockStart: Date | undefined;
}

const positiveMs = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 100 || n > 3_600_000) throw new Error(`${name} không hợp lệ: "${value}" (cần số mili giây 100–3600000)`);
  return n;
};

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
  const smtpUrl = env.CCHC_SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new Error(`CCHC_SMTP_URL không hợp lệ: cần dạng smtp://người-dùng:mật-khẩu@máy:587 hoặc smtps://…:465`);
  const interval = Number(env.CCHC_REMINDER_INTERVAL_MINUTES ?? "5");
  if (!Number.isFinite(interval) || interval < 1 || interval > 1440)
    throw new Error(`CCHC_REMINDER_INTERVAL_MINUTES không hợp lệ: "${env.CCHC_REMINDER_INTERVAL_MINUTES}" (cần số phút 1–1440)`);
  const publicUrl = env.CCHC_PUBLIC_URL?.trim() || `http://localhost:${port}`;
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`CCHC_PUBLIC_URL không hợp lệ: "${publicUrl}" (cần http:// hoặc https://)`);
  const clockText = env.CCHC_CLOCK_START?.trim();
  const clockStart = clockText ? new Date(clockText) : undefined;
  if (clockStart !== undefined && (Number.isNaN(clockStart.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(clockText ?? "")))
    throw new Error(`CCHC_CLOCK_START không hợp lệ: "${clockText}" (cần thời điểm ISO 8601, ví dụ 2022-06-15T09:00:00+07:00)`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    database: url
      ? {
          kind: "postgres",
          url,
          connectTimeoutMs: positiveMs("CCHC_DB_CONNECT_TIMEOUT_MS", env.CCHC_DB_CONNECT_TIMEOUT_MS),
          statementTimeoutMs: positiveMs("CCHC_DB_STATEMENT_TIMEOUT_MS", env.CCHC_DB_STATEMENT_TIMEOUT_MS),
        }
      : { kind: "pglite", dataDir: resolve(env.CCHC_DATA_DIR ?? ".cchc-data") },
    webRoot: env.CCHC_WEB_ROOT,
    loadDemo: env.CCHC_DEMO !== "0",
    adminPassword: env.CCHC_ADMIN_PASSWORD,
    adminUsername,
    trustedProxies: parseTrustedProxies(env.CCHC_TRUSTED_PROXIES),
    smtpUrl,
    mailFrom: env.CCHC_MAIL_FROM?.trim() || "CCHC <cchc@localhost>",
    publicUrl,
    remindersEnabled: env.CCHC_REMINDERS !== "0",
    reminderIntervalMinutes: interval,
    clockStart,
  };
};
