import type { ColumnType } from "kysely";

/** Table `catalogue`: one loaded catalogue year and its data version. */
export interface CatalogueTable {
  readonly year: number;
  readonly version: number;
  readonly title_vi: string;
  readonly loaded_at: ColumnType<Date | string, string | undefined, string>;
}

/** Table `indicator`: an indicator of a catalogue year. */
export interface IndicatorTable {
  readonly catalogue_year: number;
  readonly code: string;
  readonly area: string;
  readonly name_vi: string;
  readonly name_en: string;
  readonly unit_vi: string;
  readonly unit_en: string;
  readonly value_type: string;
  readonly time_aggregation: string;
  readonly tree_aggregation: string;
  readonly legal_basis: string | null;
  readonly description_vi: string | null;
  readonly sort_order: number;
  /** Kinds of unit the indicator is compulsory for, comma-separated ("" = none). */
  readonly compulsory_for: ColumnType<string, string | undefined, string>;
}

/** Table `indicator_disaggregation`: one allowed option of one dimension of an indicator. */
export interface IndicatorDisaggregationTable {
  readonly catalogue_year: number;
  readonly indicator_code: string;
  readonly dimension: string;
  readonly option: string;
  readonly label_vi: string;
  readonly label_en: string;
  readonly sort_order: number;
}

/** Table `derived_rate`: a rate computed from indicator values. */
export interface DerivedRateTable {
  readonly catalogue_year: number;
  readonly code: string;
  readonly disaggregation: string;
  readonly area: string;
  readonly name_vi: string;
  readonly name_en: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly factor: number;
  readonly decimals: number;
  readonly legal_basis: string | null;
  readonly sort_order: number;
}

/** Table `validation_rule`: a rule of a catalogue year (comparison or built-in kind). */
export interface ValidationRuleTable {
  readonly catalogue_year: number;
  readonly code: string;
  readonly kind: string;
  readonly area: string;
  readonly name_vi: string;
  readonly left_expr: string | null;
  readonly operator: string | null;
  readonly right_expr: string | null;
  readonly importance: string;
  readonly missing_strategy: string | null;
  readonly message_vi: string;
  readonly sort_order: number;
}

/** Tables of the catalogue feature. */
export interface CatalogueTables {
  readonly catalogue: CatalogueTable;
  readonly indicator: IndicatorTable;
  readonly indicator_disaggregation: IndicatorDisaggregationTable;
  readonly derived_rate: DerivedRateTable;
  readonly validation_rule: ValidationRuleTable;
}
