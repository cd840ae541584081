/**
 * A CSV data line read in place, without splitting it into strings: the fast path of the bulk
 * paths for the lines nearly every export writes — printable ASCII, no quotes, no spaces, one cell
 * per column, times in the common form ("2022-03-01T08:15:00+07:00" or "…Z"). Such a line is
 * checked by the rules of `DossierCsv.decodeLine` and its cells are kept as offsets in the line,
 * its times as milliseconds and its days as day numbers, in one reused object.
 *
 * It never refuses a line: `read` answers false for any line it does not take whole (another
 * form, or any rule broken), and the caller decodes that line with `decodeLine`, which accepts or
 * names the fault. So a line it takes must give exactly the row `decodeLine` gives; a property test
 * holds the two together.
 */

import { epochDayOf } from "../LocalDate.js";
import { type ColumnIndex, columns } from "./DossierCsv.js";
import { type Field, parseCommonAt } from "./DossierRecord.js";

/** Procedure levels, channels and outcomes in the order of the indexes `PlainLine` gives (outcome 0: none). */
export const levelNames = ["province", "district", "commune"] as const;
export const channelNames = ["online-full", "online-partial", "in-person", "post"] as const;
export const outcomeNames = [null, "resolved", "returned", "withdrawn", "rejected"] as const;

const dayMs = 86_400_000;
const vietnamOffsetMs = 7 * 3_600_000;
const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Vietnam day (UTC+7) of an instant, as a day number. */
export const vietnamDayNumber = (epochMs: number): number => Math.floor((epochMs + vietnamOffsetMs) / dayMs);

const digit = (s: string, at: number): number => {
  const c = s.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
};

/** The day number of the "YYYY-MM-DD" in `s` from `at` to `end`, NaN when it is not a real day (the rules of `DossierCsv`'s day check). */
export const dayNumberAt = (s: string, at: number, end: number): number => {
  if (end - at !== 10 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return Number.NaN;
  const y = digit(s, at) * 1000 + digit(s, at + 1) * 100 + digit(s, at + 2) * 10 + digit(s, at + 3);
  const m = digit(s, at + 5) * 10 + digit(s, at + 6);
  const d = digit(s, at + 8) * 10 + digit(s, at + 9);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > (monthDays[m - 1] as number)) return Number.NaN;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return Number.NaN;
  return epochDayOf(y, m, d);
};

/** The day number of a checked "YYYY-MM-DD" day. */
export const dayNumberOf = (day: string): number => dayNumberAt(day, 0, day.length);

const position = (f: Field): number => columns.indexOf(f);
const SOURCE = position("source");
const DOSSIER_ID = position("dossierId");
const PROCEDURE_CODE = position("procedureCode");
const PROCEDURE_LEVEL = position("procedureLevel");
const UNIT_CODE = position("unitCode");
const CHANNEL = position("channel");
const RECEIVED_AT = position("receivedAt");
const APPOINTMENT_DATE = position("appointmentDate");
const EXTENSION_DATE = position("extensionDate");
const RESOLVED_AT = position("resolvedAt");
const OUTCOME = position("outcome");
const DOSSIER_DIGITISED = position("dossierDigitised");
const RESULT_DIGITISED = position("resultDigitised");
const PAID_ONLINE = position("paidOnline");
const UPDATED_AT = position("updatedAt");

/** The index in `names` of the cell from `at` to `end`, −1 when it is none of them. */
const nameIndex = (s: string, at: number, end: number, names: ReadonlyArray<string | null>): number => {
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name !== null && name !== undefined && end - at === name.length && s.startsWith(name, at)) return i;
  }
  return -1;
};

/** A unit code: dot-separated segments of capital letters, digits and hyphens, each starting with a letter or digit. */
const isUnitCode = (s: string, at: number, end: number): boolean => {
  let segmentStart = true;
  for (let i = at; i < end; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (segmentStart) {
      if (!alnum) return false;
      segmentStart = false;
    } else if (c === 46) segmentStart = true;
    else if (!alnum && c !== 45) return false;
  }
  return end > at && !segmentStart;
};

/** A flag cell: 1 true, 0 false, −1 not a flag. */
const flagAt = (s: string, at: number, end: number): number => {
  const n = end - at;
  if (n === 0) return 0;
  const c = s.charCodeAt(at);
  if (n === 1) return c === 49 ? 1 : c === 48 ? 0 : -1;
  if (n === 4 && s.startsWith("true", at)) return 1;
  if (n === 5 && s.startsWith("false", at)) return 0;
  return -1;
};

/** A common-form timestamp cell in milliseconds, NaN when it is not one. */
const instantAt = (s: string, at: number, end: number): number => {
  const n = end - at;
  if (n !== 25 && n !== 20) return Number.NaN;
  return parseCommonAt(s, at, n) ?? Number.NaN;
};

