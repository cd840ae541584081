/**
 * The database schema as Kysely sees it: one interface per feature, composed here.
 * Row types live apart from domain types; repositories decode rows into the domain.
 */
import type { DossierTables } from "./dossiers/DossierTables.js";
import type { OrgUnitTables } from "./org-units/OrgUnitTables.js";
import type { AccountTables } from "./accounts/AccountTables.js";
import type { AuditTables } from "./audit/AuditTables.js";
import type { WorkflowTables } from "./workflow/WorkflowTables.js";

/** Every table of the CCHC database. */
export interface Schema extends OrgUnitTables, DossierTables, AccountTables, AuditTables, WorkflowTables {}
