/**
 * Records for `COPY dossier … (format binary)`: each row encoded as PostgreSQL's binary tuple of the
 * record columns (`DossierSql.recordColumns`), so that the server stores them without parsing
 * times and dates — 6,5 → 4,7 s for a million records with their key on PostgreSQL, 11,5 → 8 s on
 * PGlite (docs/benchmarks.md; ADR 0030). The rows are already checked: their times are those
 * `parseTimestamp` accepts (fraction of at most 6 digits), read into milliseconds by the check, and
 * their days valid `LocalDate`s.
 * The format is written by `BinaryTuples`.
 */
import type { DossierRow } from "@cchc/domain/dossiers/DossierCsv";
import { channelNames, levelNames, outcomeNames, type PlainLine, plainFields } from "@cchc/domain/dossiers/PlainLine";
import { BinaryTuples, dayMs, header, postgresEpochMs, trailer, two32 } from "./BinaryTuples.js";
import { recordColumns, recordTypes } from "./DossierSql.js";

/** Microseconds of a checked timestamp's fraction of a second (`.5` → 500000); 0 without one. */
const fractionMicros = (text: string): number => {
  const dot = text.indexOf(".");
  if (dot < 0) return 0;
  let end = dot + 1;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return Number(text.slice(dot + 1, end).padEnd(6, "0"));
};

/**
 * Microseconds since 2000-01-01 UTC of a checked timestamp given with its milliseconds since the
 * Unix epoch (`parseTimestamp`'s, which cut the fraction to milliseconds: the whole seconds come from
 * them, the fraction from the text).
 */
export const postgresMicros = (text: string, ms: number): number =>
  (Math.floor(ms / 1000) * 1000 - postgresEpochMs) * 1000 + fractionMicros(text);

const digit = (s: string, at: number): number => s.charCodeAt(at) - 48;

/** Days since 2000-01-01 of a checked "YYYY-MM-DD" day (days-from-civil arithmetic, proleptic Gregorian calendar). */
export const postgresDays = (day: string): number => {
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 730.425: days from 0000-03-01 to 2000-01-01
  return era * 146_097 + dayOfEra - 730_425;
};

/** Room a row needs besides its texts: field count and lengths (2 + 18 × 4), 3 times, 5 days, 3 flags. */
const fixedBytes = 2 + recordColumns.length * 4 + 3 * 8 + 5 * 4 + 3;

/**
 * The binary tuples of a batch's records, appended row by row into chunks of about a megabyte.
 * `chunks()` gives the COPY data of every row; `chunksOf(keep)` that of the rows kept.
 */
export class RecordTuples extends BinaryTuples {
  /** Per row: its chunk and its start and end in it. */
  private readonly spans: number[] = [];

  /** Rows appended. */
  get size(): number {
    return this.spans.length / 3;
  }

  /** Appends one record. */
  push(r: DossierRow): void {
    const texts = r.source.length + r.dossierId.length + r.procedureCode.length + r.unitCode.length + 40;
    this.reserve(fixedBytes + texts * 3);
    const start = this.at;
    this.int16(recordColumns.length);
    this.text(r.source);
    this.text(r.dossierId);
    this.text(r.procedureCode);
    this.text(r.procedureLevel);
    this.text(r.unitCode);
    this.text(r.channel);
    this.timestamp(r.receivedAt, r.receivedMs);
    this.date(r.receivedDay);
    this.date(r.appointmentDate);
    this.date(r.extensionDate);
    this.date(r.dueDay);
    this.timestamp(r.resolvedAt, r.resolvedMs);
    this.date(r.finishedDay);
    if (r.outcome === null) this.nul();
    else this.text(r.outcome);
    this.bool(r.dossierDigitised);
    this.bool(r.resultDigitised);
    this.bool(r.paidOnline);
    this.timestamp(r.updatedAt, r.updatedMs);
    this.spans.push(this.done.length, start, this.at);
  }

