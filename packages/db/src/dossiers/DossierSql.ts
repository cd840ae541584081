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

/**
 * The probe of stored versions must walk the primary key once per key, whatever the planner
 * guesses of the keys passed in (a hash join would read every stored record).
 */
export const probeByIndex: ReadonlyArray<string> = ["set local enable_hashjoin = off", "set local enable_mergejoin = off"];

/** Memory for the monthly roll-up and the upserts' sorts, this transaction only. */
export const workMem = "set local work_mem = '64MB'";

/** The columns of a record's counting facts (`CounterFacts`, read back by `DossierCounters.factsOfRow`). */
const countingFacts = [
  "unit_code",
  "procedure_level",
  "channel",
  "received_day",
  "due_day",
  "extension_date",
  "finished_day",
  "outcome",
  "dossier_digitised",
  "result_digitised",
  "paid_online",
] as const;
const dayColumns: ReadonlySet<string> = new Set(["received_day", "due_day", "extension_date", "finished_day"]);

/** The counting facts of `table`'s row as select items named `prefix` + column, days as text. */
const factColumns = (table: string, prefix = ""): string =>
  countingFacts.map((c) => `${table}.${c}${dayColumns.has(c) ? "::text" : ""} as ${prefix}${c}`).join(", ");

/**
 * The batch's keys already stored ($1 sources, $2 dossier ids, $3 updated_at: array literals sent
 * as text; `i` numbers them from 0), `replaces` when the incoming `updated_at` is strictly later,
 * with the stored version's counting facts (subtracted when replaced). On a first import this is
 * one primary-key probe per key that finds nothing. The times stay text until a key is found (only
 * those are read as timestamps: 158 → 140 ms a 50.000-key batch), and the row numbers come from
 * `with ordinality` instead of a fourth array. Keys travel as parameters rather than a COPY into
 * a staging table: no table to write or truncate, and no wait after the end of a COPY.
 */
export const storedVersions = `select k.i - 1 as i, k.u::timestamptz > t.updated_at as replaces, ${factColumns("t")}
  from unnest($1::text::text[], $2::text::text[], $3::text::text[]) with ordinality as k(s, d, u, i)
  join dossier t on t.source = k.s and t.dossier_id = k.d`;

/**
 * COPY of new records straight into the record table (keys known to be absent; the ingest lock is
 * held), as binary tuples (`RecordTuples`): the server parses no times or dates.
 */
export const copyRecords = `copy dossier (${recordColumns.join(", ")}) from stdin with (format binary)`;

/** The same for PGlite, which reads COPY input from the blob passed with the query. */
export const copyRecordsPglite = `copy dossier (${recordColumns.join(", ")}) from '/dev/blob' with (format binary)`;

/** The SQL type of each record column (the binary COPY of `RecordTuples` writes them in these forms). */
export const recordTypes: Record<(typeof recordColumns)[number], "text" | "timestamptz" | "date" | "boolean"> = {
  source: "text",
  dossier_id: "text",
  procedure_code: "text",
  procedure_level: "text",
  unit_code: "text",
  channel: "text",
  received_at: "timestamptz",
  received_day: "date",
  appointment_date: "date",
  extension_date: "date",
  due_day: "date",
  resolved_at: "timestamptz",
  finished_day: "date",
  outcome: "text",
  dossier_digitised: "boolean",
  result_digitised: "boolean",
  paid_online: "boolean",
  updated_at: "timestamptz",
};

/** Replaces stored versions by newer ones ($1: JSON array of records keyed by column); the guard repeats the rule. */
export const updateReplaced = `update dossier t set ${recordColumns
  .filter((c) => c !== "source" && c !== "dossier_id")
  .map((c) => `${c} = s.${c}`)
  .join(", ")}
  from json_to_recordset($1::text::json) as s(${recordColumns.map((c) => `${c} ${recordTypes[c]}`).join(", ")})
  where t.source = s.source and t.dossier_id = s.dossier_id and s.updated_at > t.updated_at`;

/**
 * Adds the rows of `select` (unit, day or month, level, channel, one column per counter) to the
 * daily (`day`) or monthly (`month`) counters: a missing cell is inserted, a stored one summed.
 */
const upsertCounters = (time: "day" | "month", select: string): string =>
  `insert into dossier_${time === "day" ? "daily" : "monthly"} as a (unit_code, ${time}, procedure_level, channel, ${counterColumns.join(", ")})
    ${select}
    on conflict (${time}, unit_code, procedure_level, channel) do update set ${counterColumns
      .map((c) => `${c} = a.${c} + excluded.${c}`)
      .join(", ")}`;

/**
 * The end of a `with` whose query `x` holds counter deltas (u unit, d day, l level, c channel, one
 * column per counter): adds them to the daily counters (a `daily` step) and, rolled up by month, to
 * the monthly ones.
 */
