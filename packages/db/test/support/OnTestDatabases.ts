/**
 * The frame of a repository test: the same suite once per test database (PGlite, and PostgreSQL
 * when `TEST_DATABASE_URL` is set), each run with the services it tests built over a database of
 * its own.
 */
import { describe, layer, type Vitest } from "@effect/vitest";
import { Layer } from "effect";
import type { Database } from "../../src/Database.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

/** `describe`s `<title> on <database>` for each test database, with the suite `name` of `body` over `services`. */
export const onTestDatabases = <R, E>(
  title: string,
  services: Layer.Layer<R, E, Database>,
  name: string,
  body: (it: Vitest.MethodsNonLive<R | Database>) => void,
): void =>
  describe.each(testDatabases())(`${title} on $name`, (db) => {
    layer(services.pipe(Layer.provideMerge(db.layer)))(name, body);
  });
