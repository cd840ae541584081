/**
 * The document register of a unit: documents it issued and documents it received (plans, decisions,
 * official letters, the legal texts it implements), each with number/symbol, date, issuer, summary
 * and the parent document it implements. Number and symbol follow `DocumentReference` (Nghị định
 * 30/2020); the same number/symbol/year/issuer may be registered once only.
 */

import { Schema } from "effect";
import * as DocumentReference from "../DocumentReference.js";
import { LocalDate } from "../LocalDate.js";
import { PeriodCode } from "../Period.js";

/** Whether the unit issued the document or received it. */
export const Direction = Schema.Literal("issued", "received").annotations({
  identifier: "DocumentDirection",
  description: "issued (văn bản đi, do đơn vị ban hành) hoặc received (văn bản đến / văn bản cấp trên làm căn cứ)",
});
export type Direction = typeof Direction.Type;

const fields = {
  unit: Schema.String.annotations({ description: "Mã đơn vị giữ sổ văn bản, ví dụ DT.VPUBND" }),
  direction: Direction,
  type: DocumentReference.DocumentTypeCode,
  number: Schema.NullOr(
    Schema.Int.pipe(Schema.greaterThanOrEqualTo(1, { message: () => "Số văn bản phải là số nguyên từ 1 trở lên" })),
  ).annotations({ description: "Số văn bản; null khi chưa cấp số (Số: /BC-VPUBND) hoặc văn bản không số" }),
  year: Schema.NullOr(Schema.Int.pipe(Schema.between(1945, 2100))).annotations({
    description: "Năm ghi trong số của văn bản quy phạm pháp luật (61/2018/NĐ-CP → 2018), null nếu không có",
  }),
  symbol: Schema.String.pipe(
    Schema.maxLength(100, { message: () => "Ký hiệu văn bản dài quá 100 ký tự" }),
    Schema.pattern(DocumentReference.SYMBOL, { message: () => "Ký hiệu văn bản không hợp lệ (ví dụ: KH-VPUBND)" }),
  ),
  date: LocalDate,
  // the register's unique index holds symbol and issuer: together they must fit a btree row (2.704 bytes)
  issuer: Schema.Trim.pipe(
    Schema.nonEmptyString({ message: () => "Cơ quan ban hành không được để trống" }),
    Schema.maxLength(300, { message: () => "Cơ quan ban hành dài quá 300 ký tự" }),
  ),
  summary: Schema.Trim.pipe(
    Schema.nonEmptyString({ message: () => "Trích yếu không được để trống" }),
    Schema.maxLength(2000, { message: () => "Trích yếu dài quá 2.000 ký tự" }),
  ),
  parentId: Schema.NullOr(Schema.Number).annotations({ description: "Văn bản cấp trên mà văn bản này triển khai" }),
  reportedIn: Schema.NullOr(PeriodCode).annotations({
    description: "Kỳ báo cáo nêu văn bản như việc đã làm trong kỳ (ngày ban hành phải nằm trong kỳ); null với văn bản căn cứ",
  }),
};

/** What a client sends to register a document. */
export const RegisterEntryInput = Schema.Struct(fields).pipe(
  Schema.filter((d) =>
    DocumentReference.symbolMatchesType(d.type, d.symbol)
      ? undefined
      : { path: ["symbol"], message: `Ký hiệu "${d.symbol}" không phù hợp với loại văn bản ${DocumentReference.byCode(d.type).name}` },
  ),
  Schema.annotations({ identifier: "DocumentInput", title: "Văn bản" }),
);
export type RegisterEntryInput = typeof RegisterEntryInput.Type;

/** A registered document. */
export const RegisterEntry = Schema.Struct({
  id: Schema.Number,
  ...fields,
  numberSymbol: Schema.String.annotations({ description: "Số, ký hiệu như văn bản ghi: 19/KH-VPUBND" }),
  reference: Schema.String.annotations({
    description: "Câu trích dẫn chuẩn: Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của … về …",
  }),
  version: Schema.Number,
}).annotations({ identifier: "Document" });
export type RegisterEntry = typeof RegisterEntry.Type;

/** The same number/symbol/year/issuer is registered already. */
export class DocumentDuplicate extends Schema.TaggedError<DocumentDuplicate>()("DocumentDuplicate", {
  numberSymbol: Schema.String,
  issuer: Schema.String,
  existingId: Schema.Number,
}) {}

/** No document has this id. */
export class DocumentNotFound extends Schema.TaggedError<DocumentNotFound>()("DocumentNotFound", { id: Schema.Number }) {}

/** A record that cites a document as its evidence: a plan task (by id) or a PAR Index criterion of a unit. */
export const DocumentUse = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("task"), id: Schema.Number, title: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("par-score"), framework: Schema.String, unit: Schema.String, criterion: Schema.String }),
).annotations({ identifier: "DocumentUse" });
export type DocumentUse = typeof DocumentUse.Type;

/** A use in words: "nhiệm vụ «…» (mã 5)", "tiêu chí 1.2 (bộ chỉ số DT-SO-2022, đơn vị DT.SNV)". */
export const documentUseText = (u: DocumentUse): string =>
  u.kind === "task" ? `nhiệm vụ «${u.title}» (mã ${u.id})` : `tiêu chí ${u.criterion} (bộ chỉ số ${u.framework}, đơn vị ${u.unit})`;

/**
 * The document is the evidence of tasks or PAR Index criteria: removing it would leave their
 * evidence naming nothing (a score's evidence is what its appraisal rests on), so it is refused
 * until the evidence is taken off.
 */
export class DocumentInUse extends Schema.TaggedError<DocumentInUse>()("DocumentInUse", {
  id: Schema.Number,
  uses: Schema.Array(DocumentUse),
}) {}

/** The parent document named does not exist (or is the document itself). */
export class DocumentParentInvalid extends Schema.TaggedError<DocumentParentInvalid>()("DocumentParentInvalid", {
  parentId: Schema.Number,
}) {}

/** The year that scopes a number: numbers restart every 1 January, normative numbers carry their year. */
export const numberingYear = (d: Pick<RegisterEntryInput, "year" | "date">): number => d.year ?? Number(d.date.slice(0, 4));

/** "19/KH-VPUBND", "61/2018/NĐ-CP", or "/BC-VPUBND" when the number is not given yet. */
export const numberSymbol = (d: Pick<RegisterEntryInput, "number" | "year" | "symbol">): string =>
  d.number === null ? `/${d.symbol}` : DocumentReference.formatNumberSymbol({ number: d.number, year: d.year, symbol: d.symbol });

/** The canonical reference sentence of a document. */
export const referenceText = (
  d: Pick<RegisterEntryInput, "type" | "number" | "year" | "symbol" | "date" | "issuer" | "summary">,
): string =>
  d.number === null ? `${DocumentReference.byCode(d.type).name} ${d.summary}` : DocumentReference.format({ ...d, number: d.number });

/** The key under which a document must be unique (null when it has no number: unnumbered documents never collide). */
export const duplicateKey = (d: Pick<RegisterEntryInput, "number" | "year" | "symbol" | "date" | "issuer">): string | null =>
  d.number === null ? null : `${d.number}|${d.symbol}|${numberingYear(d)}|${d.issuer.normalize("NFC").toLowerCase()}`;
