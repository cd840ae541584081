/**
 * What a streamed import knows of the keys it meets, so that a batch need not probe the primary
 * key for dossiers that cannot be stored yet (ADR 0031): a source that had no records when the
 * import first named it can only hold keys this import stored since — unless another writer adds
 * some meanwhile, which the primary key then refuses and the batch is stored again with every key
 * probed (`KeyTaken`). The keys this import stored are kept in a Bloom filter of fixed size: a key
 * it may hold is probed, a key it surely does not hold is not; memory stays 8 MB whatever the
 * file's size, and past a few million keys more of them are merely probed.
 */
import { Data } from "effect";

/** A key the batch COPYed as new was stored meanwhile by another writer; the batch is stored again, probing every key. */
export class KeyTaken extends Data.TaggedError("KeyTaken")<{}> {}

/** PostgreSQL's `unique_violation`. */
const uniqueViolation = "23505";

/** Whether a failure of the records COPY is the primary key refusing a key already stored. */
export const isKeyTaken = (defect: unknown): boolean =>
  typeof defect === "object" && defect !== null && (defect as { code?: unknown }).code === uniqueViolation;

/** Bits of the filter (8 MB) and bits set per key. */
const bits = 1 << 26;
const probes = 4;

/**
 * Two 32-bit FNV-1a-like hashes of a key's UTF-16 code units (the source's, a 0, the dossier id's),
 * with different multipliers; the second odd, so that the probes `a + i × b` differ.
 */
const hashes = (source: string, id: string): readonly [number, number] => {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i <= source.length + id.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : i === source.length ? 0 : id.charCodeAt(i - source.length - 1);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a >>> 0, (b | 1) >>> 0];
};

/** The keys of one streamed import (see the module comment). */
export class ImportKeys {
  /** Per source named so far: true when it had no records when first named. */
  private readonly fresh = new Map<string, boolean>();
  private filter: Uint8Array | undefined;

  /** Sources among `sources` not named before. */
  unknownSources(sources: ReadonlyArray<string>): string[] {
    const unknown: string[] = [];
    let previous: string | undefined;
    // a batch names few sources, mostly one after the other
    for (const s of sources) {
      if (s === previous) continue;
      previous = s;
      if (!this.fresh.has(s) && !unknown.includes(s)) unknown.push(s);
    }
    return unknown;
  }

  /** Probes every key of these sources from now on (another writer stored keys of one of them). */
  distrust(sources: Iterable<string>): void {
    for (const s of sources) this.fresh.set(s, false);
  }

  /** Notes whether a source had records when first named. */
  noteSource(source: string, hadRecords: boolean): void {
    this.fresh.set(source, !hadRecords);
  }

  /** Whether the key (`source`, `id`) may be stored: false only when it surely is not. */
  mayBeStored(source: string, id: string): boolean {
    if (this.fresh.get(source) !== true) return true;
    const filter = this.filter;
    if (filter === undefined) return false;
    const [a, b] = hashes(source, id);
    for (let i = 0; i < probes; i++) {
      const bit = (a + i * b) % bits;
      if (((filter[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  /** Notes a key this import stored. */
  add(source: string, id: string): void {
    this.filter ??= new Uint8Array(bits / 8);
    const filter = this.filter;
    const [a, b] = hashes(source, id);
    for (let i = 0; i < probes; i++) {
      const bit = (a + i * b) % bits;
      filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7));
    }
  }
}
