/**
 * The databases every repository test runs against: an in-memory PGlite always, and a fresh
 * database on a real PostgreSQL server when `TEST_DATABASE_URL` is set (CI sets it). Each layer
 * creates its own database and drops it when the test scope closes, so test files never share state.
 */
import { randomBytes } from "node:crypto";
import { Effect, Layer } from "effect";
import postgres from "postgres";
import { Database } from "../Database.js";

/** A named database layer for `describe.each`. */
export interface TestDatabase {
  readonly name: "pglite" | "postgres";
  readonly layer: Layer.Layer<Database>;
}

const withDatabase = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** A layer over a brand-new database on the server at `serverUrl`, dropped on release. */
export const freshPostgres = (serverUrl: string): Layer.Layer<Database> =>
  Layer.unwrapScoped(
    Effect.gen(function* () {
      const name = `cchc_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
      const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
      yield* Effect.acquireRelease(
        Effect.promise(() => admin.unsafe(`create database ${name}`)),
        () =>
          Effect.promise(async () => {
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            await admin.end();
          }),
      );
      return Database.layer({ kind: "postgres", url: withDatabase(serverUrl, name) });
    }),
  );

/** The databases to test on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabases = (): ReadonlyArray<TestDatabase> => {
  const list: TestDatabase[] = [{ name: "pglite", layer: Database.layer({ kind: "pglite", dataDir: "memory" }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: "postgres", layer: freshPostgres(url) });
  return list;
};
