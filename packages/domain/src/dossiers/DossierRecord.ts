/**
 * One dossier (hồ sơ TTHC) as a one-stop system (hệ thống một cửa điện tử) reports it: where and
 * how it was received, its appointment date (ngày hẹn trả), at most one extension, how it ended
 * and when the source last changed it. The same rules serve CSV lines and JSON lines: the leaf
 * checks below are plain functions so the bulk CSV path can run them without building a schema
 * parse tree per line, and the Effect Schema reuses them for the API contract.
 */
import { Either, ParseResult, Schema } from "effect";
import * as LocalDate from "../LocalDate.js";
import { UnitCode } from "../OrgUnit.js";

/** Level of the procedure (cấp tỉnh / cấp huyện / cấp xã). */
export const ProcedureLevel = Schema.Literal("province", "district", "commune").annotations({
  identifier: "ProcedureLevel",
  message: () => "cấp thủ tục không hợp lệ (cần province, district hoặc commune)",
});
export type ProcedureLevel = typeof ProcedureLevel.Type;

/** All procedure levels, in report order. */
export const levels: ReadonlyArray<ProcedureLevel> = ["province", "district", "commune"];

/** How the dossier was submitted: full online, partial online, in person, by post. */
export const Channel = Schema.Literal("online-full", "online-partial", "in-person", "post").annotations({
  identifier: "DossierChannel",
  message: () => "kênh tiếp nhận không hợp lệ (cần online-full, online-partial, in-person hoặc post)",
});
export type Channel = typeof Channel.Type;

/** All channels, in report order. */
export const channels: ReadonlyArray<Channel> = ["online-full", "online-partial", "in-person", "post"];

/** Vietnamese names of the channels. */
export const channelLabelVi: Record<Channel, string> = {
  "online-full": "Trực tuyến toàn trình",
  "online-partial": "Trực tuyến một phần",
  "in-person": "Trực tiếp",
  post: "Qua dịch vụ bưu chính",
};

/** The report's two channel groups: online (both online kinds) and offline (in person and post). */
export type ChannelGroup = "online" | "offline";

/** The channel group a channel belongs to (the `channel` dimension of the indicators). */
export const channelGroup = (c: Channel): ChannelGroup => (c === "online-full" || c === "online-partial" ? "online" : "offline");

/** How a finished dossier ended: resolved, returned to the applicant, withdrawn, rejected. */
export const Outcome = Schema.Literal("resolved", "returned", "withdrawn", "rejected").annotations({
  identifier: "DossierOutcome",
  message: () => "kết quả không hợp lệ (cần resolved, returned, withdrawn hoặc rejected)",
});
export type Outcome = typeof Outcome.Type;

/** All outcomes. */
export const outcomes: ReadonlyArray<Outcome> = ["resolved", "returned", "withdrawn", "rejected"];

/** Field names of a record, shared by the CSV header and the JSON keys. */
export const fields = [
  "source",
  "dossierId",
  "procedureCode",
  "procedureLevel",
  "unitCode",
  "channel",
  "receivedAt",
  "appointmentDate",
  "extensionDate",
  "resolvedAt",
  "outcome",
  "dossierDigitised",
  "resultDigitised",
  "paidOnline",
  "updatedAt",
] as const;
/** One field name of a record. */
export type Field = (typeof fields)[number];

/** Why a field was refused; identifiers, mapped to Vietnamese by `reasonVi`. */
export type Reason =
  | "missing"
  | "invalid"
  | "too-long"
  | "resolved-before-received"
  | "appointment-before-received"
  | "extension-before-appointment"
  | "outcome-without-resolved"
  | "resolved-without-outcome"
  | "unit-unknown"
  | "unit-not-allowed"
  | "source-not-empty";

/** A record refused: the field at fault and why; the record is not counted anywhere. */
export class DossierRecordInvalid extends Schema.TaggedError<DossierRecordInvalid>()("DossierRecordInvalid", {
  field: Schema.String,
  reason: Schema.String,
  value: Schema.String,
}) {}