/** A character that is not printable ASCII (0x21–0x7E), or a quote. */
const notPlain = /[^!#-~]/;

/** One line read in place; `read` fills it, the next `read` reuses it. */
export class PlainLine {
  /** The line last read. */
  text = "";
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** For each field (in `columns` order), its column in the file. */
  private readonly columnOf: Int32Array;
  /** Index in `levelNames`, `channelNames`, `outcomeNames` (0: no outcome). */
  level = 0;
  channel = 0;
  outcome = 0;
  receivedMs = 0;
  /** NaN when not resolved. */
  resolvedMs = Number.NaN;
  updatedMs = 0;
  /** Day numbers (days since 1970-01-01); NaN for none. */
  receivedDay = 0;
  appointmentDay = 0;
  extensionDay = Number.NaN;
  dueDay = 0;
  finishedDay = Number.NaN;
  dossierDigitised = false;
  resultDigitised = false;
  paidOnline = false;

  constructor(index: ColumnIndex) {
    this.starts = new Int32Array(columns.length);
    this.ends = new Int32Array(columns.length);
    this.columnOf = Int32Array.from(columns, (f) => index[f]);
  }

  /** Start of field `f` (by its position in `columns`) in `text`. */
  start(f: number): number {
    return this.starts[this.columnOf[f] as number] as number;
  }

  /** End of field `f` in `text`. */
  end(f: number): number {
    return this.ends[this.columnOf[f] as number] as number;
  }

  /** The text of field `f`. */
  cell(f: number): string {
    const c = this.columnOf[f] as number;
    return this.text.slice(this.starts[c], this.ends[c]);
  }

  get source(): string {
    return this.cell(SOURCE);
  }
  get dossierId(): string {
    return this.cell(DOSSIER_ID);
  }
  get unitCode(): string {
    return this.cell(UNIT_CODE);
  }
  /** `updatedAt` as given (the common form always has its offset). */
  get updatedAt(): string {
    return this.cell(UPDATED_AT);
  }

  /** Reads `line`; false when it is not a plain line that passes every check (then decode it with `decodeLine`). */
  read(line: string): boolean {
    // printable ASCII without quotes or spaces, then one cell per column: a regular expression and
    // `indexOf` scan the line natively, twice as fast as a loop over its characters
    if (notPlain.test(line)) return false;
    this.text = line;
    const starts = this.starts;
    const ends = this.ends;
    const last = columns.length - 1;
    let start = 0;
    for (let column = 0; column < last; column++) {
      const comma = line.indexOf(",", start);
      if (comma < 0) return false;
      starts[column] = start;
      ends[column] = comma;
      start = comma + 1;
    }
    if (line.indexOf(",", start) >= 0) return false;
    starts[last] = start;
    ends[last] = line.length;
    return this.check(line);
  }

  /** A code cell: present, at most 200 characters. */
  private isCode(f: number): boolean {
    const length = this.end(f) - this.start(f);
    return length > 0 && length <= 200;
  }

  private check(s: string): boolean {
    if (!this.isCode(SOURCE) || !this.isCode(DOSSIER_ID) || !this.isCode(PROCEDURE_CODE)) return false;
    this.level = nameIndex(s, this.start(PROCEDURE_LEVEL), this.end(PROCEDURE_LEVEL), levelNames);
    if (this.level < 0 || !isUnitCode(s, this.start(UNIT_CODE), this.end(UNIT_CODE))) return false;
    this.channel = nameIndex(s, this.start(CHANNEL), this.end(CHANNEL), channelNames);
    if (this.channel < 0) return false;
    const received = instantAt(s, this.start(RECEIVED_AT), this.end(RECEIVED_AT));
    const appointment = dayNumberAt(s, this.start(APPOINTMENT_DATE), this.end(APPOINTMENT_DATE));
    if (Number.isNaN(received) || Number.isNaN(appointment)) return false;
    const extensionStart = this.start(EXTENSION_DATE);
    const extensionEnd = this.end(EXTENSION_DATE);
    const extension = extensionStart === extensionEnd ? null : dayNumberAt(s, extensionStart, extensionEnd);
    const resolvedStart = this.start(RESOLVED_AT);
    const resolvedEnd = this.end(RESOLVED_AT);
    const resolved = resolvedStart === resolvedEnd ? null : instantAt(s, resolvedStart, resolvedEnd);
    const outcomeStart = this.start(OUTCOME);
    const outcomeEnd = this.end(OUTCOME);
    this.outcome = outcomeStart === outcomeEnd ? 0 : nameIndex(s, outcomeStart, outcomeEnd, outcomeNames);
    const dossierDigitised = flagAt(s, this.start(DOSSIER_DIGITISED), this.end(DOSSIER_DIGITISED));
    const resultDigitised = flagAt(s, this.start(RESULT_DIGITISED), this.end(RESULT_DIGITISED));
    const paidOnline = flagAt(s, this.start(PAID_ONLINE), this.end(PAID_ONLINE));
    const updated = instantAt(s, this.start(UPDATED_AT), this.end(UPDATED_AT));
    if (
      Number.isNaN(extension) ||
      Number.isNaN(resolved) ||
      this.outcome < 0 ||
      dossierDigitised < 0 ||
      resultDigitised < 0 ||
      paidOnline < 0 ||
      Number.isNaN(updated)
    )
      return false;
    // the checks of `checkDates`
    const receivedDay = vietnamDayNumber(received);
    if (appointment < receivedDay || (extension !== null && extension < appointment)) return false;
    if (resolved === null ? this.outcome !== 0 : resolved < received || this.outcome === 0) return false;
    this.receivedMs = received;
    this.resolvedMs = resolved ?? Number.NaN;
    this.updatedMs = updated;
    this.receivedDay = receivedDay;
    this.appointmentDay = appointment;
    this.extensionDay = extension ?? Number.NaN;
    this.dueDay = extension ?? appointment;
    this.finishedDay = resolved === null ? Number.NaN : vietnamDayNumber(resolved);
    this.dossierDigitised = dossierDigitised === 1;
    this.resultDigitised = resultDigitised === 1;
    this.paidOnline = paidOnline === 1;
    return true;
  }
}

/** Positions of the fields in `columns`, for `PlainLine.start`, `end` and `cell`. */
export const plainFields = {
  source: SOURCE,
  dossierId: DOSSIER_ID,
  procedureCode: PROCEDURE_CODE,
  unitCode: UNIT_CODE,
  receivedAt: RECEIVED_AT,
  resolvedAt: RESOLVED_AT,
  updatedAt: UPDATED_AT,
} as const;