const addToCounters = `daily as (${upsertCounters("day", `select u, d, l, c, ${counterColumns.join(", ")} from x`)})
  ${upsertCounters(
    "month",
    `select u, date_trunc('month', d)::date, l, c, ${counterColumns.map((c) => `sum(${c})`).join(", ")} from x group by 1, 2, 3, 4`,
  )}`;

/**
 * Adds the counter deltas to the daily counters and, rolled up by month, to the monthly ones. One
 * row per cell; parameters are array literals sent as text: $1 units, $2 days, $3 levels,
 * $4 channels, then one integer array per counter in `counters` order.
 */
export const applyCounters = `with x as materialized (
    select * from unnest($1::text::text[], $2::text::date[], $3::text::text[], $4::text::text[], ${counterColumns
      .map((_, i) => `$${i + 5}::text::integer[]`)
      .join(", ")}) as x(u, d, l, c, ${counterColumns.join(", ")})
  ), ${addToCounters}`;

/**
 * Whether the record table is empty: a bulk load then drops the record key and builds it once
 * after the last batch (ADR 0034).
 */
export const recordsEmpty = "select not exists (select 1 from dossier) as empty";
export const dropRecordKey = "alter table dossier drop constraint dossier_pk";
/** The key as the migration `2026-12-06T1000_dossier_key_id_first` made it. */
export const addRecordKey = "alter table dossier add constraint dossier_pk primary key (dossier_id, source)";
/** Memory for the key's one sort, this transaction only (the server's default is often 64 MB). */
export const keyBuildMemory = "set local maintenance_work_mem = '256MB'";

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
 * A cut-off D sums months before D's month and days of D's month before D. Each counter row is
 * marked once with the three cut-offs it falls before (S, E, E + 1) and the rows are first summed
 * per (level, channel, marks) — a handful of groups — so the window's expressions run on those
 * groups, not on every counter row.
 */
