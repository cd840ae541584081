import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date | string, string, string>;

/** Table `indicator_value`: the current value of (unit, period, indicator, disaggregation). */
export interface IndicatorValueTable {
  readonly unit_code: string;
  readonly period_code: string;
  readonly indicator_code: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly comment: string | null;
  readonly source: string;
  readonly updated_by: string;
  readonly updated_at: Timestamp;
  readonly version: number;
  /** The day the value stands at when not the end of its period ("YYYY-MM-DD"). */
  readonly as_of: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Table `indicator_value_history`: every change of a value (old → new, who, when). */
export interface IndicatorValueHistoryTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly period_code: string;
  readonly indicator_code: string;
  readonly disaggregation: string;
  readonly old_value: number | null;
  readonly new_value: number;
  readonly old_version: number;
  readonly new_version: number;
  readonly source: string;
  readonly comment: string | null;
  readonly changed_by: string;
  readonly changed_at: Timestamp;
}

/** Table `rate_claim`: a rate as a report states it, compared with the computed one. */
export interface RateClaimTable {
  readonly unit_code: string;
  readonly period_code: string;
  readonly rate_code: string;
  readonly disaggregation: string;
  readonly stated: number;
  readonly decimals: number;
  readonly qualifier: string;
  readonly text: string | null;
  /** 1 when created; +1 at every correction (optimistic concurrency of `PUT …/claims`). */
  readonly version: Generated<number>;
  readonly updated_by: string | null;
  readonly updated_at: Timestamp | null;
}

/** Table `missing_reason`: why a compulsory indicator has no value for a unit's period. */
export interface MissingReasonTable {
  readonly unit_code: string;
  readonly period_code: string;
  readonly indicator_code: string;
  readonly reason: string;
  readonly version: number;
  readonly updated_by: string;
  readonly updated_at: Timestamp;
}

/** Tables of the values feature. */
export interface ValueTables {
  readonly indicator_value: IndicatorValueTable;
  readonly missing_reason: MissingReasonTable;
  readonly indicator_value_history: IndicatorValueHistoryTable;
  readonly rate_claim: RateClaimTable;
}
