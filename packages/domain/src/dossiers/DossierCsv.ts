/**
 * The CSV form of dossier records (one record a line, a header line naming the columns) and the
 * normalised row every input is reduced to before storage. The CSV path is the bulk path — up to
 * millions of lines — so it validates with plain string checks that follow exactly the rules of
 * `DossierRecord` (a property test holds the two together) instead of running a schema per line.
 */
import { Either } from "effect";
import type { LocalDate } from "../LocalDate.js";
import {
  type Channel,
  type DossierRecord,
  DossierRecordInvalid,
  type Field,
  fields,
  type Outcome,
  type ProcedureLevel,
  parseTimestamp,
  vietnamDay,
  withOffset,
} from "./DossierRecord.js";

/** A valid record reduced to what storage needs: UTC instants, Vietnam days, effective appointment. */
export interface DossierRow {
  readonly source: string;
  readonly dossierId: string;
  readonly procedureCode: string;
  readonly procedureLevel: ProcedureLevel;
  readonly unitCode: string;
  readonly channel: Channel;
  /** ISO 8601 with an explicit offset (as given; "+07:00" added when the input had none). */
  readonly receivedAt: string;
  /** `receivedAt` in milliseconds since the Unix epoch (its fraction cut to milliseconds). */
  readonly receivedMs: number;
  readonly receivedDay: LocalDate;
  readonly appointmentDate: LocalDate;
  readonly extensionDate: LocalDate | null;
  /** The extension when there is one, else the appointment: what timeliness is judged against. */
  readonly dueDay: LocalDate;
  readonly resolvedAt: string | null;
  /** `resolvedAt` in milliseconds since the Unix epoch. */
  readonly resolvedMs: number | null;
  readonly finishedDay: LocalDate | null;
  readonly outcome: Outcome | null;
  readonly dossierDigitised: boolean;
  readonly resultDigitised: boolean;
  readonly paidOnline: boolean;
  readonly updatedAt: string;
  /** `updatedAt` in milliseconds since the Unix epoch. */
  readonly updatedMs: number;
}

/** The columns every CSV file must have, in the order `format` writes them. */
export const columns: ReadonlyArray<Field> = fields;

/** Which column of a file holds which field (files may order their columns freely). */
export type ColumnIndex = Readonly<Record<Field, number>>;

/** The header line `format` writes. */
export const header: string = fields.join(",");

/**
 * Splits one CSV line (RFC 4180 quoting, no line breaks inside fields); undefined when a quote is
 * left open. Lines without quotes take the fast path of a plain split.
 */
export const splitLine = (line: string): string[] | undefined => {
  if (line.indexOf('"') < 0) return line.split(",");
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return undefined;
        value += line.slice(j, q);
        if (line[q + 1] !== '"') {
          j = q + 1;
          break;
        }
        value += '"';
        j = q + 2;
      }
      out.push(value);
      if (j === line.length) return out;
      if (line[j] !== ",") return undefined;
      i = j + 1;
    } else {
      const c = line.indexOf(",", i);
      if (c < 0) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, c));
      i = c + 1;
    }
  }
};

/** Reads the header line: every field named once; unknown columns are refused. */
export const readHeader = (line: string): Either.Either<ColumnIndex, DossierRecordInvalid> => {
  const names = (splitLine(line.replace(/^\uFEFF/, "")) ?? []).map((s) => s.trim());
  const index: Partial<Record<Field, number>> = {};
  for (const [i, name] of names.entries()) {
    if (!(fields as ReadonlyArray<string>).includes(name) || index[name as Field] !== undefined)
      return Either.left(new DossierRecordInvalid({ field: "header", reason: "invalid", value: name }));
    index[name as Field] = i;
  }
  const absent = fields.find((f) => index[f] === undefined);
  if (absent !== undefined) return Either.left(new DossierRecordInvalid({ field: absent, reason: "missing", value: "" }));
  return Either.right(index as ColumnIndex);
};

