/**
 * A Bloom filter of dossier keys (source, dossier id) of fixed size: 2²⁶ bits (8 MB, allocated
 * at the first key), 4 bits a key. It answers "surely not added" or "maybe added": ≈ 0,001 %
 * false answers at a million keys, ≈ 4 % at ten million — more keys only make more answers
 * "maybe", never a wrong "no". The imports use it instead of a set of every key they met: a set
 * of a million key strings costs ≈ 2 s of CPU and 60–80 MB, growing with the file.
 */

/** The filter's size: 2²⁶ bits. */
export const keyFilterBits = 1 << 26;
const probes = 4;

// the two hashes of the last key, without an array per call
let first = 0;
let step = 0;

/**
 * Two 32-bit FNV-1a-like hashes of a key's UTF-16 code units (the source's, a 0, the dossier
 * id's), with different multipliers; the second odd, so that the probes `first + i × step` differ.
 */
const hash = (source: string, id: string): void => {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a = Math.imul(a, 0x01000193);
  b = Math.imul(b, 0x5bd1e995);
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  first = a >>> 0;
  step = (b | 1) >>> 0;
};

/** Keys added, as a Bloom filter (see the module comment). */
export class KeyFilter {
  private filter: Uint8Array | undefined;

  /** `bits`: a multiple of 8; a small filter (tests) answers "maybe" for most keys. */
  constructor(private readonly bits = keyFilterBits) {}

  /** Whether the key may have been added: false only when it surely was not. */
  mayHave(source: string, id: string): boolean {
    const filter = this.filter;
    if (filter === undefined) return false;
    hash(source, id);
    for (let i = 0; i < probes; i++) {
      const bit = (first + i * step) % this.bits;
      if (((filter[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  /** Adds a key. */
  add(source: string, id: string): void {
    this.filter ??= new Uint8Array(this.bits / 8);
    const filter = this.filter;
    hash(source, id);
    for (let i = 0; i < probes; i++) {
      const bit = (first + i * step) % this.bits;
      filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7));
    }
  }
}
