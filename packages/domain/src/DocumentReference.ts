/**
 * References to administrative documents ("Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của
 * Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022"). Nghị định 30/2020/NĐ-CP: the
 * symbol (ký hiệu) is the type abbreviation and the issuer's abbreviation ("KH-VPUBND"); a công văn
 * has no type abbreviation ("VPUBND-KSTTHC"); legal normative documents put the year between number
 * and symbol ("61/2018/NĐ-CP"); numbers below 10 get a leading zero ("07").
 */
import { Either, Schema } from "effect";
import { ABBREVIATIONS, byCode, type DocumentType, DocumentTypeCode, SYMBOL, symbolMatchesType, types } from "./DocumentType.js";
import * as LocalDate from "./LocalDate.js";
import { foldDiacritics, foldKeepingIndexes, normalize } from "./Text.js";
import * as VnDate from "./VnDate.js";

/** The document-type table, re-exported so callers of references need one import. */
export { byCode, byName, type DocumentType, DocumentTypeCode, SYMBOL, symbolMatchesType, types } from "./DocumentType.js";

/** A reference as parsed from text. */
export interface DocumentReference {
  readonly type: DocumentTypeCode;
  readonly typeName: string;
  readonly number: number;
  /** The number as written ("07", "5"), to check the leading zero. */
  readonly numberText: string;
  /** The year of a normative number ("61/2018/NĐ-CP" → 2018), else null. */
  readonly year: number | null;
  readonly symbol: string;
  /** The symbol without the type abbreviation ("KH-VPUBND" → "VPUBND", "VPUBND-KSTTHC" stays). */
  readonly issuerCode: string;
  readonly date: LocalDate.LocalDate | null;
  readonly issuer: string | null;
  /** The trích yếu after "về" ("việc phối hợp …" keeps "việc"), or the words after the date when no "về". */
  readonly summary: string | null;
}

/** Why a text is not a document reference. */
export type ReferenceProblemCode =
  | "number-missing"
  | "symbol-missing"
  | "symbol-malformed"
  | "symbol-type-mismatch"
  | "number-not-padded"
  | "date-missing"
  | "date-invalid"
  | "issuer-missing";

/** A text that does not parse as one document reference. */
export class DocumentReferenceInvalid extends Schema.TaggedError<DocumentReferenceInvalid>()("DocumentReferenceInvalid", {
  text: Schema.String,
  reason: Schema.Literal("type-unknown", "number-missing", "symbol-missing", "date-invalid", "unparsed"),
}) {}

// Everything below is matched on the diacritic-free fold (same indexes as the NFC text).
const typeAlternation = [...types]
  .sort((a, b) => b.name.length - a.name.length)
  .map((x) => foldDiacritics(x.name).replace(/ /g, String.raw`\s+`))
  .join("|");
const HEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(${typeAlternation})\s+so\s*:?\s*(?=\d|\/)`, "u");
const NUMBER = /(\d+)?(?:\s*\/\s*(\d{4})(?=\s*\/))?(?:\s*\/\s*([\p{L}\d&]+(?:-[\p{L}\d&]+)*))?/uy;
const DATE = /\s*,?\s*ngay\s+(\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})/uy;
const ISSUER = /\s+cua\s+/uy;
const ABOUT = /\s+ve\s+/uy;
// In prose an issuer ends before the summary or a predicate; in a lone reference only before "về".
// Matched on the case-keeping fold: predicates are lower case, issuer names capitalise proper nouns
// ("Sở Tài chính", "thành phố Đà Nẵng"), so "tài"/"đã" in a name do not end it.
const ISSUER_END_PROSE =
  /\s+(?:ve|thuc\s+hien|trien\s+khai|quy\s+dinh|huong\s+dan|ban\s+hanh|phe\s+duyet|sua\s+doi|va\s+cac|tai|trong|da|de|nham|theo|giao|cho|ngay)(?![\p{L}\p{N}])|\s*[,;.:()“”"\n]|$/u;
const SUMMARY_END_PROSE = /\s*(?:[;:()“”"\n]|[,.](?=[\s/]|$))|$/u;

interface Scan {
  readonly start: number;
  readonly end: number;
  readonly type: DocumentType;
  readonly numberText: string | null;
  readonly year: number | null;
  readonly symbol: string | null;
  readonly dateText: string | null;
  readonly date: LocalDate.LocalDate | null;
  readonly issuer: string | null;
  readonly summary: string | null;
}

const firstMatchFrom = (re: RegExp, s: string, from: number): number => {
  const m = re.exec(s.slice(from));
  return m ? from + m.index : s.length;
};

const scanAt = (nfc: string, folded: string, cased: string, head: RegExpExecArray, prose: boolean): Scan => {
  const start = head.index;
  const typeFolded = (head[1] ?? "").replace(/\s+/g, " ");
  const type = types.find((x) => foldDiacritics(x.name) === typeFolded) as DocumentType;
  let pos = start + head[0].length;
  NUMBER.lastIndex = pos;
  const n = NUMBER.exec(folded);
  const numberText = n?.[1] ?? null;
  const year = n?.[2] ? Number(n[2]) : null;
  const symbol = n?.[3] ? nfc.slice(pos + (n[0].length - n[3].length), pos + n[0].length) : null;
  pos += n?.[0].length ?? 0;
  let dateText: string | null = null;
  let date: LocalDate.LocalDate | null = null;
  DATE.lastIndex = pos;
  const dm = DATE.exec(folded);
  if (dm) {
    dateText = nfc.slice(pos + dm[0].length - (dm[1] ?? "").length, pos + dm[0].length);
    date = Either.getOrNull(VnDate.parse(dateText.startsWith("ngày") ? dateText : `ngày ${dateText}`));
    pos += dm[0].length;
  }
  let issuer: string | null = null;
  ISSUER.lastIndex = pos;
  const im = ISSUER.exec(folded);
  if (im) {
    const from = pos + im[0].length;
    const to = prose ? firstMatchFrom(ISSUER_END_PROSE, cased, from) : firstMatchFrom(/\s+ve\s+/u, folded, from);
    if (to > from) {
      issuer = nfc.slice(from, to).trim();
      pos = to;
    }
  }
  let summary: string | null = null;
  ABOUT.lastIndex = pos;
  const am = ABOUT.exec(folded);
  if (am) {
    const from = pos + am[0].length;
    const to = prose ? firstMatchFrom(SUMMARY_END_PROSE, folded, from) : nfc.length;
    summary = nfc.slice(from, to).trim() || null;
    pos = summary ? to : pos;
  } else if (!prose && pos < nfc.length) {
    summary = nfc.slice(pos).trim() || null;
    pos = nfc.length;
  }
  return { start, end: pos, type, numberText, year, symbol, dateText, date, issuer, summary };
};

const issuerCodeOf = (type: DocumentType, symbol: string): string =>
  type.abbreviation !== null && symbol.startsWith(`${type.abbreviation}-`) ? symbol.slice(type.abbreviation.length + 1) : symbol;

const toReference = (s: Scan): DocumentReference | null =>
  s.numberText === null || s.symbol === null
    ? null
    : {
        type: s.type.code,
        typeName: s.type.name,
        number: Number(s.numberText),
        numberText: s.numberText,
        year: s.year,
        symbol: s.symbol,
        issuerCode: issuerCodeOf(s.type, s.symbol),
        date: s.date,
        issuer: s.issuer,
        summary: s.summary,
      };

/** Parses one reference; the text must start with the type name ("Quyết định số 36/QĐ-VPUBND ngày 27/4/2022 của …"). */
export const parse = (text: string): Either.Either<DocumentReference, DocumentReferenceInvalid> => {
  const nfc = normalize(text);
  const folded = foldKeepingIndexes(nfc);
  const head = HEAD.exec(folded);
  if (head?.index !== 0) return Either.left(new DocumentReferenceInvalid({ text, reason: "type-unknown" }));
  const s = scanAt(nfc, folded, nfc, head, false);
  if (s.numberText === null) return Either.left(new DocumentReferenceInvalid({ text, reason: "number-missing" }));
  if (s.symbol === null) return Either.left(new DocumentReferenceInvalid({ text, reason: "symbol-missing" }));
  if (s.dateText !== null && s.date === null) return Either.left(new DocumentReferenceInvalid({ text, reason: "date-invalid" }));
  if (s.end < nfc.length) return Either.left(new DocumentReferenceInvalid({ text, reason: "unparsed" }));
  return Either.right(toReference(s) as DocumentReference);
};

/** The fields `format` needs (a parsed reference or a `DocumentRef`). */
export interface FormattableReference {
  readonly type: DocumentTypeCode;
  readonly number: number;
  readonly year?: number | null | undefined;
  readonly symbol: string;
  readonly date?: LocalDate.LocalDate | null | undefined;
  readonly issuer?: string | null | undefined;
  readonly summary?: string | null | undefined;
}

/** The number and symbol as a header writes them: "19/KH-VPUBND", "07/VPUBND-KSTTHC", "61/2018/NĐ-CP". */
export const formatNumberSymbol = (ref: Pick<FormattableReference, "number" | "year" | "symbol">): string =>
  `${String(ref.number).padStart(2, "0")}${ref.year ? `/${ref.year}` : ""}/${ref.symbol}`;

/** The canonical text: "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của … về …" (Nghị định 30 zero padding). */
export const format = (ref: FormattableReference): string =>
  [
    `${byCode(ref.type).name} số ${formatNumberSymbol(ref)}`,
    ref.date ? VnDate.formatLongNd30(ref.date) : null,
    ref.issuer ? `của ${ref.issuer}` : null,
    ref.summary ? `về ${ref.summary}` : null,
  ]
    .filter((x) => x !== null)
    .join(" ");

/** The "Số:" line of a document header, parsed: number (null when left blank for the clerk), year, symbol. */
export interface NumberLine {
  readonly numberText: string | null;
  readonly number: number | null;
  readonly year: number | null;
  readonly symbol: string;
  /** The type abbreviation the symbol starts with, if it is one of the table ("BC"); null for a công văn. */
  readonly typeAbbreviation: string | null;
}

const NUMBER_LINE = /^(?:số\s*:?\s*)?(\d+)?\s*(?:\/\s*(\d{4})\s*)?\/\s*([\p{L}\d&]+(?:-[\p{L}\d&]+)*)$/iu;

/** Parses "Số: 19/KH-VPUBND", "Số: /BC-VPUBND" (number not yet given) or "61/2018/NĐ-CP"; null when it is not such a line. */
export const parseNumberLine = (text: string): NumberLine | null => {
  const m = NUMBER_LINE.exec(normalize(text));
  if (!m) return null;
  const symbol = m[3] ?? "";
  const first = symbol.split("-")[0] ?? "";
  return {
    numberText: m[1] ?? null,
    number: m[1] ? Number(m[1]) : null,
    year: m[2] ? Number(m[2]) : null,
    symbol,
    typeAbbreviation: ABBREVIATIONS.has(first) && symbol.includes("-") ? first : null,
  };
};

/** A defect of a reference found in prose. */
export interface ReferenceProblem {
  readonly code: ReferenceProblemCode;
}

/** A reference found in prose, with where it is and what is wrong with it. */
export interface ReferenceMention {
  /** Offset in the NFC text. */
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly type: DocumentTypeCode;
  /** The parsed reference, null when the number or symbol is missing. */
  readonly reference: DocumentReference | null;
  readonly problems: ReadonlyArray<ReferenceProblem>;
}

const problemsOf = (s: Scan): Array<ReferenceProblem> => {
  const out: Array<ReferenceProblemCode> = [];
  if (s.numberText === null) out.push("number-missing");
  else if (Number(s.numberText) < 10 && s.numberText.length < 2) out.push("number-not-padded");
  if (s.symbol === null) out.push("symbol-missing");
  else if (s.type.abbreviation !== null && s.symbol === s.type.abbreviation) out.push("symbol-malformed");
  else if (!symbolMatchesType(s.type.code, s.symbol)) out.push("symbol-type-mismatch");
  if (s.dateText === null) out.push("date-missing");
  else if (s.date === null) out.push("date-invalid");
  if (s.issuer === null) out.push("issuer-missing");
  return out.map((code) => ({ code }));
};

/**
 * Every reference ("<loại> số …") in prose, in order, with its problems. "issuer-missing" is
 * common and often harmless (the author's own documents); the checker decides how much it weighs.
 * The summary in prose runs to the end of the clause (";", ".", ":"), a best effort.
 */
export const findAll = (text: string): ReadonlyArray<ReferenceMention> => {
  const nfc = text.normalize("NFC");
  const folded = foldKeepingIndexes(nfc);
  const cased = foldKeepingIndexes(nfc, { keepCase: true });
  const out: Array<ReferenceMention> = [];
  for (const head of folded.matchAll(new RegExp(HEAD.source, "gu"))) {
    const s = scanAt(nfc, folded, cased, head as RegExpExecArray, true);
    out.push({
      index: s.start,
      length: s.end - s.start,
      text: nfc.slice(s.start, s.end),
      type: s.type.code,
      reference: toReference(s),
      problems: problemsOf(s),
    });
  }
  return out;
};

const example = {
  type: "KH" as const,
  number: 19,
  symbol: "KH-VPUBND",
  date: "2021-12-31" as LocalDate.LocalDate,
  issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
  summary: "cải cách hành chính năm 2022",
};

const DocumentRefFields = Schema.Struct({
  type: DocumentTypeCode.annotations({ message: () => ({ message: "Loại văn bản không hợp lệ", override: true }) }),
  number: Schema.Int.pipe(
    Schema.greaterThanOrEqualTo(1, { message: () => "Số văn bản phải là số nguyên từ 1 trở lên" }),
    Schema.annotations({ message: () => "Số văn bản phải là số nguyên từ 1 trở lên", description: "Số văn bản (từ 01 mỗi năm)" }),
  ),
  year: Schema.optional(
    Schema.Int.pipe(
      Schema.between(1945, 2100, { message: () => "Năm trong số văn bản không hợp lệ" }),
      Schema.annotations({ description: "Năm ban hành ghi trong số của văn bản quy phạm pháp luật (61/2018/NĐ-CP)" }),
    ),
  ),
  symbol: Schema.String.pipe(
    Schema.pattern(SYMBOL, { message: () => "Ký hiệu văn bản không hợp lệ (ví dụ: KH-VPUBND)" }),
    Schema.annotations({
      description: "Ký hiệu: viết tắt loại văn bản - viết tắt cơ quan ban hành",
      examples: ["KH-VPUBND", "VPUBND-KSTTHC"],
    }),
  ),
  date: LocalDate.LocalDate.annotations({
    message: () => "Ngày ban hành không hợp lệ (dạng YYYY-MM-DD)",
    description: "Ngày ban hành (YYYY-MM-DD)",
    jsonSchema: { type: "string", format: "date" },
  }),
  issuer: Schema.optional(
    Schema.Trim.pipe(
      Schema.nonEmptyString({ message: () => "Cơ quan ban hành không được để trống" }),
      Schema.annotations({ description: "Cơ quan ban hành" }),
    ),
  ),
  summary: Schema.optional(
    Schema.Trim.pipe(
      Schema.nonEmptyString({ message: () => "Trích yếu không được để trống" }),
      Schema.annotations({ description: "Trích yếu nội dung (sau chữ “về”)" }),
    ),
  ),
}).annotations({
  title: "Văn bản",
  description: "Số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu của một văn bản",
  examples: [example],
});

/** A document reference as the API accepts it; the symbol must suit the type (Vietnamese messages). */
export const DocumentRef = DocumentRefFields.pipe(
  Schema.filter((ref) =>
    symbolMatchesType(ref.type, ref.symbol)
      ? undefined
      : { path: ["symbol"], message: `Ký hiệu "${ref.symbol}" không phù hợp với loại văn bản ${byCode(ref.type).name}` },
  ),
  Schema.annotations({ identifier: "DocumentRef" }),
);
export type DocumentRef = typeof DocumentRef.Type;
