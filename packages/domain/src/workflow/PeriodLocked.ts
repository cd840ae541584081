/**
 * The approval lock: writes to figures of an approved report are refused until it is reopened for them.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";
import type * as W from "./ReportWorkflow.js";

/** Writes to these figures are refused because the report is approved (and not reopened for them). */
export class PeriodLocked extends Data.TaggedError("PeriodLocked")<{
  readonly unit: string;
  readonly period: string;
  readonly state: W.ReportState;
  /** Figures or sections refused ("tthc.hoso.tiepnhan", "section:procedure"); empty = the whole report. */
  readonly refused: ReadonlyArray<string>;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
}> {}
