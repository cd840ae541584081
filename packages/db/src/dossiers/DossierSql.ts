/**
 * The SQL of the dossier feature, generated from one list of counters so that the ingest deltas,
 * the aggregate query and the plain scan cannot drift apart. Every statement runs unchanged on
 * PostgreSQL 15 and PGlite.
 *
 * How the aggregates answer a window [S, E] (docs/dossier-statistics.md): each record version
 * adds 1 to counters on up to three days — its receipt day, its finish day, and its effective
 * appointment day when it was not finished by then. Cumulative sums up to a cut-off day give
 * carried over (received before S − finished before S), pending at E (received ≤ E − finished
 * ≤ E) and overdue at E (appointments before E not finished by them − finishes after the
 * appointment up to E). Cumulative sums read whole months from `dossier_monthly` and the days
 * of the cut-off's own month from `dossier_daily`.
 */

/** On which day of a record a counter counts. */
type Anchor = "received" | "finished" | "due";

interface Counter {
  readonly column: string;
  readonly anchor: Anchor;
  /** 0/1 expression over a record; `$` stands for the column prefix (new or old version). */
  readonly expr: string;
}

/** The counters kept per (unit, day or month, level, channel). */
export const counters: ReadonlyArray<Counter> = [
  { column: "received", anchor: "received", expr: "1" },
  { column: "received_digitised", anchor: "received", expr: "$dossier_digitised::int" },
  { column: "received_paid_online", anchor: "received", expr: "$paid_online::int" },
  { column: "finished", anchor: "finished", expr: "1" },
  { column: "resolved_early", anchor: "finished", expr: "($outcome = 'resolved' and $finished_day < $due_day)::int" },
  { column: "resolved_on_time", anchor: "finished", expr: "($outcome = 'resolved' and $finished_day = $due_day)::int" },
  { column: "resolved_late", anchor: "finished", expr: "($outcome = 'resolved' and $finished_day > $due_day)::int" },
  { column: "resolved_extended", anchor: "finished", expr: "($outcome = 'resolved' and $extension_date is not null)::int" },
  { column: "resolved_result_digitised", anchor: "finished", expr: "($outcome = 'resolved' and $result_digitised)::int" },
  { column: "returned", anchor: "finished", expr: "($outcome = 'returned')::int" },
  { column: "withdrawn", anchor: "finished", expr: "($outcome = 'withdrawn')::int" },
  { column: "rejected", anchor: "finished", expr: "($outcome = 'rejected')::int" },
  { column: "finished_after_due", anchor: "finished", expr: "($finished_day > $due_day)::int" },
  { column: "due_open", anchor: "due", expr: "1" },
];

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

/** The record columns an aggregate contribution reads (also kept for the replaced version). */
const factColumns = [
  "unit_code",
  "procedure_level",
  "channel",
  "received_day",
  "extension_date",
  "due_day",
  "finished_day",
  "outcome",
  "dossier_digitised",
  "result_digitised",
  "paid_online",
];

/** Temporary table the batch is copied into, dropped at commit. */
export const createStaging = `create temp table dossier_staging (
  line_no integer not null, source text not null, dossier_id text not null, procedure_code text not null,
  procedure_level text not null, unit_code text not null, channel text not null, received_at timestamptz not null,
  received_day date not null, appointment_date date not null, extension_date date, due_day date not null,
  resolved_at timestamptz, finished_day date, outcome text, dossier_digitised boolean not null,
  result_digitised boolean not null, paid_online boolean not null, updated_at timestamptz not null
) on commit drop`;

/** COPY of the staging table (CSV, line number first). */
export const copyStaging = `copy dossier_staging (line_no, ${recordColumns.join(", ")}) from stdin with (format csv)`;

/** The same for PGlite, which reads COPY input from the blob passed with the query. */
export const copyStagingPglite = `copy dossier_staging (line_no, ${recordColumns.join(", ")}) from '/dev/blob' with (format csv)`;

