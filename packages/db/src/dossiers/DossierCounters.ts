/**
 * The counters kept per (unit, day or month, procedure level, channel) and what one record version
 * adds to them, computed in the import process: the database then only adds ready-made deltas,
 * one row per touched cell. A version counts on up to three days — its receipt day, its finish
 * day, and its effective appointment day when it was not finished by then (the cut-off arithmetic
 * of `DossierSql.statsFromAggregates` reads them). Tests hold these deltas against a plain scan.
 */

import { channelNames, dayNumberOf, levelNames, outcomeNames, type PlainLine } from "@cchc/domain/dossiers/PlainLine";

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
const receivedBits = bitsOf("received");
const finishedBits = bitsOf("finished");
const dueBits = bitsOf("due");
const bit = (column: string): number => 1 << counterColumns.indexOf(column);
const always = bit("received") | bit("due_open");
const [finishedBit, digitised, paidOnlineBit, early, onTime, late, extended_, resultDigitisedBit, returned, withdrawn, rejected, afterDue] =
  [
    "finished",
    "received_digitised",
    "received_paid_online",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "resolved_extended",
    "resolved_result_digitised",
    "returned",
    "withdrawn",
    "rejected",
    "finished_after_due",
  ].map(bit) as [number, number, number, number, number, number, number, number, number, number, number, number];

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
  if (dossierDigitised) bits |= digitised;
  if (paidOnline) bits |= paidOnlineBit;
  if (Number.isNaN(finished)) return bits;
  bits |= finishedBit;
  if (finished > due) bits |= afterDue;
  if (outcome === RESOLVED) {
    bits |= finished < due ? early : finished === due ? onTime : late;
    if (extended) bits |= extended_;
    if (resultDigitised) bits |= resultDigitisedBit;
  } else if (outcome === RETURNED) bits |= returned;
  else if (outcome === WITHDRAWN) bits |= withdrawn;
  else if (outcome === REJECTED) bits |= rejected;
  return bits;
};

const [RESOLVED, RETURNED, WITHDRAWN, REJECTED] = (["resolved", "returned", "withdrawn", "rejected"] as const).map((o) =>
  outcomeNames.indexOf(o),
) as [number, number, number, number];
const outcomeIndex = (outcome: string | null): number => (outcome === null ? 0 : outcomeNames.indexOf(outcome as never));
const dayOrNaN = (day: string | null): number => (day === null ? Number.NaN : dayNumberOf(day));

/** `countedBitsOf` of facts given as text. */
export const countedBits = (f: CounterFacts): number =>
  countedBitsOf(
    dayOrNaN(f.finishedDay),
    dayNumberOf(f.dueDay),
    outcomeIndex(f.outcome),
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

const levelIndex: Record<string, number> = Object.fromEntries(levelNames.map((n, i) => [n, i]));
const channelIndex: Record<string, number> = Object.fromEntries(channelNames.map((n, i) => [n, i]));
const width = counters.length;

// A cell within a unit is one integer: (day number + dayBase) × 16 + level × 4 + channel; number
// keys keep the per-row work of a bulk import to a few map lookups.
const dayBase = 1_000_000;
const cellKey = (day: number, level: number, channel: number): number => ((day + dayBase) * 4 + level) * 4 + channel;
const dayTexts = new Map<number, string>();
const dayText = (day: number): string => {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayTexts.set(day, text);
  }
  return text;
};
const cellParts = (key: number): readonly [string, string, string] => [
  dayText(Math.floor(key / 16) - dayBase),
  levelNames[Math.floor(key / 4) % 4] as string,
  channelNames[key % 4] as string,
];

/**
 * Net counter changes of a batch per (unit, day, level, channel): add the versions that come in,
 * subtract the ones they replace. Cells that net to zero are left out.
 */
export class CounterDelta {
  private readonly units = new Map<string, Map<number, number>>();
  private data = new Int32Array(width * 4096);
  private slots = 0;
  private memory = new Int32Array(4 * 4096);
  private remembered = 0;

