/**
 * What the workflow and consolidation need from the reform data, as a port: a unit's figures for
 * a period, the validation findings that decide whether it may be submitted, the indicator and
 * rate catalogue, and a way to store consolidated figures. The live layer (in the API) is built on
 * the value store and validation service; tests give their own.
 */
import type { IndicatorDefinition, RateDefinition } from "@cchc/domain/indicators/Indicator";
import type { SnapshotValue } from "@cchc/domain/workflow/Snapshot";
import { Context, Effect, Layer } from "effect";
import type { PeriodLocked } from "./PeriodLock.js";

/** A validation finding as the workflow needs it: errors block a submission, warnings need a comment. */
export interface SubmissionFinding {
  readonly rule: string;
  readonly importance: "error" | "warning";
  readonly message: string;
  /** What the finding is about, when it names one thing (a missing compulsory indicator: its code and name). */
  readonly subject?: { readonly type: string; readonly ref: string; readonly label: string } | null;
}

/** A figure to store as consolidated. */
export interface ConsolidatedFigure {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
}

/** The reform-data port of the workflow. */
export class ReportSources extends Context.Tag("@cchc/db/workflow/ReportSources")<
  ReportSources,
  {
    readonly figures: (unit: string, period: string) => Effect.Effect<ReadonlyArray<SnapshotValue>>;
    readonly validate: (unit: string, period: string) => Effect.Effect<ReadonlyArray<SubmissionFinding>>;
    /** The indicators and rates that apply to a period. */
    readonly catalogue: (period: string) => Effect.Effect<{
      readonly indicators: ReadonlyArray<Pick<IndicatorDefinition, "code" | "timeAggregation" | "treeAggregation">>;
      readonly rates: ReadonlyArray<RateDefinition>;
    }>;
    /**
     * Stores figures with source "consolidated"; returns how many were written. Refused when an
     * approval locked them (checked by the value store in its write transaction).
     */
    readonly storeConsolidated: (
      unit: string,
      period: string,
      figures: ReadonlyArray<ConsolidatedFigure>,
      actorName: string | null,
    ) => Effect.Effect<number, PeriodLocked>;
  }
>() {
  /** A source with no figures, no findings and an empty catalogue, for databases without reform data. */
  static readonly empty = Layer.succeed(ReportSources, {
    figures: () => Effect.succeed([]),
    validate: () => Effect.succeed([]),
    catalogue: () => Effect.succeed({ indicators: [], rates: [] }),
    storeConsolidated: () => Effect.succeed(0),
  });
}
