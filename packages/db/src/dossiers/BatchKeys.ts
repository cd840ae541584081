/**
 * The keys whose first line the bulk load met in the batch it is reading, so that a later line of
 * the same key in the same batch — most later versions follow their first within a few thousand
 * lines — replaces the pending record before the batch is COPYed, instead of going through the
 * scratch table and an `UPDATE` of the stored record after it (ADR 0032).
 *
 * A key is found by the first hash `KeyFilter` computed for it; keys sharing a hash share one
 * entry, the last one entered, and the caller checks that the row found has its key
 * (`RecordTuples.hasKeyOf`). A key without an entry, or whose entry was taken, is resolved by the
 * scratch table as before — always right, only slower. Only the row, the time of its version and
 * the number its counter contribution is remembered under (`CounterDelta.addRememberedPlain`) are
 * kept, in typed arrays.
 */
export class BatchKeys {
  private readonly rowOf = new Map<number, number>();
  private updated = new Float64Array(1024);
  private contribution = new Int32Array(1024);
  private dropped = new Uint8Array(1024);
  /** Rows of the batch replaced by a later line of their key. */
  droppedRows = 0;

  /** The row entered under `hash`, or −1. */
  row(hash: number): number {
    return this.rowOf.get(hash) ?? -1;
  }

  /** Enters row `row` (its version's time and remembered contribution) under `hash`. */
  enter(hash: number, row: number, updatedMs: number, contribution: number): void {
    if (row >= this.updated.length) this.grow(row);
    this.rowOf.set(hash, row);
    this.updated[row] = updatedMs;
    this.contribution[row] = contribution;
  }

  /** The time of row `row`'s version (milliseconds). */
  updatedMs(row: number): number {
    return this.updated[row] as number;
  }

  /** The number row `row`'s counter contribution is remembered under. */
  contributionOf(row: number): number {
    return this.contribution[row] as number;
  }

  /** Marks row `row` replaced: it is left out of the COPY. */
  drop(row: number): void {
    this.dropped[row] = 1;
    this.droppedRows++;
  }

  /** Whether row `row` goes into the COPY. */
  readonly kept = (row: number): boolean => row >= this.dropped.length || this.dropped[row] === 0;

  /** Forgets the entry under `hash`: the lines of its key that follow go through the scratch table. */
  forget(hash: number): void {
    this.rowOf.delete(hash);
  }

  private grow(row: number): void {
    const size = Math.max(row + 1, this.updated.length * 2);
    const updated = new Float64Array(size);
    updated.set(this.updated);
    this.updated = updated;
    const contribution = new Int32Array(size);
    contribution.set(this.contribution);
    this.contribution = contribution;
    const dropped = new Uint8Array(size);
    dropped.set(this.dropped);
    this.dropped = dropped;
  }
}
