/**
 * The PAR Index tables' rows and the repository's records, in one place: `par_score` rows (scores
 * stored in hundredths, evidence as JSON text) as the domain's `StoredScore`, `par_step` rows as
 * its `ParStep`, `par_assessment` states and `par_framework` bodies, decoded with the domain's
 * schemas, so a row that does not match is a defect naming the table.
 */

import * as Assessment from "@cchc/domain/par-index/Assessment";
import { State, ParStep as StepSchema } from "@cchc/domain/par-index/ParWorkflow";
import type { Schema } from "effect";
import { rowDecoder } from "../RowDecoder.js";
import type { ParStep, StoredScore } from "./ParIndexRepo.js";
import type { ParScoreRow, ParStepRow } from "./ParIndexTables.js";

// The stored score and the workflow step are the domain's, whose types are the repository's records.
const Score: Schema.Schema<StoredScore> = Assessment.StoredScore;
const Step: Schema.Schema<ParStep> = StepSchema;

const decodeScore = rowDecoder("par_score", Score);
const decodeStep = rowDecoder("par_step", Step);
const decodeState = rowDecoder("par_assessment", State);

const points = (cents: number | null): number | null => (cents === null ? null : cents / 100);

/** A timestamp column (a Date, or text from some drivers) as ISO 8601. */
export const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

/** The criterion's score a `par_score` row stores. */
export const scoreFromRow = (r: ParScoreRow): StoredScore =>
  decodeScore({
    criterion: r.criterion_code,
    selfScore: points(r.self_cents),
    appraisedScore: points(r.appraised_cents),
    evidence: JSON.parse(r.evidence),
    note: r.note,
    reason: r.reason,
    surveySource: r.survey_source,
    version: r.version,
    updatedBy: r.updated_by,
    updatedAt: iso(r.updated_at),
  });

/** The workflow step a `par_step` row stores. */
export const stepFromRow = (r: ParStepRow): ParStep =>
  decodeStep({
    id: r.id,
    framework: r.framework_code,
    unit: r.unit_code,
    command: r.command,
    from: r.from_state,
    to: r.to_state,
    actor: r.actor_name,
    at: iso(r.at),
    reason: r.reason,
  });

/** The workflow state in a `par_assessment` row's `state` column. */
export const stateFromRow = (r: { readonly state: string }): State => decodeState(r.state);

/** The framework a `par_framework` row's body holds, as JSON still to decode with the domain's `Framework`. */
export const frameworkBodyFromRow = (r: { readonly body: string }): unknown => JSON.parse(r.body);
