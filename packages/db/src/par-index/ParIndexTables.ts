import type { ColumnType, Generated, Selectable } from "kysely";

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Table `par_framework`: a framework uploaded through the API (JSON body), immutable once stored. */
export interface ParFrameworkTable {
  readonly code: string;
  readonly body: string;
  readonly created_by: string;
  readonly created_at: Stamp;
}

/** Table `par_assessment`: a unit's assessment under a framework and where its workflow stands. */
export interface ParAssessmentTable {
  readonly framework_code: string;
  readonly unit_code: string;
  readonly state: string;
  readonly updated_at: Stamp;
}

/** Table `par_score`: one criterion of an assessment; points in whole hundredths. */
export interface ParScoreTable {
  readonly framework_code: string;
  readonly unit_code: string;
  readonly criterion_code: string;
  readonly self_cents: number | null;
  readonly appraised_cents: number | null;
  /** JSON array of evidence references. */
  readonly evidence: ColumnType<string, string | undefined, string>;
  readonly note: string | null;
  readonly reason: string | null;
  readonly survey_source: string | null;
  readonly version: number;
  readonly updated_by: string;
  readonly updated_at: Stamp;
}

/** Table `par_step`: one workflow step of an assessment. */
export interface ParStepTable {
  readonly id: Generated<number>;
  readonly framework_code: string;
  readonly unit_code: string;
  readonly command: string;
  readonly from_state: string;
  readonly to_state: string;
  readonly actor_name: string | null;
  readonly at: ColumnType<Date, Date | string, Date | string>;
  readonly reason: string | null;
}

/** Tables of the PAR Index feature. */
export interface ParIndexTables {
  readonly par_framework: ParFrameworkTable;
  readonly par_assessment: ParAssessmentTable;
  readonly par_score: ParScoreTable;
  readonly par_step: ParStepTable;
}

/** Selected rows. */
export type ParScoreRow = Selectable<ParScoreTable>;
/** A selected step. */
export type ParStepRow = Selectable<ParStepTable>;