const reasonText: Record<Reason, string> = {
  missing: "thiếu giá trị bắt buộc",
  invalid: "giá trị không hợp lệ",
  "too-long": "giá trị quá dài (tối đa 200 ký tự)",
  "resolved-before-received": "thời điểm giải quyết trước thời điểm tiếp nhận",
  "appointment-before-received": "ngày hẹn trả trước ngày tiếp nhận",
  "extension-before-appointment": "ngày hẹn gia hạn trước ngày hẹn trả ban đầu",
  "outcome-without-resolved": "có kết quả nhưng thiếu thời điểm giải quyết",
  "resolved-without-outcome": "có thời điểm giải quyết nhưng thiếu kết quả",
  "unit-unknown": "mã đơn vị tiếp nhận không có trong danh mục đơn vị",
  "unit-not-allowed": "không có quyền nhập hồ sơ cho đơn vị tiếp nhận này",
  "source-not-empty": "nguồn này đã có hồ sơ; nạp ban đầu (--bulk) chỉ dùng cho nguồn chưa có hồ sơ, hãy nhập thường",
};

/** The Vietnamese sentence for a refusal reason (unknown reasons read as "không hợp lệ"). */
export const reasonVi = (reason: string): string => reasonText[reason as Reason] ?? reasonText.invalid;

/** The full Vietnamese message for a refused field: "receivedAt: thời điểm … (giá trị: …)". */
export const messageVi = (e: { readonly field: string; readonly reason: string; readonly value: string }): string =>
  `${e.field}: ${reasonVi(e.reason)}${e.value === "" ? "" : ` (giá trị: ${e.value.slice(0, 60)})`}`;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The two digits of `s` at `at` as a number, −1 when either is not a digit. */
const twoDigits = (s: string, at: number): number => {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

// Day numbers of the days met, by (year − 1800) × 372 + (month − 1) × 31 + day − 1 for the years 1800–2199:
// a file's times fall on a few thousand days, and the calendar arithmetic is a third of a read.
const unknownDay = -(2 ** 31);
let dayNumbers: Int32Array | undefined;
const epochDay = (year: number, month: number, day: number): number => {
  if (year < 1800 || year >= 2200) return LocalDate.epochDayOf(year, month, day);
  dayNumbers ??= new Int32Array(400 * 372).fill(unknownDay);
  const k = (year - 1800) * 372 + (month - 1) * 31 + day - 1;
  let n = dayNumbers[k] as number;
  if (n === unknownDay) {
    n = LocalDate.epochDayOf(year, month, day);
    dayNumbers[k] = n;
  }
  return n;
};

// The form nearly every export uses ("2022-03-01T08:15:00+07:00" or "…Z"), read without a regex;
// anything else (or anything odd) falls through to the general reader. It reads the `length`
// characters of `s` from `at` (25 or 20), so that a line can be read in place (`PlainLine`).
export const parseCommonAt = (s: string, at: number, length: number): number | undefined => {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45 || s.charCodeAt(at + 13) !== 58 || s.charCodeAt(at + 16) !== 58)
    return undefined;
  const t = s.charCodeAt(at + 10);
  if (t !== 84 && t !== 32) return undefined;
  const century = twoDigits(s, at);
  const yearOfCentury = twoDigits(s, at + 2);
  const y = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
  const mo = twoDigits(s, at + 5);
  const d = twoDigits(s, at + 8);
  const h = twoDigits(s, at + 11);
  const mi = twoDigits(s, at + 14);
  const sec = twoDigits(s, at + 17);
  // the year as Date.UTC reads it (0–99 is 1900–1999), so that both readers give the same instant
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    (d > 28 && d > LocalDate.monthLength(year, mo)) ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59
  )
    return undefined;
  let offset: number;
  if (length === 20) {
    if (s.charCodeAt(at + 19) !== 90) return undefined;
    offset = 0;
  } else {
    const sign = s.charCodeAt(at + 19);
    const oh = twoDigits(s, at + 20);
    const om = twoDigits(s, at + 23);
    if ((sign !== 43 && sign !== 45) || s.charCodeAt(at + 22) !== 58 || oh < 0 || om < 0) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 3_600_000 + om * 60_000);
  }
  return (epochDay(year, mo, d) * 86_400 + h * 3600 + mi * 60 + sec) * 1000 - offset;
};

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp, or undefined when it is not one.
 * A timestamp without an offset is Vietnam time (UTC+7): one-stop systems export local time.
 */
