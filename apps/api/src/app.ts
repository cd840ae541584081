/**
 * The Hono application: the public API under `/api/v1`, its OpenAPI document and reference
 * page, and JSON errors for anything unknown under `/api`. Serving the web app's files is the
 * server's business (see server.ts), so tests drive this app with `app.request()`.
 */
import type { ManagedRuntime } from "effect";
import { Hono } from "hono";
import type { AppServices } from "./AppLayer.js";
import { liveCache } from "./health/LiveCache.js";
import { docsPage } from "./http/DocsPage.js";
import { openApiDocument } from "./http/OpenApi.js";
import { requestContext } from "./http/RequestContext.js";
import { mount, sendFailure, unexpected } from "./http/Router.js";
import { securityHeaders } from "./http/SecurityHeaders.js";
import { allRoutes } from "./routes.js";

/** Prefix of the versioned public API. */
export const API_PREFIX = "/api/v1";

/** The OpenAPI document of the API (built once). */
export const openApi = openApiDocument(allRoutes, API_PREFIX, {
  title: "CCHC API",
  version: "1.0.0",
  description:
    "API công khai của hệ thống CCHC: đơn vị, kỳ báo cáo, chỉ tiêu và số liệu, kế hoạch và nhiệm vụ, văn bản, báo cáo, hồ sơ một cửa. Lỗi luôn có dạng { error: { code, message, details } }.",
});

/** Options of the app that come from the server's environment. */
export interface AppOptions {
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (CCHC_TRUSTED_PROXIES). */
  readonly trustedProxies?: ReadonlySet<string>;
}

/** Builds the app over a runtime that provides the app's services. */
export const makeApp = (runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown>, options: AppOptions = {}): Hono => {
  const app = new Hono();
  app.use("*", securityHeaders(API_PREFIX));
  app.use("*", requestContext(options.trustedProxies ?? new Set()));
  app.get(`${API_PREFIX}/openapi.json`, (c) => c.json(openApi));
  app.use(`${API_PREFIX}/health`, liveCache());
  app.get("/api/docs", (c) => c.html(docsPage(openApi)));
  mount(app, API_PREFIX, runtime, allRoutes);
  app.all("/api/*", (c) =>
    sendFailure(c, {
      status: 404,
      code: "ROUTE_NOT_FOUND",
      message: `Không có đường dẫn ${c.req.method} ${c.req.path} trong API. Xem /api/docs.`,
    }),
  );
  app.onError((err, c) => sendFailure(c, unexpected(c, err instanceof Error ? (err.stack ?? err.message) : String(err))));
  return app;
};
