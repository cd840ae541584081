/**
 * Builds the real app over a test database (PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set) with the demo data loaded, for tests that talk to it as a client would: `app.request()`.
 */
import { ADMIN_USERNAME, ensureAdmin } from "@cchc/db/accounts/Bootstrap";
import { Database } from "@cchc/db/Database";
import { loadDemo } from "@cchc/db/demo/Demo";
import { type TestDatabase, testDatabases } from "@cchc/db/testing/TestDatabases";
import { Effect, Layer, ManagedRuntime } from "effect";
import type { Hono } from "hono";
import { afterAll, beforeAll } from "vitest";
import { type DeliveryLayers, serviceLayer } from "../../src/AppLayer.js";
import { makeApp } from "../../src/app.js";
import { Authenticator } from "../../src/auth/Authenticator.js";

/** A running test app and a way to run effects against the same database. */
export interface TestApp {
  readonly app: Hono;
  readonly run: <A, E>(effect: Effect.Effect<A, E, any>) => Promise<A>;
}

/** Password of the test administrator `admin` (test databases only). */
export const TEST_ADMIN_PASSWORD = "test-admin-password";

/** The databases tests run on. */
export const databases = (): ReadonlyArray<TestDatabase> => testDatabases();

/**
 * Registers beforeAll/afterAll hooks that build the app over the layer `services` makes (the
 * services over a test database; made in the hook, once earlier hooks have run), run `prepare` on
 * it, and dispose it after the tests; returns a getter for it. Call inside a `describe`.
 */
export const useAppOver = (
  services: () => Layer.Layer<any, any, never>,
  prepare: (runtime: ManagedRuntime.ManagedRuntime<any, any>) => Promise<unknown>,
): (() => TestApp) => {
  let runtime: ManagedRuntime.ManagedRuntime<any, any> | undefined;
  let current: TestApp | undefined;
  beforeAll(async () => {
    runtime = ManagedRuntime.make(services());
    await prepare(runtime);
    const rt = runtime;
    current = { app: makeApp(rt), run: (effect) => rt.runPromise(effect as Effect.Effect<any, any, never>) };
  });
  afterAll(async () => {
    await runtime?.dispose();
  });
  return () => {
    if (!current) throw new Error("test app not started");
    return current;
  };
};

/**
 * Registers beforeAll/afterAll hooks that build the app over `db` with the demo data, and
 * returns a getter for it. Call inside a `describe`.
 */
export const useTestApp = (
  db: TestDatabase,
  options: { demo?: boolean; as?: "admin" | "anonymous"; delivery?: () => DeliveryLayers } = {},
): (() => TestApp) => {
  const services = () => {
    // By default a request without credentials acts as the administrator `admin` (every unit), so
    // tests that predate accounts keep working; `as: "anonymous"` runs the real checks only.
    const authenticator = options.as === "anonymous" ? Authenticator.layer : Authenticator.withFallback(ADMIN_USERNAME);
    return serviceLayer(authenticator, options.delivery?.() ?? {}).pipe(Layer.provideMerge(db.layer));
  };
  return useAppOver(services, async (runtime) => {
    if (options.demo !== false) await runtime.runPromise(Effect.asVoid(loadDemo));
    await runtime.runPromise(Effect.asVoid(ensureAdmin(TEST_ADMIN_PASSWORD)));
  });
};

/** Reads a JSON answer. */
export const json = async (res: Response): Promise<any> => JSON.parse(await res.text());

export { Database };
