import type { ColumnType } from "kysely";

/** Table `cache_epoch`: one row (id 1) of counters moved at commit by the version triggers (ADR 0013). */
export interface CacheEpochTable {
  readonly id: number;
  readonly auth: ColumnType<number, number | undefined, number>;
  readonly reference: ColumnType<number, number | undefined, number>;
  readonly data: ColumnType<number, number | undefined, number>;
}

/** Table `data_version`: a counter per (unit, period), moved at commit by any change of its period-keyed rows. */
export interface DataVersionTable {
  readonly unit_code: string;
  readonly period_code: string;
  readonly version: number;
}

/** The cache-version tables. */
export interface CacheTables {
  readonly cache_epoch: CacheEpochTable;
  readonly data_version: DataVersionTable;
}