export const statsFromAggregates = (() => {
  const cut = (d: string, md: string) => `(k = 'm' and t < ${md}::date) or (k = 'd' and t >= ${md}::date and t < ${d}::date)`;
  const sum = (col: string, mark: string) => `coalesce(sum(${col}) filter (where ${mark}), 0)`;
  const window = (col: string) => `${sum(col, "up_to_e")} - ${sum(col, "before_s")}`;
  const cols = counterColumns.join(", ");
  return `${subtree}
  , marked as (
    select procedure_level, channel, ${cut("$2", "$4")} as before_s, ${cut("$3", "$5")} as before_e, ${cut("$6", "$7")} as up_to_e, ${cols}
    from (
      select 'm' as k, month as t, procedure_level, channel, ${cols} from dossier_monthly
        where unit_code in (select code from sub) and month < $7::date
      union all
      select 'd' as k, day as t, procedure_level, channel, ${cols} from dossier_daily
        where unit_code in (select code from sub)
          and ((day >= $4::date and day < $2::date) or (day >= $5::date and day < $6::date))
    ) x
  ), grouped as (
    select procedure_level, channel, before_s, before_e, up_to_e, ${counterColumns.map((c) => `sum(${c}) as ${c}`).join(", ")}
    from marked
    group by procedure_level, channel, before_s, before_e, up_to_e
  )
  select procedure_level, channel,
    ${sum("received", "before_s")} - ${sum("finished", "before_s")} as carried_over,
    ${window("received")} as new_received,
    ${window("resolved_early")} as early,
    ${window("resolved_on_time")} as on_time,
    ${window("resolved_late")} as late,
    ${window("resolved_extended")} as resolved_extended,
    ${window("returned")} as returned,
    ${window("withdrawn")} as withdrawn,
    ${window("rejected")} as rejected,
    ${sum("received", "up_to_e")} - ${sum("finished", "up_to_e")} as pending,
    ${sum("due_open", "before_e")} - ${sum("finished_after_due", "up_to_e")} as pending_overdue,
    ${window("received_digitised")} as new_digitised,
    ${window("received_paid_online")} as new_paid_online,
    ${window("resolved_result_digitised")} as resolved_result_digitised
  from grouped
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

// --- bulk first load (`DossierBulkLoad`): first lines of keys COPYed into `dossier`, later ones into a scratch table

const bulkColumns = [...recordColumns, "line"];

/**
 * The scratch table of a bulk load for the later lines of keys already seen in the file: the record
 * columns and the file line, no key, no index; dropped at commit.
 */
export const createBulkScratch = `create temp table dossier_bulk (${recordColumns
  .map((c) => `${c} ${recordTypes[c]}`)
  .join(", ")}, line integer not null) on commit drop`;

/** COPY of later lines into the scratch table (PostgreSQL). */
export const copyBulk = `copy dossier_bulk (${bulkColumns.join(", ")}) from stdin with (format csv)`;

/** The same for PGlite. */
export const copyBulkPglite = `copy dossier_bulk (${bulkColumns.join(", ")}) from '/dev/blob' with (format csv)`;

/** The sources among $1 (an array literal sent as text) that already have records (`dossier_source`). */
export const sourcesTaken = `select s as source from unnest($1::text::text[]) as s
  where exists (select 1 from dossier_source d where d.source = s)`;

/**
 * Notes the sources among $1 (an array literal sent as text) as having records: run by each
 * import in the transaction that stores records of them (the primary key, dossier id first,
 * cannot find a source's records by the source alone).
 */
export const registerSources = `insert into dossier_source (source) select distinct s from unnest($1::text::text[]) as s
  on conflict do nothing`;

/**
 * Summed counter changes of a bulk load (`CounterCopy`), one row per cell: daily cells that may be
 * stored already, and the sums of every month (`monthly`, d its first day); dropped at commit.
 */
export const createDeltaScratch = `create temp table dossier_bulk_delta (u text, d date, l text, c text, ${counterColumns
  .map((c) => `${c} integer`)
  .join(", ")}, monthly boolean not null) on commit drop`;

/** Columns of the daily counters in the order of `CounterCopy`'s binary tuples. */
const dailyColumns = `unit_code, day, procedure_level, channel, ${counterColumns.join(", ")}`;

/** COPY of daily counter cells not stored yet straight into the daily counters (PostgreSQL; binary tuples). */
export const copyFreshDaily = `copy dossier_daily (${dailyColumns}) from stdin with (format binary)`;

/** The same for PGlite. */
export const copyFreshDailyPglite = `copy dossier_daily (${dailyColumns}) from '/dev/blob' with (format binary)`;

/** The units that have daily counters (a bulk load takes the others' cells for new until it has written them). */
export const unitsCounted = "select distinct unit_code from dossier_daily";

/** COPY of the counter changes (`CounterDelta.csvLines`) into their scratch table (PostgreSQL). */
export const copyDelta = "copy dossier_bulk_delta from stdin with (format csv)";

/** The same for PGlite. */
export const copyDeltaPglite = "copy dossier_bulk_delta from '/dev/blob' with (format csv)";

/**
 * Adds the counter changes of the scratch table to the daily and monthly counters and empties it
 * (the next sum of a load goes into it), as `replaceByLatest` empties the later lines' table.
 */
export const addDelta = `with x as (delete from dossier_bulk_delta returning *),
  daily as (${upsertCounters("day", `select u, d, l, c, ${counterColumns.join(", ")} from x where not monthly`)})
  ${upsertCounters("month", `select u, d, l, c, ${counterColumns.join(", ")} from x where monthly`)}`;

/**
 * After each batch of a bulk load, before `replaceByLatest`: the keys of the scratch table that are
 * not stored yet — lines the load's key filter took for later versions of a key it had not met
 * (`KeyFilter`'s rare "maybe") — get their latest line (later `updated_at`, then the later line)
 * inserted. Answers the inserted rows' counting facts; days as text. `replaceByLatest` then finds
 * each of them at its own version and changes nothing.
 */
export const insertUnseen = `insert into dossier (${recordColumns.join(", ")})
  select distinct on (source collate "C", dossier_id collate "C") ${recordColumns.join(", ")} from dossier_bulk b
  where not exists (select 1 from dossier d where d.source = b.source and d.dossier_id = b.dossier_id)
  order by source collate "C", dossier_id collate "C", updated_at desc, line desc
  returning ${factColumns("dossier")}`;

/**
 * After each batch of a bulk load: empties the scratch table of later lines and gives each of their
 * keys the latest of them (later `updated_at`, then the later line; keys sorted byte-wise,
 * `collate "C"`, which sorts with abbreviated keys unlike the database's language collation) when it
 * is at least as late as the stored record — stored from the key's first line or by an earlier
 * batch. Batch by batch this ends where one pass over all the later lines would. Answers the counting
 * facts of the version replaced (`o_…`, the statement's snapshot of the same row) and of the new
 * one; days as text.
 */
export const replaceByLatest = `with b as (delete from dossier_bulk returning *)
  update dossier t set ${recordColumns
    .filter((c) => c !== "source" && c !== "dossier_id")
    .map((c) => `${c} = w.${c}`)
    .join(", ")}
  from (
    select distinct on (source collate "C", dossier_id collate "C") * from b
    order by source collate "C", dossier_id collate "C", updated_at desc, line desc
  ) w, dossier o
  where t.source = w.source and t.dossier_id = w.dossier_id and o.source = w.source and o.dossier_id = w.dossier_id
    and w.updated_at >= t.updated_at
  returning ${factColumns("o", "o_")}, ${factColumns("t")}`;
