/**
 * The counter columns of the dossier statistics tables, as the migrations that create them
 * (`dossier_daily`, `dossier_monthly`, the ingest's delta staging) wrote them: a frozen copy,
 * since migrations never import app code. Never change it; a later migration adds columns.
 */
export const DOSSIER_COUNTERS: ReadonlyArray<string> = [
  "received",
  "received_digitised",
  "received_paid_online",
  "finished",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "resolved_extended",
  "resolved_result_digitised",
  "returned",
  "withdrawn",
  "rejected",
  "finished_after_due",
  "due_open",
];
