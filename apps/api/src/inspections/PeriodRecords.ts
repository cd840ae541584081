/**
 * What the routes of a unit's period records (inspections, activities) share: a record found by id
 * is checked against its own unit (`RecordAccess`: unknown id 404, another subtree 403 without
 * content), and a change must not touch a report an approval locked — neither where the record is
 * now nor where a correction moves it. A record's section in the report is its reform area, as the
 * Router reads `area` from a body.
 */
import { PeriodLock } from "@cchc/db/workflow/PeriodLock";
import type { Action } from "@cchc/domain/access/Role";
import { Effect } from "effect";
import { demand } from "../auth/AccessControl.js";
import { demandOnRecord } from "../values/RecordAccess.js";

/** Where a record belongs: its unit, period and reform area. */
export interface PeriodRecord {
  readonly unit: string;
  readonly period: string;
  readonly area: string;
}

/** Loads a record with `load` and checks `action` on its unit. */
export const recordFor = <A extends PeriodRecord, E, R>(load: Effect.Effect<A, E, R>, action: Action) =>
  Effect.tap(load, (r) => demandOnRecord(action, r.unit));

/** Refuses a change to a record of a locked report (409 PERIOD_LOCKED). */
export const assertUnlocked = (r: PeriodRecord) =>
  Effect.flatMap(PeriodLock, (lock) => lock.assertWritable(r.unit, r.period, [{ section: r.area }]));

/** Checks a correction from `before` to `after`: writable where the record is, and where it goes when it moves. */
export const demandCorrection = (before: PeriodRecord, after: PeriodRecord) =>
  Effect.gen(function* () {
    yield* assertUnlocked(before);
    if (after.unit !== before.unit) yield* demand("write-values", after.unit);
    if (after.unit !== before.unit || after.period !== before.period || after.area !== before.area) yield* assertUnlocked(after);
  });
