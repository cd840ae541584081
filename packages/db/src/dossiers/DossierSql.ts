/**
 * The SQL of the dossier feature: the statements of one ingest batch (staging, version marks,
 * record insert/update, counter upserts) and the two statistics queries. Counter columns come
 * from `DossierCounters.counters`. Every statement runs unchanged on PostgreSQL 15 and PGlite.
 *
 * How the aggregates answer a window [S, E] (docs/dossier-statistics.md): each record version
 * adds 1 to counters on up to three days — its receipt day, its finish day, and its effective
 * appointment day when it was not finished by then. Cumulative sums up to a cut-off day give
 * carried over (received before S − finished before S), pending at E (received ≤ E − finished
 * ≤ E) and overdue at E (appointments before E not finished by them − finishes after the
 * appointment up to E). Cumulative sums read whole months from `dossier_monthly` and the days
 * of the cut-off's own month from `dossier_daily`.
 */
import { counters } from "./DossierCounters.js";

const counterColumns = counters.map((c) => c.column);

/** Columns of the record table, in the order of the COPY text. */
export const recordColumns = [
  "source",
  "dossier_id",
  "procedure_code",
  "procedure_level",
  "unit_code",
  "channel",
  "received_at",
  "received_day",
  "appointment_date",
  "extension_date",
  "due_day",
  "resolved_at",
  "finished_day",
  "outcome",
  "dossier_digitised",
  "result_digitised",
  "paid_online",
  "updated_at",
] as const;

/** Codes of every unit, to check receiving units in the import process. */
export const unitCodes = "select code from org_unit";

/** Empties the staging tables (UNLOGGED, no indexes; see the migration) for the next batch. */
export const truncateStaging = "truncate dossier_ingest_keys, dossier_ingest_staging, dossier_ingest_delta";

/** COPY of the batch's keys (row index, source, dossier_id, updated_at). */
export const copyKeys = "copy dossier_ingest_keys (i, source, dossier_id, updated_at) from stdin with (format csv)";

/** The same for PGlite, which reads COPY input from the blob passed with the query. */
export const copyKeysPglite = "copy dossier_ingest_keys (i, source, dossier_id, updated_at) from '/dev/blob' with (format csv)";

/**
 * The probe of stored versions must walk the primary key once per staged key, whatever the
 * planner guesses of an unanalysed staging table (a hash join would read every stored record).
 */
export const probeByIndex: ReadonlyArray<string> = ["set local enable_hashjoin = off", "set local enable_mergejoin = off"];

/** Memory for the monthly roll-up and the upserts' sorts, this transaction only. */
export const workMem = "set local work_mem = '64MB'";

/**
 * The staged keys already stored — `replaces` when the incoming `updated_at` is strictly later —
 * with the stored version's counting facts (subtracted when replaced). On a first import this
 * is one primary-key probe per key that finds nothing.
 */
export const storedVersions = `select k.i, k.updated_at > d.updated_at as replaces, d.unit_code, d.procedure_level, d.channel,
    d.received_day::text as received_day, d.due_day::text as due_day, d.extension_date::text as extension_date,
    d.finished_day::text as finished_day, d.outcome, d.dossier_digitised, d.result_digitised, d.paid_online
  from dossier_ingest_keys k join dossier d on d.source = k.source and d.dossier_id = k.dossier_id`;

/** COPY of new records straight into the record table (keys known to be absent; the ingest lock is held). */
export const copyRecords = `copy dossier (${recordColumns.join(", ")}) from stdin with (format csv)`;

/** The same for PGlite. */
export const copyRecordsPglite = `copy dossier (${recordColumns.join(", ")}) from '/dev/blob' with (format csv)`;

/** COPY of the versions that replace stored ones into the staging table. */
export const copyStaging = `copy dossier_ingest_staging (${recordColumns.join(", ")}) from stdin with (format csv)`;

/** The same for PGlite. */
export const copyStagingPglite = `copy dossier_ingest_staging (${recordColumns.join(", ")}) from '/dev/blob' with (format csv)`;

/** Replaces the stored versions by the staged ones; the guard repeats the version rule. */
export const updateReplaced = `update dossier t set ${recordColumns
  .filter((c) => c !== "source" && c !== "dossier_id")
  .map((c) => `${c} = s.${c}`)
  .join(", ")}
  from dossier_ingest_staging s
  where t.source = s.source and t.dossier_id = s.dossier_id and s.updated_at > t.updated_at`;

/** COPY of the counter deltas (unit, day, level, channel, counters…) computed by the import process. */
export const copyDelta = `copy dossier_ingest_delta (unit_code, day, procedure_level, channel, ${counterColumns.join(", ")}) from stdin with (format csv)`;

/** The same for PGlite. */
export const copyDeltaPglite = `copy dossier_ingest_delta (unit_code, day, procedure_level, channel, ${counterColumns.join(", ")}) from '/dev/blob' with (format csv)`;

const upsertCounters = (table: string, time: string, select: string): string =>
  `insert into ${table} as a (unit_code, ${time}, procedure_level, channel, ${counterColumns.join(", ")})
  ${select}
  on conflict (${time}, unit_code, procedure_level, channel) do update set
  ${counterColumns.map((c) => `${c} = a.${c} + excluded.${c}`).join(", ")}`;

