/**
 * Net counter changes per (unit, day, procedure level, channel), summed in the import process from
 * the versions that come in and the ones they replace (`DossierCounters` says which counters a
 * version counts in, on which days); the database adds them ready-made, one row per cell.
 */
import { channelNames, dayNumberOf, levelNames, type PlainLine } from "@cchc/domain/dossiers/PlainLine";
import {
  arrayElement,
  type CounterFacts,
  countedBits,
  countedBitsOf,
  counters,
  dayOrNaN,
  dueBits,
  finishedBits,
  receivedBits,
} from "./DossierCounters.js";

const levelIndex: Record<string, number> = Object.fromEntries(levelNames.map((n, i) => [n, i]));
const channelIndex: Record<string, number> = Object.fromEntries(channelNames.map((n, i) => [n, i]));
const width = counters.length;

// A cell within a unit is one integer: (day number + dayBase) × 16 + level × 4 + channel; number
// keys keep the per-row work of a bulk import to a few map lookups.
const dayBase = 1_000_000;
const cellKey = (day: number, level: number, channel: number): number => ((day + dayBase) * 4 + level) * 4 + channel;
/** The day number of a cell. */
export const dayOfCell = (key: number): number => Math.floor(key / 16) - dayBase;
/** The index in `levelNames` of a cell's level. */
export const levelOfCell = (key: number): number => Math.floor(key / 4) % 4;
/** The index in `channelNames` of a cell's channel. */
export const channelOfCell = (key: number): number => key % 4;
/** The cell of the same level and channel on the first day of the cell's month. */
export const monthCellOf = (key: number): number => {
  const day = dayOfCell(key);
  let first = monthStarts.get(day);
  if (first === undefined) {
    const date = new Date(day * 86_400_000);
    first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
    monthStarts.set(day, first);
  }
  return cellKey(first, levelOfCell(key), channelOfCell(key));
};
const monthStarts = new Map<number, number>();
/** Whether the cell at `at` counts nothing. */
const isZero = (data: Int32Array, at: number): boolean => {
  for (let i = 0; i < width; i++) if (data[at + i] !== 0) return false;
  return true;
};
const dayTexts = new Map<number, string>();
/** A day number as "YYYY-MM-DD". */
export const dayText = (day: number): string => {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayTexts.set(day, text);
  }
  return text;
};
const cellParts = (key: number): readonly [string, string, string] => [
  dayText(dayOfCell(key)),
  levelNames[levelOfCell(key)] as string,
  channelNames[channelOfCell(key)] as string,
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

  /** The cells of `unitCode` (their slots by key), made when first asked for. */
  private cellsOf(unitCode: string): Map<number, number> {
    let cells = this.units.get(unitCode);
    if (cells === undefined) {
      cells = new Map();
      this.units.set(unitCode, cells);
    }
    return cells;
  }

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
    const cells = this.cellsOf(unitCode);
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

  /** `addRemembered` of a line read in place; answers the number it is remembered under. */
  addRememberedPlain(unitCode: string, p: PlainLine): number {
    return this.remember(this.addPlain(unitCode, p));
  }

  /** Remembers the last contribution (its cells and `bits`) under the next number, which it answers. */
  private remember(bits: number): number {
    const n = this.remembered++;
    const at = n * 4;
    if (at + 4 > this.memory.length) {
      const grown = new Int32Array(this.memory.length * 2);
      grown.set(this.memory);
      this.memory = grown;
    }
    this.memory[at] = this.lastReceived;
    this.memory[at + 1] = this.lastFinished;
    this.memory[at + 2] = this.lastDue;
    this.memory[at + 3] = bits;
    return n;
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
  cells(): Array<{
    readonly unit: string;
    readonly day: string;
    readonly level: string;
    readonly channel: string;
    readonly counts: Int32Array;
  }> {
    const rows: ReturnType<CounterDelta["cells"]> = [];
    this.forEachCell((unit, key, counts) => {
      const [day, level, channel] = cellParts(key);
      rows.push({ unit, day, level, channel, counts });
    });
    return rows;
  }

  /** Adds `counts` (in `counters` order) to the cell `key` of `unitCode`. */
  addCounts(unitCode: string, key: number, counts: Int32Array): void {
    const at = this.slot(this.cellsOf(unitCode), key);
    for (let i = 0; i < width; i++) (this.data[at + i] as number) += counts[i] as number;
  }

  /**
   * Calls `f` with each non-zero cell: its unit, its key and its counts in `counters` order (a view
   * of this sum, to be read before it changes).
   */
  forEachCell(f: (unit: string, key: number, counts: Int32Array) => void): void {
    const data = this.data;
    for (const [unit, cells] of this.units)
      for (const [key, at] of cells) if (!isZero(data, at)) f(unit, key, data.subarray(at, at + width));
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