export const parseTimestamp = (text: string): number | undefined => {
  const fast = text.length === 25 || text.length === 20 ? parseCommonAt(text, 0, text.length) : undefined;
  if (fast !== undefined) return fast;
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > LocalDate.daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  const zone = m[8];
  let offset = VIETNAM_OFFSET_MS;
  if (zone === "Z") offset = 0;
  else if (zone !== undefined) {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offset = sign * (Number(digits.slice(0, 2)) * 3_600_000 + Number(digits.slice(2, 4)) * 60_000);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset;
};

const dayCache = new Map<number, LocalDate.LocalDate>();

/** The Vietnam calendar day (UTC+7) of an instant given in epoch milliseconds. */
export const vietnamDay = (epochMs: number): LocalDate.LocalDate => {
  // bulk input repeats the same few thousand days: cache them by day number
  const dayNumber = Math.floor((epochMs + VIETNAM_OFFSET_MS) / 86_400_000);
  let day = dayCache.get(dayNumber);
  if (day === undefined) {
    const x = new Date(dayNumber * 86_400_000);
    day = LocalDate.make(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(dayNumber, day);
  }
  return day;
};

/**
 * The timestamp as storage takes it: the text as given when it has an offset, else with
 * "+07:00" added (PostgreSQL reads both as the same instant the rules here read).
 */
export const withOffset = (text: string): string => (/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}+07:00`);

/** An ISO 8601 timestamp ("2022-03-01T08:15:00+07:00"; without offset it is Vietnam time). */
export const Timestamp = Schema.String.pipe(
  Schema.filter((s) => parseTimestamp(s) !== undefined, {
    message: () => "thời điểm không hợp lệ (cần dạng 2022-03-01T08:15:00+07:00)",
  }),
  Schema.brand("DossierTimestamp"),
  Schema.annotations({ identifier: "DossierTimestamp", description: "Thời điểm ISO 8601" }),
);
export type Timestamp = typeof Timestamp.Type;

const Code = (identifier: string, description: string) =>
  Schema.String.pipe(
    Schema.filter((s) => s.trim().length > 0, { message: () => "thiếu giá trị bắt buộc" }),
    Schema.filter((s) => s.length <= 200, { message: () => "giá trị quá dài (tối đa 200 ký tự)" }),
    Schema.annotations({ identifier, description }),
  );

const Day = LocalDate.LocalDate.annotations({ message: () => "ngày không hợp lệ (cần dạng YYYY-MM-DD)" });
const Flag = Schema.Boolean.annotations({ message: () => "cờ không hợp lệ (cần true/false)" });
const nullable = <A, I>(s: Schema.Schema<A, I>) => Schema.optionalWith(Schema.NullOr(s), { default: () => null });
const flag = Schema.optionalWith(Flag, { nullable: true, default: () => false });

/** The record's fields with their own rules, before the checks across dates. */
export const DossierRecordFields = Schema.Struct({
  source: Code("DossierSource", "Mã hệ thống nguồn (ví dụ DT-MOTCUA)"),
  dossierId: Code("DossierId", "Mã hồ sơ, duy nhất trong hệ thống nguồn"),
  procedureCode: Code("ProcedureCode", "Mã thủ tục hành chính"),
  procedureLevel: ProcedureLevel,
  unitCode: UnitCode.annotations({ message: () => "mã đơn vị không hợp lệ (ví dụ DT.VPUBND.TTKSTTHC)" }),
  channel: Channel,
  receivedAt: Timestamp,
  appointmentDate: Day,
  extensionDate: nullable(Day),
  resolvedAt: nullable(Timestamp),
  outcome: nullable(Outcome),
  dossierDigitised: flag,
  resultDigitised: flag,
  paidOnline: flag,
  updatedAt: Timestamp,
});

/** The facts of a record that decide where it counts, with timestamps reduced to Vietnam days. */
export interface DossierFacts {
  readonly unitCode: string;
  readonly procedureLevel: ProcedureLevel;
  readonly channel: Channel;
  readonly receivedDay: LocalDate.LocalDate;
  /** The appointment the dossier is judged against: the extension when there is one. */
  readonly dueDay: LocalDate.LocalDate;
  readonly extended: boolean;
  readonly finishedDay: LocalDate.LocalDate | null;
  readonly outcome: Outcome | null;
  readonly dossierDigitised: boolean;
  readonly resultDigitised: boolean;
  readonly paidOnline: boolean;
}

/** The date fields a cross-field check reads. */
export interface DatedFields {
  readonly receivedAt: string;
  readonly appointmentDate: string;
  readonly extensionDate: string | null;
  readonly resolvedAt: string | null;
  readonly outcome: string | null;
}

/**
 * The impossible-date checks: resolved before received, appointment before the day received,
 * extension before the original appointment, and an outcome without a resolution time (or the
 * reverse). Returns the first refusal, or undefined when the dates hold together.
 */
export const checkDates = (r: DatedFields): DossierRecordInvalid | undefined => {
  const received = parseTimestamp(r.receivedAt) as number;
  if (r.appointmentDate < vietnamDay(received))
    return new DossierRecordInvalid({ field: "appointmentDate", reason: "appointment-before-received", value: r.appointmentDate });
  if (r.extensionDate !== null && r.extensionDate < r.appointmentDate)
    return new DossierRecordInvalid({ field: "extensionDate", reason: "extension-before-appointment", value: r.extensionDate });
  if (r.resolvedAt !== null) {
    if ((parseTimestamp(r.resolvedAt) as number) < received)
      return new DossierRecordInvalid({ field: "resolvedAt", reason: "resolved-before-received", value: r.resolvedAt });
    if (r.outcome === null) return new DossierRecordInvalid({ field: "outcome", reason: "resolved-without-outcome", value: "" });
  } else if (r.outcome !== null) {
    return new DossierRecordInvalid({ field: "resolvedAt", reason: "outcome-without-resolved", value: "" });
  }
  return undefined;
};

/** A dossier record whose dates hold together (the contract of CSV and JSON-lines input). */
export const DossierRecord = DossierRecordFields.pipe(
  Schema.filter((r) => {
    const e = checkDates(r);
    return e === undefined ? true : { path: [e.field], message: messageVi(e) };
  }),
  Schema.annotations({ identifier: "DossierRecord", description: "Bản ghi hồ sơ TTHC từ hệ thống một cửa" }),
);
export type DossierRecord = typeof DossierRecord.Type;

const decodeFields = Schema.decodeUnknownEither(DossierRecordFields, { errors: "first" });

/**
 * Decodes one JSON-lines input object, naming the first field at fault. Missing required keys
 * read as "missing"; other field failures as "invalid"; date conflicts by their own reason.
 */
export const decode = (input: unknown): Either.Either<DossierRecord, DossierRecordInvalid> =>
  Either.flatMap(
    Either.mapLeft(decodeFields(input), (error) => {
      const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0];
      const field = String(issue?.path[0] ?? "");
      const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[field] : input;
      const missing = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
      return new DossierRecordInvalid({
        field,
        reason: missing ? "missing" : issue?.message.startsWith("giá trị quá dài") ? "too-long" : "invalid",
        value: raw === undefined || raw === null ? "" : String(raw),
      });
    }),
    (r) => {
      const e = checkDates(r);
      return e === undefined ? Either.right(r as DossierRecord) : Either.left(e);
    },
  );

/** The counting facts of a valid record (Vietnam days, effective appointment). */
export const toFacts = (r: DossierRecord): DossierFacts => ({
  unitCode: r.unitCode,
  procedureLevel: r.procedureLevel,
  channel: r.channel,
  receivedDay: vietnamDay(parseTimestamp(r.receivedAt) as number),
  dueDay: r.extensionDate ?? r.appointmentDate,
  extended: r.extensionDate !== null,
  finishedDay: r.resolvedAt === null ? null : vietnamDay(parseTimestamp(r.resolvedAt) as number),
  outcome: r.outcome,
  dossierDigitised: r.dossierDigitised,
  resultDigitised: r.resultDigitised,
  paidOnline: r.paidOnline,
});
