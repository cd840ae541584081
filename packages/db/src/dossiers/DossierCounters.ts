/**
 * The counters kept per (unit, day or month, procedure level, channel) and what one record version
 * adds to them (summed by `CounterDelta`), computed in the import process: the database then only
 * adds ready-made deltas, one row per touched cell. A version counts on up to three days — its receipt day, its finish
 * day, and its effective appointment day when it was not finished by then (the cut-off arithmetic
 * of `DossierSql.statsFromAggregates` reads them). Tests hold these deltas against a plain scan.
 */

import { dayNumberOf, outcomeNames } from "@cchc/domain/dossiers/PlainLine";

/** On which day of a record a counter counts. */
export type Anchor = "received" | "finished" | "due";

/** The counting facts of one stored or incoming version (days as "YYYY-MM-DD"). */
export interface CounterFacts {
  readonly unitCode: string;
  readonly procedureLevel: string;
  readonly channel: string;
  readonly receivedDay: string;
  readonly dueDay: string;
  /** The one extension's new appointment, if any (then `dueDay` is it). */
  readonly extensionDate: string | null;
  readonly finishedDay: string | null;
  readonly outcome: string | null;
  readonly dossierDigitised: boolean;
  readonly resultDigitised: boolean;
  readonly paidOnline: boolean;
}

/**
 * The counting facts of a database row whose fact columns (`DossierSql`'s `factColumns`) are named
 * `prefix` + column, days as text.
 */
export const factsOfRow = (r: Readonly<Record<string, unknown>>, prefix = ""): CounterFacts => ({
  unitCode: r[`${prefix}unit_code`] as string,
  procedureLevel: r[`${prefix}procedure_level`] as string,
  channel: r[`${prefix}channel`] as string,
  receivedDay: r[`${prefix}received_day`] as string,
  dueDay: r[`${prefix}due_day`] as string,
  extensionDate: (r[`${prefix}extension_date`] as string | null) ?? null,
  finishedDay: (r[`${prefix}finished_day`] as string | null) ?? null,
  outcome: (r[`${prefix}outcome`] as string | null) ?? null,
  dossierDigitised: r[`${prefix}dossier_digitised`] === true,
  resultDigitised: r[`${prefix}result_digitised`] === true,
  paidOnline: r[`${prefix}paid_online`] === true,
});

/**
 * One counter: its column, its anchor day, and whether a version counts in it (0/1). Tests hold
 * the counts against a plain scan of the records (`DossierSql.statsFromScan`).
 */
export interface Counter {
  readonly column: string;
  readonly anchor: Anchor;
  readonly counts: (f: CounterFacts) => boolean;
}

const resolved = (f: CounterFacts): boolean => f.outcome === "resolved";
const finishedDay = (f: CounterFacts): string => f.finishedDay as string;

/** The counters, in column order (the order of the tables and of the delta COPY text). */
export const counters: ReadonlyArray<Counter> = [
  { column: "received", anchor: "received", counts: () => true },
  { column: "received_digitised", anchor: "received", counts: (f) => f.dossierDigitised },
  { column: "received_paid_online", anchor: "received", counts: (f) => f.paidOnline },
  { column: "finished", anchor: "finished", counts: () => true },
  {
    column: "resolved_early",
    anchor: "finished",
    counts: (f) => resolved(f) && finishedDay(f) < f.dueDay,
  },
  {
    column: "resolved_on_time",
    anchor: "finished",
    counts: (f) => resolved(f) && finishedDay(f) === f.dueDay,
  },
  {
    column: "resolved_late",
    anchor: "finished",
    counts: (f) => resolved(f) && finishedDay(f) > f.dueDay,
  },
  {
    column: "resolved_extended",
    anchor: "finished",
    counts: (f) => resolved(f) && f.extensionDate !== null,
  },
  {
    column: "resolved_result_digitised",
    anchor: "finished",
    counts: (f) => resolved(f) && f.resultDigitised,
  },
  { column: "returned", anchor: "finished", counts: (f) => f.outcome === "returned" },
  { column: "withdrawn", anchor: "finished", counts: (f) => f.outcome === "withdrawn" },
  { column: "rejected", anchor: "finished", counts: (f) => f.outcome === "rejected" },
  { column: "finished_after_due", anchor: "finished", counts: (f) => finishedDay(f) > f.dueDay },
  { column: "due_open", anchor: "due", counts: () => true },
];

