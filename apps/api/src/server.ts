/**
 * The server process behind `npm start`: opens the database (embedded PGlite by default), runs
 * the start-up steps of `Bootstrap.ts` (catalogue, demo where it belongs, first administrator),
 * serves the API and the web app, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Layer, ManagedRuntime } from "effect";
import { appLayer } from "./AppLayer.js";
import { makeApp } from "./app.js";
import { bootstrap, startupMessages } from "./Bootstrap.js";
import { shiftedClockLayer } from "./clock/ShiftedClock.js";
import { readEnv } from "./env.js";
import { Mailer, PublicUrl } from "./reminders/Mailer.js";
import * as Scheduler from "./reminders/Scheduler.js";

const env = readEnv();
const here = dirname(fileURLToPath(import.meta.url));
const webRoot = env.webRoot ?? resolve(here, "../../web/dist");

const layer = appLayer(env.database, {
  mailer: env.smtpUrl ? Mailer.smtp(env.smtpUrl, env.mailFrom) : Mailer.none,
  publicUrl: Layer.succeed(PublicUrl, env.publicUrl),
});
const runtime = ManagedRuntime.make(env.clockStart ? Layer.merge(layer, shiftedClockLayer(env.clockStart)) : layer);
if (env.clockStart) console.log(`CCHC: đồng hồ máy chủ bắt đầu từ ${env.clockStart.toISOString()} (CCHC_CLOCK_START)`);
const where = env.database.kind === "pglite" ? `PGlite tại ${env.database.dataDir}` : "PostgreSQL (DATABASE_URL)";
console.log(`CCHC: mở cơ sở dữ liệu ${where}…`);
const outcome = await runtime.runPromise(bootstrap(env)).catch((e: unknown) => {
  // A folder PGlite cannot open, a server that refuses: one clear line and a failing exit code.
  const text = e instanceof Error ? e.message : String(e);
  const open = /Không mở được cơ sở dữ liệu PGlite[^\n]*/.exec(text)?.[0];
  console.error(`CCHC: không khởi động được — ${open ?? text.split("\n")[0]}`);
  if (!open) console.error(e);
  process.exit(1);
});
for (const line of startupMessages(outcome)) console.log(line);

const app = makeApp(runtime, { trustedProxies: env.trustedProxies });
if (existsSync(join(webRoot, "index.html"))) {
  const index = readFileSync(join(webRoot, "index.html"), "utf8");
  app.use("/*", serveStatic({ root: webRoot }));
  app.get("*", (c) => c.html(index));
} else {
  app.get("/", (c) => c.text("CCHC API đang chạy. Chưa dựng ứng dụng web: chạy `npm run build`. Tài liệu API: /api/docs", 200));
}

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  console.log(`CCHC: sẵn sàng tại http://localhost:${info.port}/ (API: /api/v1, tài liệu: /api/docs)`);
});

// The reminder job runs only here, in the real server (CCHC_REMINDERS=0 turns it off), never in tests that build the app.
const stopReminders = env.remindersEnabled ? Scheduler.start(runtime, env.reminderIntervalMinutes * 60_000) : () => {};
if (env.remindersEnabled)
  console.log(
    `CCHC: nhắc việc chạy mỗi ${env.reminderIntervalMinutes} phút; thư điện tử: ${env.smtpUrl ? "bật (CCHC_SMTP_URL)" : "tắt (chưa đặt CCHC_SMTP_URL)"}.`,
  );

const shutdown = async (signal: string) => {
  console.log(`CCHC: nhận ${signal}, đang dừng…`);
  stopReminders();
  server.close();
  await runtime.dispose();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