const UNIT = /^[A-Z0-9][A-Z0-9-]*(\.[A-Z0-9][A-Z0-9-]*)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LEVELS = new Set(["province", "district", "commune"]);
const CHANNELS = new Set(["online-full", "online-partial", "in-person", "post"]);
const OUTCOMES = new Set(["resolved", "returned", "withdrawn", "rejected"]);
const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isDay = (s: string): boolean => {
  const m = DAY.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > (monthDays[mo - 1] as number)) return false;
  return !(mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
};

class Refusal {
  constructor(readonly error: DossierRecordInvalid) {}
}
const refuse = (field: Field, reason: string, value: string): never => {
  throw new Refusal(new DossierRecordInvalid({ field, reason, value }));
};

/**
 * Decodes the split fields of one data line into a row, or the first field at fault. Same rules
 * as `DossierRecord`: empty optional cells are null, empty flags false, flags 1/0/true/false.
 */
export const decodeFields = (cells: ReadonlyArray<string>, index: ColumnIndex): Either.Either<DossierRow, DossierRecordInvalid> => {
  try {
    return Either.right(decodeOrThrow(cells, index));
  } catch (e) {
    if (e instanceof Refusal) return Either.left(e.error);
    throw e;
  }
};

// The helpers below are module-level on purpose: this runs for every line of a bulk import,
// and closures created per line cost more than the checks themselves.
const cellOf = (cells: ReadonlyArray<string>, index: ColumnIndex, f: Field): string => {
  const v = cells[index[f]];
  return v === undefined ? "" : v.trim();
};
const codeOf = (cells: ReadonlyArray<string>, index: ColumnIndex, f: Field): string => {
  const v = cellOf(cells, index, f);
  if (v === "") refuse(f, "missing", "");
  if (v.length > 200) refuse(f, "too-long", v);
  return v;
};
const oneOf = (cells: ReadonlyArray<string>, index: ColumnIndex, f: Field, set: Set<string>): string => {
  const v = cellOf(cells, index, f);
  if (v === "") refuse(f, "missing", "");
  if (!set.has(v)) refuse(f, "invalid", v);
  return v;
};
const dayOf = (cells: ReadonlyArray<string>, index: ColumnIndex, f: Field, optional: boolean): LocalDate | null => {
  const v = cellOf(cells, index, f);
  if (v === "") return optional ? null : refuse(f, "missing", "");
  return isDay(v) ? (v as LocalDate) : refuse(f, "invalid", v);
};
const flagOf = (cells: ReadonlyArray<string>, index: ColumnIndex, f: Field): boolean => {
  const v = cellOf(cells, index, f);
  if (v === "" || v === "0" || v === "false") return false;
  if (v === "1" || v === "true") return true;
  return refuse(f, "invalid", v);
};
const instantOf = (text: string, f: Field): number => {
  const ms = parseTimestamp(text);
  return ms === undefined ? refuse(f, "invalid", text) : ms;
};

