/**
 * PostgreSQL's binary COPY format, written field by field into chunks of about a megabyte
 * (PostgreSQL documentation, "COPY", "Binary Format"): a header, then per tuple the field count
 * (int16) and per field its byte length (int32, −1 for null) and its bytes; text as UTF-8,
 * `timestamptz` as int64 microseconds since 2000-01-01 UTC, `date` as int32 days since
 * 2000-01-01, `boolean` as one byte, `integer` as int32; a trailer of −1 (int16). Integers are
 * big-endian. `RecordTuples` (dossier records) and `CounterCopy` (counter cells) write their rows
 * with it.
 */

/** "PGCOPY\n\xff\r\n\0", flags 0, header extension length 0. */
export const header = Uint8Array.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
export const trailer = Uint8Array.from([0xff, 0xff]);

/** Milliseconds from the Unix epoch to PostgreSQL's (2000-01-01). */
export const postgresEpochMs = Date.UTC(2000, 0, 1);
export const dayMs = 86_400_000;
/** Day number (days since 1970-01-01) of 2000-01-01. */
const postgresEpochDay = postgresEpochMs / dayMs;
export const two32 = 4_294_967_296;

/** Bytes of one chunk of tuples; a chunk is closed when the next row might not fit. */
const chunkBytes = 1 << 20;

/**
 * Chunks a load writes its tuples into, given back once their COPY has ended: a bulk load writes
 * ≈ 170 MB of tuples a million lines, and fresh megabyte buffers cost their allocation, their
 * first touch and the collection of their memory.
 */
export class ChunkPool {
  private readonly free: Buffer[] = [];

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(chunkBytes);
  }

  give(buffers: ReadonlyArray<Buffer>): void {
    for (const b of buffers) if (b.length === chunkBytes && this.free.length < 64) this.free.push(b);
  }
}

/** Tuples in the binary COPY format, appended field by field; `chunks()` is the COPY data. */
export class BinaryTuples {
  protected readonly done: Buffer[] = [];
  protected buffer: Buffer;
  protected at = 0;
  /** The whole buffers written into, for `release`. */
  private readonly owned: Buffer[] = [];

  /** `pool`: where chunks come from and go back to (`release`); without it they are allocated. */
  constructor(private readonly pool?: ChunkPool) {
    this.buffer = this.chunk(chunkBytes);
  }

  /**
   * Gives the chunks back to the pool. The COPY data (`chunks()`) must not be read after this: a
   * COPY has ended (its data was copied into the driver's messages or a blob).
   */
  release(): void {
    this.pool?.give(this.owned);
    this.owned.length = 0;
  }

  private chunk(bytes: number): Buffer {
    const buffer = bytes <= chunkBytes && this.pool !== undefined ? this.pool.take() : Buffer.allocUnsafe(Math.max(chunkBytes, bytes));
    this.owned.push(buffer);
    return buffer;
  }

  /** The COPY data of every tuple: header, tuples, trailer. */
  chunks(): Uint8Array[] {
    const tail = this.buffer.subarray(0, this.at);
    return [header, ...this.done, ...(tail.length > 0 ? [tail] : []), trailer];
  }

  /** Makes room for `bytes` more: the chunk is closed when they might not fit. */
  protected reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = this.chunk(bytes);
    this.at = 0;
  }

  // Bytes are written one by one: a Buffer method call per field costs more than the field.
  protected int16(n: number): void {
    const b = this.buffer;
    b[this.at] = n >>> 8;
    b[this.at + 1] = n;
    this.at += 2;
  }

  protected int32(n: number): void {
    const b = this.buffer;
    const at = this.at;
    b[at] = n >>> 24;
    b[at + 1] = n >>> 16;
    b[at + 2] = n >>> 8;
    b[at + 3] = n;
    this.at = at + 4;
  }

  /** An `integer` field. */
  protected integer(n: number): void {
    this.int32(4);
    this.int32(n);
  }

  protected nul(): void {
    this.int32(-1);
  }

  /** A text field: UTF-8 (up to 3 bytes a UTF-16 unit, which `reserve` must have allowed). */
  protected text(s: string): void {
    const b = this.buffer;
    const start = this.at + 4;
    let at = start;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // not ASCII: the whole text by the encoder
        at = start + b.write(s, start, "utf8");
        break;
      }
      b[at++] = c;
    }
    this.int32(at - start);
    this.at = at;
  }

  /** Characters `from`–`to` of `s`, all ASCII, as a text field. */
  protected ascii(s: string, from: number, to: number): void {
    this.int32(to - from);
    const b = this.buffer;
    let at = this.at;
    for (let i = from; i < to; i++) b[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** A timestamp of whole seconds given in milliseconds since the Unix epoch; NaN is null. */
  protected micros(ms: number): void {
    if (Number.isNaN(ms)) this.nul();
    else this.timestampMicros((ms - postgresEpochMs) * 1000);
  }

  /** A `timestamptz` field given in microseconds since 2000-01-01 UTC. */
  protected timestampMicros(micros: number): void {
    const high = Math.floor(micros / two32);
    this.int32(8);
    this.int32(high);
    this.int32(micros - high * two32);
  }

  /** A date given as a day number (days since 1970-01-01); NaN is null. */
  protected day(n: number): void {
    if (Number.isNaN(n)) {
      this.nul();
      return;
    }
    this.int32(4);
    this.int32(n - postgresEpochDay);
  }

  protected bool(b: boolean): void {
    this.int32(1);
    this.buffer[this.at++] = b ? 1 : 0;
  }
}
