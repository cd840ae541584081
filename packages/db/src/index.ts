/**
 * The CCHC storage layer: the database service, migrations and repositories. Import a module
 * by path (`@cchc/db/org-units/OrgUnitRepo`); this index re-exports the entry points.
 */
export { Database, type DatabaseConfig, type RawDriver } from "./Database.js";
export { loadDemo, loadDemoWhereItBelongs } from "./demo/Demo.js";
export { migrateToLatest } from "./Migrations.js";
export { OrgUnitRepo } from "./org-units/OrgUnitRepo.js";