/** Adds the deltas (one row per cell already) to the daily counters. */
export const applyDaily = upsertCounters(
  "dossier_daily",
  "day",
  `select unit_code, day, procedure_level, channel, ${counterColumns.join(", ")} from dossier_ingest_delta`,
);

/** Adds the deltas, rolled up by month, to the monthly counters. */
export const applyMonthly = upsertCounters(
  "dossier_monthly",
  "month",
  `select unit_code, date_trunc('month', day)::date, procedure_level, channel, ${counterColumns.map((c) => `sum(${c})`).join(", ")}
  from dossier_ingest_delta group by 1, 2, 3, 4`,
);

/** Serialises ingests: deltas assume no other batch changes the same keys meanwhile. */
export const lockIngest = "select pg_advisory_xact_lock(784512001)";

/**
 * A batch need not wait for its commit record to reach disk: a crash loses at most the last
 * batches, never half of one, and importing the same file again restores them.
 */
export const relaxCommit = "set local synchronous_commit = off";

/**
 * The unit and every unit under it whose validity overlaps the window ($1 unit, $2 start, $3
 * end); the named unit is always included.
 */
const subtree = `with recursive sub(code) as (
    select code from org_unit where code = $1
    union all
    select u.code from org_unit u join sub on u.parent_code = sub.code
    where u.valid_from <= $3::date and (u.valid_to is null or u.valid_to >= $2::date)
  )`;

/**
 * Cell counts for a window from the aggregates. Parameters: $1 unit, $2 start S, $3 end E,
 * $4 first day of S's month, $5 first day of E's month, $6 E + 1, $7 first day of (E + 1)'s month.
 * A cut-off D sums months before D's month and days of D's month before D.
 */
export const statsFromAggregates = (() => {
  const cut = (d: string, md: string) => `(k = 'm' and t < ${md}::date) or (k = 'd' and t >= ${md}::date and t < ${d}::date)`;
  const beforeS = cut("$2", "$4");
  const beforeE = cut("$3", "$5");
  const upToE = cut("$6", "$7");
  const sum = (col: string, f: string) => `coalesce(sum(${col}) filter (where ${f}), 0)`;
  const window = (col: string) => `${sum(col, upToE)} - ${sum(col, beforeS)}`;
  const cols = counterColumns.join(", ");
  return `${subtree}
  select procedure_level, channel,
    ${sum("received", beforeS)} - ${sum("finished", beforeS)} as carried_over,
    ${window("received")} as new_received,
    ${window("resolved_early")} as early,
    ${window("resolved_on_time")} as on_time,
    ${window("resolved_late")} as late,
    ${window("resolved_extended")} as resolved_extended,
    ${window("returned")} as returned,
    ${window("withdrawn")} as withdrawn,
    ${window("rejected")} as rejected,
    ${sum("received", upToE)} - ${sum("finished", upToE)} as pending,
    ${sum("due_open", beforeE)} - ${sum("finished_after_due", upToE)} as pending_overdue,
    ${window("received_digitised")} as new_digitised,
    ${window("received_paid_online")} as new_paid_online,
    ${window("resolved_result_digitised")} as resolved_result_digitised
  from (
    select 'm' as k, month as t, procedure_level, channel, ${cols} from dossier_monthly
      where unit_code in (select code from sub) and month < $7::date
    union all
    select 'd' as k, day as t, procedure_level, channel, ${cols} from dossier_daily
      where unit_code in (select code from sub)
        and ((day >= $4::date and day < $2::date) or (day >= $5::date and day < $6::date))
  ) x
  group by procedure_level, channel`;
})();

/** The same cell counts by a plain scan of the records ($1 unit, $2 start, $3 end). */
export const statsFromScan = `${subtree}
  select procedure_level, channel,
    count(*) filter (where received_day < $2::date and (finished_day is null or finished_day >= $2::date)) as carried_over,
    count(*) filter (where received_day >= $2::date and received_day <= $3::date) as new_received,
    count(*) filter (where outcome = 'resolved' and finished_day between $2::date and $3::date and finished_day < due_day) as early,
    count(*) filter (where outcome = 'resolved' and finished_day between $2::date and $3::date and finished_day = due_day) as on_time,
    count(*) filter (where outcome = 'resolved' and finished_day between $2::date and $3::date and finished_day > due_day) as late,
    count(*) filter (where outcome = 'resolved' and finished_day between $2::date and $3::date and extension_date is not null) as resolved_extended,
    count(*) filter (where outcome = 'returned' and finished_day between $2::date and $3::date) as returned,
    count(*) filter (where outcome = 'withdrawn' and finished_day between $2::date and $3::date) as withdrawn,
    count(*) filter (where outcome = 'rejected' and finished_day between $2::date and $3::date) as rejected,
    count(*) filter (where received_day <= $3::date and (finished_day is null or finished_day > $3::date)) as pending,
    count(*) filter (where received_day <= $3::date and (finished_day is null or finished_day > $3::date) and due_day < $3::date) as pending_overdue,
    count(*) filter (where received_day >= $2::date and received_day <= $3::date and dossier_digitised) as new_digitised,
    count(*) filter (where received_day >= $2::date and received_day <= $3::date and paid_online) as new_paid_online,
    count(*) filter (where outcome = 'resolved' and finished_day between $2::date and $3::date and result_digitised) as resolved_result_digitised
  from dossier
  where unit_code in (select code from sub)
  group by procedure_level, channel`;
