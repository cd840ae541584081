/**
 * The `consolidation_run` table's rows and the repository's `ConsolidationRun`, in one place:
 * `fromRow` decodes a row (its JSON lists of units and figures) with a Schema of the run, so a row
 * that does not match is a defect naming the table.
 */

import { Schema } from "effect";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { ConsolidationRun } from "./ConsolidationRepo.js";

const Run: Schema.Schema<ConsolidationRun> = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String,
  period: Schema.String,
  at: Schema.DateFromSelf,
  actorName: Schema.NullOr(Schema.String),
  included: Schema.Array(Schema.String),
  missing: Schema.Array(Schema.String),
  figures: Schema.Array(Schema.Struct({ indicator: Schema.String, disaggregation: Schema.String, value: Schema.Number })),
});

const decode = rowDecoder("consolidation_run", Run);

/** The run a `consolidation_run` row stores. */
export const fromRow = (r: RowOf<"consolidation_run">): ConsolidationRun =>
  decode({
    id: Number(r.id),
    unit: r.unit_code,
    period: r.period,
    at: r.at,
    actorName: r.actor_name,
    included: r.included,
    missing: r.missing,
    figures: r.figures,
  });