  private slot(cells: Map<number, number>, key: number): number {
    let at = cells.get(key);
    if (at === undefined) {
      at = this.slots++ * width;
      if (at + width > this.data.length) {
        const grown = new Int32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      cells.set(key, at);
    }
    return at;
  }

  /** Adds `sign` to the counters of `bits` in the cell at `at`. */
  private apply(at: number, bits: number, sign: number): void {
    const data = this.data;
    for (let rest = bits; rest !== 0; rest &= rest - 1) (data[at + 31 - Math.clz32(rest & -rest)] as number) += sign;
  }

  /** Adds (sign 1) or subtracts (sign −1) the contribution of one version. */
  add(f: CounterFacts, sign: 1 | -1): void {
    this.contributeFacts(f, sign);
  }

  /** Adds the contribution of a line read in place (`PlainLine`); answers the bits applied. */
  addPlain(unitCode: string, p: PlainLine): number {
    const bits = countedBitsOf(
      p.finishedDay,
      p.dueDay,
      p.outcome,
      !Number.isNaN(p.extensionDay),
      p.dossierDigitised,
      p.resultDigitised,
      p.paidOnline,
    );
    return this.contribute(unitCode, p.level, p.channel, p.receivedDay, p.dueDay, p.finishedDay, bits, 1);
  }

  // the cells of the last contribution (−1: none), read by `addRemembered` without an array per version
  private lastReceived = -1;
  private lastFinished = -1;
  private lastDue = -1;

  private contributeFacts(f: CounterFacts, sign: 1 | -1): number {
    return this.contribute(
      f.unitCode,
      levelIndex[f.procedureLevel] as number,
      channelIndex[f.channel] as number,
      dayNumberOf(f.receivedDay),
      dayNumberOf(f.dueDay),
      dayOrNaN(f.finishedDay),
      countedBits(f),
      sign,
    );
  }

  /**
   * Adds a version's contribution (its counter `bits`) on its receipt day, finish day (NaN: not
   * finished) and, when not finished by then, appointment day; answers the bits applied.
   */
  private contribute(
    unitCode: string,
    level: number,
    channel: number,
    received: number,
    due: number,
    finished: number,
    counted: number,
    sign: 1 | -1,
  ): number {
    let cells = this.units.get(unitCode);
    if (cells === undefined) {
      cells = new Map();
      this.units.set(unitCode, cells);
    }
    let bits = counted;
    const receivedCell = this.slot(cells, cellKey(received, level, channel));
    this.apply(receivedCell, bits & receivedBits, sign);
    let finishedCell = -1;
    let dueCell = -1;
    const open = Number.isNaN(finished);
    if (!open) {
      finishedCell = this.slot(cells, cellKey(finished, level, channel));
      this.apply(finishedCell, bits & finishedBits, sign);
    }
    if (open || finished > due) {
      dueCell = this.slot(cells, cellKey(due, level, channel));
      this.apply(dueCell, bits & dueBits, sign);
    } else bits &= ~dueBits;
    this.lastReceived = receivedCell;
    this.lastFinished = finishedCell;
    this.lastDue = dueCell;
    return bits;
  }

  /**
   * Adds a version's contribution and remembers it compactly (which cells, which counters) under
   * the next number, 0, 1, 2…, so that `cancel` can take it back without keeping the version.
   */
  addRemembered(f: CounterFacts): void {
    this.remember(this.contributeFacts(f, 1));
  }

  /** `addRemembered` of a line read in place. */
  addRememberedPlain(unitCode: string, p: PlainLine): void {
    this.remember(this.addPlain(unitCode, p));
  }

  /** Remembers the last contribution (its cells and `bits`) under the next number. */
  private remember(bits: number): void {
    const at = this.remembered++ * 4;
    if (at + 4 > this.memory.length) {
      const grown = new Int32Array(this.memory.length * 2);
      grown.set(this.memory);
      this.memory = grown;
    }
    this.memory[at] = this.lastReceived;
    this.memory[at + 1] = this.lastFinished;
    this.memory[at + 2] = this.lastDue;
    this.memory[at + 3] = bits;
  }

  /** Takes back the contribution remembered under number `n` (a version that turned out not to apply). */
  cancel(n: number): void {
    const bits = this.memory[n * 4 + 3] as number;
    const cells = [this.memory[n * 4], this.memory[n * 4 + 1], this.memory[n * 4 + 2]] as [number, number, number];
    const anchors = [receivedBits, finishedBits, dueBits];
    for (let k = 0; k < 3; k++) if ((cells[k] as number) >= 0) this.apply(cells[k] as number, bits & (anchors[k] as number), -1);
  }

  /** Number of cells touched (zero or not). */
  get size(): number {
    return this.slots;
  }

  /** The non-zero cells as rows { unit, day, level, channel, counts } (counts in `counters` order). */
  *cells(): Generator<{
    readonly unit: string;
    readonly day: string;
    readonly level: string;
    readonly channel: string;
    readonly counts: Int32Array;
  }> {
    const data = this.data;
    for (const [unit, cells] of this.units)
      for (const [key, at] of cells) {
        let zero = true;
        for (let i = 0; i < width; i++) if (data[at + i] !== 0) zero = false;
        if (zero) continue;
        const [day, level, channel] = cellParts(key);
        yield { unit, day, level, channel, counts: data.subarray(at, at + width) };
      }
  }

  /**
   * The non-zero cells as CSV lines (unit, day, level, channel, then the counts in `counters`
   * order), for a COPY: a whole file's counters are too many for array parameters.
   */
  csvLines(): string[] {
    const lines: string[] = [];
    for (const c of this.cells()) lines.push(`${csvCell(c.unit)},${c.day},${c.level},${c.channel},${c.counts.join(",")}\n`);
    return lines;
  }

  /**
   * The non-zero cells as the parameters of `DossierSql.applyCounters`: array literals of units,
   * days, levels, channels, then one per counter; undefined when no cell changes.
   */
  arrays(): ReadonlyArray<string> | undefined {
    const units: string[] = [];
    const days: string[] = [];
    const levels: string[] = [];
    const channels: string[] = [];
    const columns: number[][] = counters.map(() => []);
    for (const c of this.cells()) {
      units.push(arrayElement(c.unit));
      days.push(c.day);
      levels.push(c.level);
      channels.push(c.channel);
      for (let i = 0; i < width; i++) (columns[i] as number[]).push(c.counts[i] as number);
    }
    if (units.length === 0) return undefined;
    return [units, days, levels, channels, ...columns].map((a) => `{${a.join(",")}}`);
  }
}