/** Receiving units not in `org_unit`, with the first line naming each. */
export const unknownUnits = `select s.unit_code, min(s.line_no) as line_no from dossier_staging s
  where not exists (select 1 from org_unit u where u.code = s.unit_code)
  group by s.unit_code order by 2 limit 100`;

/**
 * The versions that change something: the latest line per key within the batch (later
 * `updated_at` wins, then the later line), kept only when the key is new or strictly newer than
 * the stored version; the stored version's facts come along as `o_*` to be subtracted.
 */
export const createChanges = `create temp table dossier_change on commit drop as
  select n.*, o.source is not null as replaces, ${factColumns.map((c) => `o.${c} as o_${c}`).join(", ")}
  from (select distinct on (source, dossier_id) * from dossier_staging
        order by source, dossier_id, updated_at desc, line_no desc) n
  left join dossier o on o.source = n.source and o.dossier_id = n.dossier_id
  where o.source is null or n.updated_at > o.updated_at`;

const contributions = (prefix: "" | "o_", sign: 1 | -1): string[] => {
  const day: Record<Anchor, string> = { received: `${prefix}received_day`, finished: `${prefix}finished_day`, due: `${prefix}due_day` };
  const where: Record<Anchor, string> = {
    received: prefix === "" ? "true" : "replaces",
    finished: `${prefix}finished_day is not null`,
    due: `(${prefix}finished_day is null or ${prefix}finished_day > ${prefix}due_day)`,
  };
  return (["received", "finished", "due"] as const).map((anchor) => {
    const values = counters.map((c) => (c.anchor === anchor ? `${sign === -1 ? "-" : ""}${c.expr.replaceAll("$", prefix)}` : "0"));
    return `select ${prefix}unit_code as unit_code, ${prefix}procedure_level as procedure_level, ${prefix}channel as channel, ${day[anchor]} as day, ${values
      .map((v, i) => `${v} as ${counterColumns[i]}`)
      .join(", ")} from dossier_change where ${where[anchor]}${prefix === "o_" && anchor !== "received" ? " and replaces" : ""}`;
  });
};

/** Net change of every counter per (unit, day, level, channel) for the batch. */
export const createDelta = `create temp table dossier_delta on commit drop as
  select unit_code, procedure_level, channel, day, ${counterColumns.map((c) => `sum(${c})::int as ${c}`).join(", ")}
  from (${[...contributions("", 1), ...contributions("o_", -1)].join("\n union all ")}) x
  group by unit_code, procedure_level, channel, day`;

const upsertCounters = (table: string, time: string, timeExpr: string): string =>
  `insert into ${table} as a (unit_code, ${time}, procedure_level, channel, ${counterColumns.join(", ")})
  select unit_code, ${timeExpr}, procedure_level, channel, ${counterColumns.map((c) => `sum(${c})`).join(", ")}
  from dossier_delta group by unit_code, ${timeExpr}, procedure_level, channel
  on conflict (unit_code, ${time}, procedure_level, channel) do update set
  ${counterColumns.map((c) => `${c} = a.${c} + excluded.${c}`).join(", ")}`;

/** Adds the delta to the daily counters. */
export const applyDaily = upsertCounters("dossier_daily", "day", "day");

/** Adds the delta to the monthly counters. */
export const applyMonthly = upsertCounters("dossier_monthly", "month", "date_trunc('month', day)::date");

/** Stores the changed versions; the guard repeats the rule should two batches ever interleave. */
export const upsertRecords = `insert into dossier as t (${recordColumns.join(", ")})
  select ${recordColumns.join(", ")} from dossier_change
  on conflict (source, dossier_id) do update set
  ${recordColumns
    .filter((c) => c !== "source" && c !== "dossier_id")
    .map((c) => `${c} = excluded.${c}`)
    .join(", ")}
  where excluded.updated_at > t.updated_at`;

/** How many keys were new and how many replaced a stored version. */
export const changeCounts = `select count(*) filter (where not replaces) as inserted, count(*) filter (where replaces) as updated from dossier_change`;

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
