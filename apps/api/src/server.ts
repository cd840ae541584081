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

const env = readEnv();
const here = dirname(fileURLToPath(import.meta.url));
const webRoot = env.webRoot ?? resolve(here, "../../web/dist");

const runtime = ManagedRuntime.make(
  env.clockStart ? Layer.merge(appLayer(env.database), shiftedClockLayer(env.clockStart)) : appLayer(env.database),
);
if (env.clockStart) console.log(`CCHC: đồng hồ máy chủ bắt đầu từ ${env.clockStart.toISOString()} (CCHC_CLOCK_START)`);
const where = env.database.kind === "pglite" ? `PGlite tại ${env.database.dataDir}` : "PostgreSQL (DATABASE_URL)";
console.log(`CCHC: mở cơ sở dữ liệu ${where}…`);
const outcome = await runtime.runPromise(bootstrap(env));
for (const line of startupMessages(outcome)) console.log(line);

const app = makeApp(runtime);
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

const shutdown = async (signal: string) => {
  console.log(`CCHC: nhận ${signal}, đang dừng…`);
  server.close();
  await runtime.dispose();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
