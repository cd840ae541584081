/**
 * The database schema as Kysely sees it: one interface per feature, composed here, and the row
 * of any of its tables as a select answers it (`RowOf<"activity">`). Row types live apart from
 * domain types; repositories decode rows into the domain.
 */

import type { Selectable } from "kysely";

import type { AccountTables } from "./accounts/AccountTables.js";
import type { ActivityTables } from "./activities/ActivityTables.js";
import type { AuditTables } from "./audit/AuditTables.js";
import type { CacheTables } from "./cache/CacheTables.js";
import type { CatalogueTables } from "./catalogue/CatalogueTables.js";
import type { DocumentTables } from "./documents/DocumentTables.js";
import type { DossierTables } from "./dossiers/DossierTables.js";
import type { InspectionTables } from "./inspections/InspectionTables.js";
import type { NarrativeTables } from "./narratives/NarrativeTables.js";
import type { OrgUnitTables } from "./org-units/OrgUnitTables.js";
import type { ParIndexTables } from "./par-index/ParIndexTables.js";
import type { PlanTables } from "./plans/PlanTables.js";
import type { ReminderTables } from "./reminders/ReminderTables.js";
import type { ReportSettingTables } from "./report-settings/ReportSettingTables.js";
import type { ValueTables } from "./values/ValueTables.js";
import type { WorkflowTables } from "./workflow/WorkflowTables.js";

/** Every table of the CCHC database. */
export interface Schema
  extends OrgUnitTables,
    DossierTables,
    AccountTables,
    AuditTables,
    WorkflowTables,
    CatalogueTables,
    ValueTables,
    DocumentTables,
    PlanTables,
    InspectionTables,
    ActivityTables,
    NarrativeTables,
    ReportSettingTables,
    ParIndexTables,
    ReminderTables,
    CacheTables {}

/** A row of `table` as selected. */
export type RowOf<T extends keyof Schema> = Selectable<Schema[T]>;
