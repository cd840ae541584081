/**
 * A bounded map that forgets its least recently used entry when full: the in-memory caches of
 * the API (principals, units, catalogues, answers, rendered reports) never grow without limit.
 */
export class Bounded<K, V> {
  private readonly map = new Map<K, V>();

  /** A map of at most `capacity` entries. */
  constructor(private readonly capacity: number) {}

  /** The entry, marked as just used. */
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  /** Stores an entry, forgetting the oldest when full. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  /** Forgets one entry. */
  delete(key: K): void {
    this.map.delete(key);
  }

  /** Forgets the entries whose value matches. */
  deleteWhere(test: (value: V, key: K) => boolean): void {
    for (const [k, v] of this.map) if (test(v, k)) this.map.delete(k);
  }

  /** Forgets everything. */
  clear(): void {
    this.map.clear();
  }

  /** How many entries it holds. */
  get size(): number {
    return this.map.size;
  }
}
