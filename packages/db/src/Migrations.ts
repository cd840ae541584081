/**
 * Runs the schema migrations. Migrations are listed in code (not read from a folder) so that
 * bundled apps carry them; each is frozen once published.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { migrations } from "./migrations/index.js";

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
};

/** Migrates the database to the latest schema; fails with the first migration error. */
export const migrateToLatest = async <Tables>(db: Kysely<Tables>): Promise<void> => {
  const migrator = new Migrator({ db, provider, migrationTableName: "cchc_migration", migrationLockTableName: "cchc_migration_lock" });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`migration ${failed} failed: ${String(error)}`);
  }
};
