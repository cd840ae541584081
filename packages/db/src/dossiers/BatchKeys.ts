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
 * kept, in typed arrays; the hashes find their rows through an open-addressing table of typed
 * arrays too (a `Map` of these 32-bit numbers, most of them beyond small integers, took ≈ 0,27 µs
 * a key, three times as long).
 */
export class BatchKeys {
  /** Slots of the table: a hash, and its row + 1 (0: empty, −1: forgotten). */
  private hashes = new Int32Array(1 << 12);
  private rows = new Int32Array(1 << 12);
  private used = 0;
  private updated = new Float64Array(1024);
  private contribution = new Int32Array(1024);
  private dropped = new Uint8Array(1024);
  /** Rows of the batch replaced by a later line of their key. */
  droppedRows = 0;

  /** The slot holding `hash`, or −1. */
  private find(hash: number): number {
    const mask = this.rows.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = this.rows[slot] as number;
      if (row === 0) return -1;
      if (row > 0 && this.hashes[slot] === hash) return slot;
    }
  }

  /** The row entered under `hash`, or −1. */
  row(hash: number): number {
    const slot = this.find(hash | 0);
    return slot < 0 ? -1 : (this.rows[slot] as number) - 1;
  }

  /** Enters row `row` (its version's time and remembered contribution) under `hash`. */
  enter(hash: number, row: number, updatedMs: number, contribution: number): void {
    if (row >= this.updated.length) this.grow(row);
    this.updated[row] = updatedMs;
    this.contribution[row] = contribution;
    const h = hash | 0;
    const slot = this.find(h);
    if (slot >= 0) {
      this.rows[slot] = row + 1;
      return;
    }
    // at most half full, forgotten slots counted: the probes stay short
    if ((this.used + 1) * 2 > this.rows.length) this.rehash();
    const mask = this.rows.length - 1;
    let free = h & mask;
    while ((this.rows[free] as number) !== 0) free = (free + 1) & mask;
    this.hashes[free] = h;
    this.rows[free] = row + 1;
    this.used++;
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
    const slot = this.find(hash | 0);
    if (slot >= 0) this.rows[slot] = -1;
  }

  /** Twice the slots, the entries moved, the forgotten ones left behind. */
  private rehash(): void {
    const hashes = this.hashes;
    const rows = this.rows;
    this.hashes = new Int32Array(hashes.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    this.used = 0;
    const mask = this.rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      if ((rows[i] as number) <= 0) continue;
      let free = (hashes[i] as number) & mask;
      while ((this.rows[free] as number) !== 0) free = (free + 1) & mask;
      this.hashes[free] = hashes[i] as number;
      this.rows[free] = rows[i] as number;
      this.used++;
    }
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
