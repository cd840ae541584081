/**
 * The counters kept per (unit, day or month, procedure level, channel) and what one record version
 * adds to them, computed in the import process: the database then only adds ready-made deltas,
 * one row per touched cell. A version counts on up to three days — its receipt day, its finish
 * day, and its effective appointment day when it was not finished by then (the cut-off arithmetic
 * of `DossierSql.statsFromAggregates` reads them). Tests hold these deltas against a plain scan.
 */

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

/** One counter: its column, its anchor day, and whether a version counts in it (0/1). */
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
  { column: "resolved_early", anchor: "finished", counts: (f) => resolved(f) && finishedDay(f) < f.dueDay },
  { column: "resolved_on_time", anchor: "finished", counts: (f) => resolved(f) && finishedDay(f) === f.dueDay },
  { column: "resolved_late", anchor: "finished", counts: (f) => resolved(f) && finishedDay(f) > f.dueDay },
  { column: "resolved_extended", anchor: "finished", counts: (f) => resolved(f) && f.extensionDate !== null },
  { column: "resolved_result_digitised", anchor: "finished", counts: (f) => resolved(f) && f.resultDigitised },
  { column: "returned", anchor: "finished", counts: (f) => f.outcome === "returned" },
  { column: "withdrawn", anchor: "finished", counts: (f) => f.outcome === "withdrawn" },
  { column: "rejected", anchor: "finished", counts: (f) => f.outcome === "rejected" },
  { column: "finished_after_due", anchor: "finished", counts: (f) => finishedDay(f) > f.dueDay },
  { column: "due_open", anchor: "due", counts: () => true },
];

/** The counter column names, in order. */
export const counterColumns: ReadonlyArray<string> = counters.map((c) => c.column);

const byAnchor = (anchor: Anchor): ReadonlyArray<readonly [number, Counter]> =>
  counters.flatMap((c, i) => (c.anchor === anchor ? [[i, c] as const] : []));
const receivedCounters = byAnchor("received");
const finishedCounters = byAnchor("finished");
const dueCounters = byAnchor("due");

const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Net counter changes of a batch per (unit, day, level, channel): add the versions that come in,
 * subtract the ones they replace. Cells that net to zero are left out of the COPY text.
 */
export class CounterDelta {
  private readonly cells = new Map<string, Int32Array>();

  private cell(f: CounterFacts, day: string): Int32Array {
    const key = `${quote(f.unitCode)},${day},${f.procedureLevel},${f.channel}`;
    let c = this.cells.get(key);
    if (c === undefined) {
      c = new Int32Array(counters.length);
      this.cells.set(key, c);
    }
    return c;
  }

  private apply(f: CounterFacts, day: string, list: ReadonlyArray<readonly [number, Counter]>, sign: number): void {
    const c = this.cell(f, day);
    for (const [i, counter] of list) if (counter.counts(f)) (c[i] as number) += sign;
  }

  /** Adds (sign 1) or subtracts (sign −1) the contribution of one version. */
  add(f: CounterFacts, sign: 1 | -1): void {
    this.apply(f, f.receivedDay, receivedCounters, sign);
    if (f.finishedDay !== null) this.apply(f, f.finishedDay, finishedCounters, sign);
    if (f.finishedDay === null || f.finishedDay > f.dueDay) this.apply(f, f.dueDay, dueCounters, sign);
  }

  /** Number of cells touched (zero or not). */
  get size(): number {
    return this.cells.size;
  }

  /** COPY text (CSV: unit, day, level, channel, counters…) of the non-zero cells, in chunks. */
  copyChunks(linesPerChunk = 4096): string[] {
    const chunks: string[] = [];
    let parts: string[] = [];
    for (const [key, c] of this.cells) {
      if (c.every((v) => v === 0)) continue;
      parts.push(`${key},${c.join(",")}\n`);
      if (parts.length === linesPerChunk) {
        chunks.push(parts.join(""));
        parts = [];
      }
    }
    if (parts.length > 0) chunks.push(parts.join(""));
    return chunks;
  }
}
