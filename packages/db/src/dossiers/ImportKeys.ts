/**
 * What a streamed import knows of the keys it meets, so that a batch need not probe the primary
 * key for dossiers that cannot be stored yet (ADR 0031): a source that had no records when the
 * import first named it can only hold keys this import stored since — unless another writer adds
 * some meanwhile, which the primary key then refuses and the batch is stored again with every key
 * probed (`KeyTaken`). The keys this import stored are kept in a Bloom filter of fixed size
 * (`KeyFilter`): a key it may hold is probed, a key it surely does not hold is not; memory stays
 * 8 MB whatever the file's size, and past a few million keys more of them are merely probed.
 */
import { Data } from "effect";
import { KeyFilter } from "./KeyFilter.js";

/** A key the batch COPYed as new was stored meanwhile by another writer; the batch is stored again, probing every key. */
export class KeyTaken extends Data.TaggedError("KeyTaken")<{}> {}

/** PostgreSQL's `unique_violation`. */
const uniqueViolation = "23505";

/** Whether a failure of the records COPY is the primary key refusing a key already stored. */
export const isKeyTaken = (defect: unknown): boolean =>
  typeof defect === "object" && defect !== null && (defect as { code?: unknown }).code === uniqueViolation;

/** The keys of one streamed import (see the module comment). */
export class ImportKeys {
  /** Per source named so far: true when it had no records when first named. */
  private readonly fresh = new Map<string, boolean>();
  /** The keys this import stored. */
  private readonly stored = new KeyFilter();

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
    return this.fresh.get(source) !== true || this.stored.mayHave(source, id);
  }

  /** Notes a key this import stored. */
  add(source: string, id: string): void {
    this.stored.add(source, id);
  }
}
