/**
 * Which daily counter cells a bulk load can COPY into the counters without looking for a conflict
 * (`CounterCopy`, ADR 0032): the cells of units that had no daily counters when the load began,
 * until the load has written them.
 * Every ingest holds the ingest lock (`DossierSql.lockIngest`), so no other writer adds counter
 * rows meanwhile.
 */
export class FreshCells {
  private readonly written = new Map<string, Set<number>>();

  /** `counted`: the units that had daily counters when the load began. */
  constructor(private readonly counted: ReadonlySet<string>) {}

  /** Whether the cell (`CounterDelta`'s key within the unit) is surely not stored yet; from now on it is taken as stored. */
  readonly take = (unit: string, cell: number): boolean => {
    if (this.counted.has(unit)) return false;
    let cells = this.written.get(unit);
    if (cells === undefined) {
      cells = new Set();
      this.written.set(unit, cells);
    }
    if (cells.has(cell)) return false;
    cells.add(cell);
    return true;
  };
}
