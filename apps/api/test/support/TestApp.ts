/**
 * Builds the real app over a test database (PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set) with the demo data loaded, for tests that talk to it as a client would: `app.request()`.
 */
import { Database } from "@cchc/db/Database";
import { loadDemo } from "@cchc/db/demo/Demo";
import { type TestDatabase, testDatabases } from "@cchc/db/testing/TestDatabases";
import { Effect, Layer, ManagedRuntime } from "effect";
import type { Hono } from "hono";
import { afterAll, beforeAll } from "vitest";
import { RepoLayer } from "../../src/AppLayer.js";
import { makeApp } from "../../src/app.js";

/** A running test app and a way to run effects against the same database. */
export interface TestApp {
  readonly app: Hono;
  readonly run: <A, E>(effect: Effect.Effect<A, E, any>) => Promise<A>;
}

/** The databases tests run on. */
export const databases = (): ReadonlyArray<TestDatabase> => testDatabases();

/**
 * Registers beforeAll/afterAll hooks that build the app over `db` with the demo data, and
 * returns a getter for it. Call inside a `describe`.
 */
export const useTestApp = (db: TestDatabase, options: { demo?: boolean } = {}): (() => TestApp) => {
  let runtime: ManagedRuntime.ManagedRuntime<any, any> | undefined;
  let current: TestApp | undefined;
  beforeAll(async () => {
    runtime = ManagedRuntime.make(RepoLayer.pipe(Layer.provideMerge(db.layer)));
    if (options.demo !== false) await runtime.runPromise(Effect.asVoid(loadDemo));
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

/** Reads a JSON answer. */
export const json = async (res: Response): Promise<any> => JSON.parse(await res.text());

export { Database };