const decodeOrThrow = (cells: ReadonlyArray<string>, index: ColumnIndex): DossierRow => {
  const source = codeOf(cells, index, "source");
  const dossierId = codeOf(cells, index, "dossierId");
  const procedureCode = codeOf(cells, index, "procedureCode");
  const procedureLevel = oneOf(cells, index, "procedureLevel", LEVELS) as ProcedureLevel;
  const unitCode = cellOf(cells, index, "unitCode");
  if (unitCode === "") refuse("unitCode", "missing", "");
  if (!UNIT.test(unitCode)) refuse("unitCode", "invalid", unitCode);
  const channel = oneOf(cells, index, "channel", CHANNELS) as Channel;
  const receivedText = cellOf(cells, index, "receivedAt");
  if (receivedText === "") refuse("receivedAt", "missing", "");
  const received = instantOf(receivedText, "receivedAt");
  const appointmentDate = dayOf(cells, index, "appointmentDate", false) as LocalDate;
  const extensionDate = dayOf(cells, index, "extensionDate", true);
  const resolvedText = cellOf(cells, index, "resolvedAt");
  const resolved = resolvedText === "" ? null : instantOf(resolvedText, "resolvedAt");
  const outcomeText = cellOf(cells, index, "outcome");
  if (outcomeText !== "" && !OUTCOMES.has(outcomeText)) refuse("outcome", "invalid", outcomeText);
  const dossierDigitised = flagOf(cells, index, "dossierDigitised");
  const resultDigitised = flagOf(cells, index, "resultDigitised");
  const paidOnline = flagOf(cells, index, "paidOnline");
  const updatedText = cellOf(cells, index, "updatedAt");
  if (updatedText === "") refuse("updatedAt", "missing", "");
  const updated = instantOf(updatedText, "updatedAt");
  // the checks of `checkDates`, in its order, on the instants already read
  const receivedDay = vietnamDay(received);
  if (appointmentDate < receivedDay) refuse("appointmentDate", "appointment-before-received", appointmentDate);
  if (extensionDate !== null && extensionDate < appointmentDate) refuse("extensionDate", "extension-before-appointment", extensionDate);
  if (resolved !== null) {
    if (resolved < received) refuse("resolvedAt", "resolved-before-received", resolvedText);
    if (outcomeText === "") refuse("outcome", "resolved-without-outcome", "");
  } else if (outcomeText !== "") refuse("resolvedAt", "outcome-without-resolved", "");
  return {
    source,
    dossierId,
    procedureCode,
    procedureLevel,
    unitCode,
    channel,
    receivedAt: withOffset(receivedText),
    receivedMs: received,
    receivedDay,
    appointmentDate,
    extensionDate,
    dueDay: extensionDate ?? appointmentDate,
    resolvedAt: resolved === null ? null : withOffset(resolvedText),
    resolvedMs: resolved,
    finishedDay: resolved === null ? null : vietnamDay(resolved),
    outcome: outcomeText === "" ? null : (outcomeText as Outcome),
    dossierDigitised,
    resultDigitised,
    paidOnline,
    updatedAt: withOffset(updatedText),
    updatedMs: updated,
  };
};

/** Decodes one data line (split and checked). */
export const decodeLine = (line: string, index: ColumnIndex): Either.Either<DossierRow, DossierRecordInvalid> => {
  const cells = splitLine(line);
  return cells === undefined
    ? Either.left(new DossierRecordInvalid({ field: "line", reason: "invalid", value: line.slice(0, 60) }))
    : decodeFields(cells, index);
};

/** The row of a record decoded by the schema (JSON-lines path). */
export const fromRecord = (r: DossierRecord): DossierRow => {
  const received = parseTimestamp(r.receivedAt) as number;
  const resolved = r.resolvedAt === null ? null : (parseTimestamp(r.resolvedAt) as number);
  return {
    source: r.source.trim(),
    dossierId: r.dossierId.trim(),
    procedureCode: r.procedureCode.trim(),
    procedureLevel: r.procedureLevel,
    unitCode: r.unitCode,
    channel: r.channel,
    receivedAt: withOffset(r.receivedAt),
    receivedMs: received,
    receivedDay: vietnamDay(received),
    appointmentDate: r.appointmentDate,
    extensionDate: r.extensionDate,
    dueDay: r.extensionDate ?? r.appointmentDate,
    resolvedAt: r.resolvedAt === null ? null : withOffset(r.resolvedAt),
    resolvedMs: resolved,
    finishedDay: resolved === null ? null : vietnamDay(resolved),
    outcome: r.outcome,
    dossierDigitised: r.dossierDigitised,
    resultDigitised: r.resultDigitised,
    paidOnline: r.paidOnline,
    updatedAt: withOffset(r.updatedAt),
    updatedMs: parseTimestamp(r.updatedAt) as number,
  };
};

const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Writes a row as a CSV line in `header` order (the inverse of `decodeLine`). */
export const formatRow = (r: DossierRow): string =>
  [
    quote(r.source),
    quote(r.dossierId),
    quote(r.procedureCode),
    r.procedureLevel,
    r.unitCode,
    r.channel,
    r.receivedAt,
    r.appointmentDate,
    r.extensionDate ?? "",
    r.resolvedAt ?? "",
    r.outcome ?? "",
    r.dossierDigitised ? "1" : "0",
    r.resultDigitised ? "1" : "0",
    r.paidOnline ? "1" : "0",
    r.updatedAt,
  ].join(",");