  /**
   * Appends the record of a line read in place (`PlainLine`): its texts copied from the line
   * (printable ASCII), its times whole seconds (the common form has no fraction).
   */
  pushPlain(p: PlainLine): void {
    const line = p.text;
    this.reserve(fixedBytes + line.length + 40);
    const start = this.at;
    this.int16(recordColumns.length);
    this.ascii(line, p.start(plainFields.source), p.end(plainFields.source));
    this.ascii(line, p.start(plainFields.dossierId), p.end(plainFields.dossierId));
    this.ascii(line, p.start(plainFields.procedureCode), p.end(plainFields.procedureCode));
    this.text(levelNames[p.level] as string);
    this.ascii(line, p.start(plainFields.unitCode), p.end(plainFields.unitCode));
    this.text(channelNames[p.channel] as string);
    this.micros(p.receivedMs);
    this.day(p.receivedDay);
    this.day(p.appointmentDay);
    this.day(p.extensionDay);
    this.day(p.dueDay);
    this.micros(p.resolvedMs);
    this.day(p.finishedDay);
    if (p.outcome === 0) this.nul();
    else this.text(outcomeNames[p.outcome] as string);
    this.bool(p.dossierDigitised);
    this.bool(p.resultDigitised);
    this.bool(p.paidOnline);
    this.micros(p.updatedMs);
    this.spans.push(this.done.length, start, this.at);
  }

  /** The COPY data of the rows `keep` marks (by index); consecutive kept rows go as one piece. */
  chunksOf(keep: (i: number) => boolean): Uint8Array[] {
    const all = [...this.done, this.buffer];
    const out: Uint8Array[] = [header];
    const spans = this.spans;
    // the run of kept rows not yet sent: its chunk, start and end (chunk −1: none)
    let chunk = -1;
    let start = 0;
    let end = 0;
    const send = () => {
      if (chunk >= 0) out.push((all[chunk] as Buffer).subarray(start, end));
    };
    for (let i = 0; i < this.size; i++) {
      if (!keep(i)) continue;
      const c = spans[i * 3] as number;
      const from = spans[i * 3 + 1] as number;
      // a row not kept, or a new chunk, ends the run
      if (c !== chunk || from !== end) {
        send();
        chunk = c;
        start = from;
      }
      end = spans[i * 3 + 2] as number;
    }
    send();
    out.push(trailer);
    return out;
  }

  /**
   * Row `i` read back as column → text (null for null), in the forms PostgreSQL reads: for the
   * rare stored versions a batch replaces, which are updated from JSON (`DossierSql.updateReplaced`).
   */
  record(i: number): Record<string, string | null> {
    const data = this.chunkOf(i);
    let at = (this.spans[i * 3 + 1] as number) + 2;
    const out: Record<string, string | null> = {};
    for (const column of recordColumns) {
      const length = data.readInt32BE(at);
      at += 4;
      if (length < 0) {
        out[column] = null;
        continue;
      }
      const type = recordTypes[column];
      if (type === "text") out[column] = data.toString("utf8", at, at + length);
      else if (type === "boolean") out[column] = data[at] === 1 ? "true" : "false";
      else if (type === "date") out[column] = new Date(postgresEpochMs + data.readInt32BE(at) * dayMs).toISOString().slice(0, 10);
      else {
        const micros = data.readInt32BE(at) * two32 + data.readUInt32BE(at + 4);
        const seconds = Math.floor(micros / 1_000_000);
        const fraction = String(micros - seconds * 1_000_000).padStart(6, "0");
        out[column] = `${new Date(postgresEpochMs + seconds * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
      }
      at += length;
    }
    return out;
  }

  /** The chunk that holds row `i`. */
  private chunkOf(i: number): Buffer {
    const chunk = this.spans[i * 3] as number;
    return chunk < this.done.length ? (this.done[chunk] as Buffer) : this.buffer;
  }

  /** Whether row `i` has the key (source, dossier id) of the line last read in place. */
  hasKeyOf(i: number, p: PlainLine): boolean {
    const data = this.chunkOf(i);
    // after the field count: the source's length and bytes, then the dossier id's
    let at = (this.spans[i * 3 + 1] as number) + 2;
    for (const field of [plainFields.source, plainFields.dossierId]) {
      const from = p.start(field);
      const length = p.end(field) - from;
      if (data.readInt32BE(at) !== length) return false;
      at += 4;
      // plain lines are ASCII: one byte a character
      for (let k = 0; k < length; k++) if (data[at + k] !== p.text.charCodeAt(from + k)) return false;
      at += length;
    }
    return true;
  }

  private timestamp(text: string | null, ms: number | null): void {
    if (text === null || ms === null) this.nul();
    else this.timestampMicros(postgresMicros(text, ms));
  }

  private date(day: string | null): void {
    if (day === null) {
      this.nul();
      return;
    }
    this.int32(4);
    this.int32(postgresDays(day));
  }
}