/** The counter column names, in order. */
export const counterColumns: ReadonlyArray<string> = counters.map((c) => c.column);

const bitsOf = (anchor: Anchor): number => counters.reduce((bits, c, i) => (c.anchor === anchor ? bits | (1 << i) : bits), 0);
/** The counters counted on each anchor day, as bits in `counters` order. */
export const receivedBits = bitsOf("received");
export const finishedBits = bitsOf("finished");
export const dueBits = bitsOf("due");
/** Each counter's bit, by column. */
const bit: Readonly<Record<string, number>> = Object.fromEntries(counterColumns.map((c, i) => [c, 1 << i]));
const bitOf = (column: string): number => bit[column] as number;
const always = bitOf("received") | bitOf("due_open");
// the bits the per-line code below reads, as locals
const [finishedBit, afterDueBit, digitisedBit, paidOnlineBit, earlyBit, onTimeBit, lateBit, extendedBit, resultDigitisedBit] = [
  "finished",
  "finished_after_due",
  "received_digitised",
  "received_paid_online",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "resolved_extended",
  "resolved_result_digitised",
].map(bitOf) as [number, number, number, number, number, number, number, number, number];
/** The bit of the outcome counter of each outcome but "resolved" (by index in `outcomeNames`), 0 for none. */
const outcomeBit: ReadonlyArray<number> = outcomeNames.map((o) => (o === null || o === "resolved" ? 0 : bitOf(o)));
const outcomeIndex: Readonly<Record<string, number>> = Object.fromEntries(outcomeNames.map((o, i) => [String(o), i]));
const RESOLVED = outcomeIndex.resolved as number;

/**
 * The counters a version counts in, as bits in `counters` order, on all its anchors: the
 * predicates of `counters` written out as straight code, since this runs for every line of an
 * import (a test holds the two equal on every combination of facts); the finish-day counters only
 * when the version is finished. The appointment-day counter is applied only when the version was
 * not finished by its appointment (`CounterDelta`). Days are day numbers (`finished` NaN when not
 * finished), `outcome` an index in `outcomeNames`.
 */
export const countedBitsOf = (
  finished: number,
  due: number,
  outcome: number,
  extended: boolean,
  dossierDigitised: boolean,
  resultDigitised: boolean,
  paidOnline: boolean,
): number => {
  let bits = always;
  if (dossierDigitised) bits |= digitisedBit;
  if (paidOnline) bits |= paidOnlineBit;
  if (Number.isNaN(finished)) return bits;
  bits |= finishedBit;
  if (finished > due) bits |= afterDueBit;
  if (outcome === RESOLVED) {
    bits |= finished < due ? earlyBit : finished === due ? onTimeBit : lateBit;
    if (extended) bits |= extendedBit;
    if (resultDigitised) bits |= resultDigitisedBit;
  } else bits |= outcomeBit[outcome] ?? 0;
  return bits;
};

/** The day number of a day given as text; NaN for none. */
export const dayOrNaN = (day: string | null): number => (day === null ? Number.NaN : dayNumberOf(day));

/** `countedBitsOf` of facts given as text. */
export const countedBits = (f: CounterFacts): number =>
  countedBitsOf(
    dayOrNaN(f.finishedDay),
    dayNumberOf(f.dueDay),
    outcomeIndex[String(f.outcome)] as number,
    f.extensionDate !== null,
    f.dossierDigitised,
    f.resultDigitised,
    f.paidOnline,
  );

/** A text element of a PostgreSQL array literal, quoted (backslash before quotes and backslashes). */
export const arrayElement = (s: string): string =>
  // most keys hold neither: two searches cost less than a replace (2 M keys a 1 M-line import)
  s.indexOf('"') < 0 && s.indexOf("\\") < 0 ? `"${s}"` : `"${s.replace(/["\\]/g, "\\$&")}"`;

/** A text field of a CSV line, quoted when it must be. */
export const csvCell = (s: string): string => (/[",\r\n]/.test(s) || s === "" ? `"${s.replaceAll('"', '""')}"` : s);
