/**
 * The services of the API composed once: database, repositories and domain services.
 * A feature adds its layer here.
 */
import { Database, type DatabaseConfig } from "@cchc/db/Database";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { Layer } from "effect";

/** Repositories over a database. */
export const RepoLayer = Layer.mergeAll(OrgUnitRepo.layer);

/** Everything the routes need, over the configured database. */
export const appLayer = (config: DatabaseConfig) => RepoLayer.pipe(Layer.provideMerge(Database.layer(config)));

/** The services available to every route handler. */
export type AppServices = Layer.Layer.Success<ReturnType<typeof appLayer>>;
