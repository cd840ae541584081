/**
 * A bulk load's sum of counter changes as COPY data (ADR 0032): the daily cells not stored yet
 * (`FreshCells`) as binary tuples COPYed into `dossier_daily` itself — no scratch table, no
 * conflict check —, the other daily cells and the sums of each month as CSV lines of the scratch
 * table that `DossierSql.addDelta` adds to the counters.
 */
import { channelNames, levelNames } from "@cchc/domain/dossiers/PlainLine";
import { BinaryTuples } from "./BinaryTuples.js";
import { CounterDelta, channelOfCell, dayOfCell, dayText, levelOfCell, monthCellOf } from "./CounterDelta.js";
import { csvCell } from "./DossierCounters.js";
import type { FreshCells } from "./FreshCells.js";

/** Daily counter rows (`DossierSql.copyFreshDaily`'s columns) as binary tuples. */
class DailyTuples extends BinaryTuples {
  size = 0;

  push(unit: string, key: number, counts: Int32Array): void {
    this.reserve(2 + unit.length * 3 + 4 + 8 + 2 * 20 + counts.length * 8);
    this.int16(4 + counts.length);
    this.text(unit);
    this.day(dayOfCell(key));
    this.text(levelNames[levelOfCell(key)] as string);
    this.text(channelNames[channelOfCell(key)] as string);
    for (let i = 0; i < counts.length; i++) this.integer(counts[i] as number);
    this.size++;
  }
}

/** A scratch row (`DossierSql.createDeltaScratch`): unit, day, level, channel, counts, monthly. */
const scratchLine = (unit: string, key: number, counts: Int32Array, monthly: boolean): string =>
  `${csvCell(unit)},${dayText(dayOfCell(key))},${levelNames[levelOfCell(key)]},${channelNames[channelOfCell(key)]},${counts.join(",")},${monthly}\n`;

/** The COPY data of a sum of counter changes. */
export interface CounterCopy {
  /** Binary COPY data of the daily cells not stored yet (empty: none). */
  readonly freshDaily: ReadonlyArray<Uint8Array>;
  /** CSV lines of the other daily cells and of the monthly sums. */
  readonly scratch: ReadonlyArray<string>;
}

/** Splits `delta` into fresh daily cells, other daily cells and monthly sums; the fresh cells are taken as stored from now on. */
export const counterCopy = (delta: CounterDelta, fresh: FreshCells): CounterCopy => {
  const daily = new DailyTuples();
  const scratch: string[] = [];
  const months = new CounterDelta();
  delta.forEachCell((unit, key, counts) => {
    months.addCounts(unit, monthCellOf(key), counts);
    if (fresh.take(unit, key)) daily.push(unit, key, counts);
    else scratch.push(scratchLine(unit, key, counts, false));
  });
  months.forEachCell((unit, key, counts) => scratch.push(scratchLine(unit, key, counts, true)));
  return { freshDaily: daily.size > 0 ? daily.chunks() : [], scratch };
};
