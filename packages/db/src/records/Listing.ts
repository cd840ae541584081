/**
 * What every paged record listing (activities, inspections, documents) does the same way: it keeps
 * to the units the caller may read, and answers one page of the rows that match, in the listing's
 * order, with how many match in all. The listing builds its own filtered query; these pieces take
 * the built queries as they are, so they serve every table.
 */
import { type Expression, type SqlBool, sql } from "kysely";

/** The rows of one page and how many match in all. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>;
  readonly total: number;
}

/** Which page a listing asks for: at most `limit` rows (50 when not said) after the first `offset`. */
export interface PageRequest {
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** The filters of a listing of records of a unit's period, with the page. */
export interface UnitPeriodQuery extends PageRequest {
  readonly unit?: string | undefined;
  readonly period?: string | undefined;
  /** Only records of these units (what the caller may read); undefined = every unit. */
  readonly units?: ReadonlyArray<string> | undefined;
}

/** Rows only of these units (`unit_code`); none when there are none. */
export const withinUnits = (units: ReadonlyArray<string>): Expression<SqlBool> =>
  units.length ? sql<SqlBool>`${sql.ref("unit_code")} in (${sql.join(units)})` : sql<SqlBool>`false`;

/**
 * The rows of a unit's period (`unit_code`, `period_code`): of the unit and of the period, each
 * when given, and, for a listing, only of the units the caller may read.
 */
export const ofUnitPeriod = (q: UnitPeriodQuery): Expression<SqlBool> => {
  const conditions = [
    ...(q.unit === undefined ? [] : [sql<SqlBool>`${sql.ref("unit_code")} = ${q.unit}`]),
    ...(q.period === undefined ? [] : [sql<SqlBool>`${sql.ref("period_code")} = ${q.period}`]),
    ...(q.units === undefined ? [] : [withinUnits(q.units)]),
  ];
  return conditions.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
};

/** An ordered query of the matching rows that a page can be cut from. */
interface Pageable<Row> {
  readonly limit: (limit: number) => { readonly offset: (offset: number) => { readonly execute: () => Promise<Row[]> } };
}

/** A query of how many rows match, as `n`. */
interface Counting {
  readonly executeTakeFirstOrThrow: () => Promise<{ readonly n: number | string | bigint }>;
}

/** The page `q` asks for of the ordered `rows`, decoded by `fromRow`, with the number `count` finds. */
export const pageOf = async <Row, A>(rows: Pageable<Row>, count: Counting, q: PageRequest, fromRow: (row: Row) => A): Promise<Page<A>> => {
  const [page, counted] = await Promise.all([
    rows
      .limit(q.limit ?? 50)
      .offset(q.offset ?? 0)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: page.map(fromRow), total: Number(counted.n) };
};
