/**
 * The database schema as Kysely sees it: one interface per feature, composed here.
 * Row types live apart from domain types; repositories decode rows into the domain.
 */
import type { OrgUnitTables } from "./org-units/OrgUnitTables.js";

/** Every table of the CCHC database. */
export interface Schema extends OrgUnitTables {}
