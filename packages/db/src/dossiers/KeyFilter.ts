/**
 * A Bloom filter of dossier keys (source, dossier id) of fixed size: 2²⁶ bits (8 MB, allocated
 * at the first key), 4 bits a key, all four in one block of 512 bits (one cache line) chosen by
 * the key's first hash — a key costs one memory access, not four. It answers "surely not added"
 * or "maybe added": ≈ 0,002 % false answers at a million keys, ≈ 4,7 % at ten million — more keys
 * only make more answers "maybe", never a wrong "no". The imports use it instead of a set of
 * every key they met: a set of a million key strings costs ≈ 2 s of CPU and 60–80 MB, growing
 * with the file.
 */

import { type PlainLine, plainFields } from "@cchc/domain/dossiers/PlainLine";

/** The filter's size: 2²⁶ bits. */
export const keyFilterBits = 1 << 26;
/** Bits of a block: the bits of one key all fall in one block. */
export const keyFilterBlockBits = 512;
const probes = 4;

// the two hashes of the last key, without an array per call
let first = 0;
let step = 0;

/**
 * Two 32-bit FNV-1a-like hashes of a key's UTF-16 code units (the source's, a 0, the dossier
 * id's), with different multipliers: the first picks the block, the second the bits in it (`bitOf`).
 */
const hash = (source: string, id: string): void => hashRanges(source, 0, source.length, id, 0, id.length);

/** `hash` of the key whose source is `s` from `sourceStart` to `sourceEnd` and whose id is `t` from `idStart` to `idEnd`. */
const hashRanges = (s: string, sourceStart: number, sourceEnd: number, t: string, idStart: number, idEnd: number): void => {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = sourceStart; i < sourceEnd; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a = Math.imul(a, 0x01000193);
  b = Math.imul(b, 0x5bd1e995);
  for (let i = idStart; i < idEnd; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  first = a >>> 0;
  step = (b | 1) >>> 0;
};

/** The position in its block of the last key's bit number `i`. */
const bitOf = (i: number): number => ((step >>> (i * 8)) + i * (first >>> 23)) & (keyFilterBlockBits - 1);

/** Keys added, as a Bloom filter (see the module comment). */
export class KeyFilter {
  private filter: Uint8Array | undefined;
  private readonly blocks: number;
  /**
   * The first hash of the key last given to `mayHave`, `add` or `admit`: the imports' maps of the
   * keys of one batch use it as their key (different keys may share it).
   */
  lastHash = 0;

  /** `bits`: a multiple of `keyFilterBlockBits`; a small filter (tests) answers "maybe" for most keys. */
  constructor(bits = keyFilterBits) {
    if (bits < keyFilterBlockBits || bits % keyFilterBlockBits !== 0)
      throw new RangeError(`KeyFilter: ${bits} bits is not a multiple of ${keyFilterBlockBits}`);
    this.blocks = bits / keyFilterBlockBits;
  }

  /** Hashes the key; answers the byte where its block starts. */
  private block(source: string, id: string): number {
    hash(source, id);
    return this.blockOfHash();
  }

  /** The byte where the block of the key last hashed starts. */
  private blockOfHash(): number {
    this.lastHash = first;
    return (first % this.blocks) * (keyFilterBlockBits / 8);
  }

  /** Whether all bits of the last key hashed are set in the block at `at`. */
  private has(filter: Uint8Array, at: number): boolean {
    for (let i = 0; i < probes; i++) {
      const bit = bitOf(i);
      if (((filter[at + (bit >>> 3)] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  /** Sets the bits of the last key hashed in the block at `at`. */
  private set(filter: Uint8Array, at: number): void {
    for (let i = 0; i < probes; i++) {
      const bit = bitOf(i);
      filter[at + (bit >>> 3)] = (filter[at + (bit >>> 3)] as number) | (1 << (bit & 7));
    }
  }

  /** Whether the key may have been added: false only when it surely was not. */
  mayHave(source: string, id: string): boolean {
    const at = this.block(source, id);
    return this.filter !== undefined && this.has(this.filter, at);
  }

  /** Adds a key. */
  add(source: string, id: string): void {
    this.admit(source, id);
  }

  /** Adds a key; answers whether it may have been added before (`mayHave` then `add`, hashed once). */
  admit(source: string, id: string): boolean {
    return this.admitAt(this.block(source, id));
  }

  /** `admit` of the key of a line read in place (`PlainLine`), without taking its cells out as strings. */
  admitPlain(p: PlainLine): boolean {
    const s = p.text;
    hashRanges(s, p.start(plainFields.source), p.end(plainFields.source), s, p.start(plainFields.dossierId), p.end(plainFields.dossierId));
    return this.admitAt(this.blockOfHash());
  }

  private admitAt(at: number): boolean {
    this.filter ??= new Uint8Array(this.blocks * (keyFilterBlockBits / 8));
    if (this.has(this.filter, at)) return true;
    this.set(this.filter, at);
    return false;
  }
}
