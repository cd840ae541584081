import type { ColumnType } from "kysely";

/** Table `dossier`: the latest version of each record, unique per (source, dossier_id) (key: dossier_id first, ADR 0033). */
export interface DossierTable {
  readonly source: string;
  readonly dossier_id: string;
  readonly procedure_code: string;
  readonly procedure_level: string;
  readonly unit_code: string;
  readonly channel: string;
  readonly received_at: ColumnType<Date, string, string>;
  /** Vietnam day of `received_at`, kept so that no query depends on the session time zone. */
  readonly received_day: string;
  readonly appointment_date: string;
  readonly extension_date: string | null;
  /** `extension_date` when present, else `appointment_date`. */
  readonly due_day: string;
  readonly resolved_at: ColumnType<Date | null, string | null, string | null>;
  readonly finished_day: string | null;
  readonly outcome: string | null;
  readonly dossier_digitised: boolean;
  readonly result_digitised: boolean;
  readonly paid_online: boolean;
  readonly updated_at: ColumnType<Date, string, string>;
}

/** Counts kept per cell and day (or month); see `DossierSql.metrics` for what each counts. */
export interface DossierCounts {
  readonly received: number;
  readonly received_digitised: number;
  readonly received_paid_online: number;
  readonly finished: number;
  readonly resolved_early: number;
  readonly resolved_on_time: number;
  readonly resolved_late: number;
  readonly resolved_extended: number;
  readonly resolved_result_digitised: number;
  readonly returned: number;
  readonly withdrawn: number;
  readonly rejected: number;
  readonly finished_after_due: number;
  readonly due_open: number;
}

/** Table `dossier_daily`: counts per (unit, day, procedure level, channel), kept at ingest. */
export interface DossierDailyTable extends DossierCounts {
  readonly unit_code: string;
  readonly day: string;
  readonly procedure_level: string;
  readonly channel: string;
}

/** Table `dossier_monthly`: the same counts per month (first day of the month). */
export interface DossierMonthlyTable extends DossierCounts {
  readonly unit_code: string;
  readonly month: string;
  readonly procedure_level: string;
  readonly channel: string;
}

/** Table `dossier_source`: the sources that have records (kept by the imports, ADR 0033). */
export interface DossierSourceTable {
  readonly source: string;
}

/** Tables of the dossier feature. */
export interface DossierTables {
  readonly dossier: DossierTable;
  readonly dossier_source: DossierSourceTable;
  readonly dossier_daily: DossierDailyTable;
  readonly dossier_monthly: DossierMonthlyTable;
}
