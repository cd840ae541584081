/**
 * The live reform-data port of the workflow and consolidation. Until the value store and the
 * validation service are wired here, it answers with no figures and no findings.
 */
import { ReportSources } from "@cchc/db/workflow/ReportSources";

/** The port's layer used by the app. */
export const reportSourcesLayer = ReportSources.empty;
