/**
 * The layer of a service that needs nothing but the database — every repository: `build` makes
 * the service from the Kysely instance, once, when the layer is built. One place for what each
 * repository's layer would otherwise spell out again (ask for `Database`, take its `kysely`).
 */
import { type Context, Effect, Layer } from "effect";
import type { Kysely } from "kysely";
import { Database } from "./Database.js";
import type { Schema } from "./Schema.js";

/** The layer of `tag`'s service, built by `build` over the database. */
export const overDatabase = <I, S>(tag: Context.Tag<I, S>, build: (kysely: Kysely<Schema>) => S): Layer.Layer<I, never, Database> =>
  Layer.effect(
    tag,
    Effect.map(Database, ({ kysely }) => build(kysely)),
  );
