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

const byAnchor = (anchor: Anchor): ReadonlyArray<readonly [number, Counter]> =>
  counters.flatMap((c, i) => (c.anchor === anchor ? [[i, c] as const] : []));
const receivedCounters = byAnchor("received");
const finishedCounters = byAnchor("finished");
const dueCounters = byAnchor("due");

/** A text element of a PostgreSQL array literal, quoted (backslash before quotes and backslashes). */
export const arrayElement = (s: string): string =>
  // most keys hold neither: two searches cost less than a replace (2 M keys a 1 M-line import)
  s.indexOf('"') < 0 && s.indexOf("\\") < 0 ? `"${s}"` : `"${s.replace(/["\\]/g, "\\$&")}"`;

/** A text field of a CSV line, quoted when it must be. */
export const csvCell = (s: string): string => (/[",\r\n]/.test(s) || s === "" ? `"${s.replaceAll('"', '""')}"` : s);

const levelIndex: Record<string, number> = { province: 0, district: 1, commune: 2 };
const channelIndex: Record<string, number> = { "online-full": 0, "online-partial": 1, "in-person": 2, post: 3 };
const levelNames = ["province", "district", "commune"];
const channelNames = ["online-full", "online-partial", "in-person", "post"];
const width = counters.length;

// A cell within a unit is one integer: (packed day × 16 + level × 4 + channel); number keys keep
// the per-row work of a bulk import to a few map lookups.
const cellKey = (day: string, level: number, channel: number): number => {
  const y = (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
  const m = (day.charCodeAt(5) - 48) * 10 + (day.charCodeAt(6) - 48);
  const d = (day.charCodeAt(8) - 48) * 10 + (day.charCodeAt(9) - 48);
  return (((y * 16 + m) * 32 + d) * 4 + level) * 4 + channel;
};
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const cellText = (key: number): string => {
  const channel = key % 4;
  const level = Math.floor(key / 4) % 4;
  const day = Math.floor(key / 16);
  const d = day % 32;
  const m = Math.floor(day / 32) % 16;
  const y = Math.floor(day / 512);
  return `${y}-${pad2(m)}-${pad2(d)},${levelNames[level]},${channelNames[channel]}`;
};

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

  private apply(f: CounterFacts, at: number, list: ReadonlyArray<readonly [number, Counter]>, sign: number): number {
    const data = this.data;
    let mask = 0;
    for (const [i, counter] of list)
      if (counter.counts(f)) {
        (data[at + i] as number) += sign;
        mask |= 1 << i;
      }
    return mask;
  }

  /** Adds (sign 1) or subtracts (sign −1) the contribution of one version. */
  add(f: CounterFacts, sign: 1 | -1): void {
    this.contribute(f, sign);
  }

  private contribute(f: CounterFacts, sign: 1 | -1): readonly [number, number, number, number] {
    let cells = this.units.get(f.unitCode);
    if (cells === undefined) {
      cells = new Map();
      this.units.set(f.unitCode, cells);
    }
    const level = levelIndex[f.procedureLevel] as number;
    const channel = channelIndex[f.channel] as number;
    const r = this.slot(cells, cellKey(f.receivedDay, level, channel));
    let mask = this.apply(f, r, receivedCounters, sign);
    let fin = -1;
    let due = -1;
    if (f.finishedDay !== null) {
      fin = this.slot(cells, cellKey(f.finishedDay, level, channel));
      mask |= this.apply(f, fin, finishedCounters, sign);
    }
    if (f.finishedDay === null || f.finishedDay > f.dueDay) {
      due = this.slot(cells, cellKey(f.dueDay, level, channel));
      mask |= this.apply(f, due, dueCounters, sign);
    }
    return [r, fin, due, mask];
  }

  /**
   * Adds a version's contribution and remembers it compactly (which cells, which counters) under
   * the next number, 0, 1, 2…, so that `cancel` can take it back without keeping the version.
   */
  addRemembered(f: CounterFacts): void {
    const [r, fin, due, mask] = this.contribute(f, 1);
    const at = this.remembered++ * 4;
    if (at + 4 > this.memory.length) {
      const grown = new Int32Array(this.memory.length * 2);
      grown.set(this.memory);
      this.memory = grown;
    }
    this.memory[at] = r;
    this.memory[at + 1] = fin;
    this.memory[at + 2] = due;
    this.memory[at + 3] = mask;
  }

  /** Takes back the contribution remembered under number `n` (a version that turned out not to apply). */
  cancel(n: number): void {
    const mask = this.memory[n * 4 + 3] as number;
    for (const [k, list] of [
      [0, receivedCounters],
      [1, finishedCounters],
      [2, dueCounters],
    ] as const) {
      const at = this.memory[n * 4 + k] as number;
      if (at < 0) continue;
      for (const [i] of list) if (mask & (1 << i)) (this.data[at + i] as number) -= 1;
    }
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
        const [day, level, channel] = cellText(key).split(",") as [string, string, string];
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
