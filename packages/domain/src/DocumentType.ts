/**
 * The document types of Nghị định 30/2020/NĐ-CP (Phụ lục III) and their abbreviations in a
 * symbol: "Kế hoạch" → KH, "Báo cáo" → BC; a công văn has none ("VPUBND-KSTTHC").
 */
import { Schema } from "effect";
import { foldDiacritics } from "./Text.js";

/** A document type: our code, its Vietnamese name, the abbreviation used in symbols (null when none), its English name. */
export interface DocumentType {
  readonly code: DocumentTypeCode;
  readonly name: string;
  readonly abbreviation: string | null;
  readonly nameEn: string;
  /** Whether the type is (or can be) a legal normative document whose number carries the year. */
  readonly normative: boolean;
}

const CODES = [
  "NQ",
  "QĐ",
  "CT",
  "QC",
  "QyĐ",
  "TC",
  "TB",
  "HD",
  "CTr",
  "KH",
  "PA",
  "ĐA",
  "DA",
  "BC",
  "BB",
  "TTr",
  "HĐ",
  "CĐ",
  "BGN",
  "BTT",
  "GUQ",
  "GM",
  "GGT",
  "GNP",
  "PG",
  "PC",
  "PB",
  "ThC",
  "CV",
  "NĐ",
  "TT",
  "TTLT",
  "L",
  "VB",
] as const;

/** Stable code of a document type ("KH", "QĐ", "CV" for công văn…). */
export const DocumentTypeCode = Schema.Literal(...CODES).annotations({
  identifier: "DocumentTypeCode",
  description: "Mã loại văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục III); CV = công văn",
});
export type DocumentTypeCode = typeof DocumentTypeCode.Type;

const t = (code: DocumentTypeCode, name: string, abbreviation: string | null, nameEn: string, normative = false): DocumentType => ({
  code,
  name,
  abbreviation,
  nameEn,
  normative,
});

/** The types of Nghị định 30/2020 (Phụ lục III), plus công văn, thư công and the normative types the reports cite. */
export const types: ReadonlyArray<DocumentType> = [
  t("NQ", "Nghị quyết", "NQ", "Resolution", true),
  t("QĐ", "Quyết định", "QĐ", "Decision", true),
  t("CT", "Chỉ thị", "CT", "Directive"),
  t("QC", "Quy chế", "QC", "Rules"),
  t("QyĐ", "Quy định", "QyĐ", "Regulation"),
  t("TC", "Thông cáo", "TC", "Communiqué"),
  t("TB", "Thông báo", "TB", "Notice"),
  t("HD", "Hướng dẫn", "HD", "Guidance"),
  t("CTr", "Chương trình", "CTr", "Programme"),
  t("KH", "Kế hoạch", "KH", "Plan"),
  t("PA", "Phương án", "PA", "Scheme"),
  t("ĐA", "Đề án", "ĐA", "Project proposal"),
  t("DA", "Dự án", "DA", "Project"),
  t("BC", "Báo cáo", "BC", "Report"),
  t("BB", "Biên bản", "BB", "Minutes"),
  t("TTr", "Tờ trình", "TTr", "Submission"),
  t("HĐ", "Hợp đồng", "HĐ", "Contract"),
  t("CĐ", "Công điện", "CĐ", "Official telegram"),
  t("BGN", "Bản ghi nhớ", "BGN", "Memorandum of understanding"),
  t("BTT", "Bản thỏa thuận", "BTT", "Agreement"),
  t("GUQ", "Giấy ủy quyền", "GUQ", "Power of attorney"),
  t("GM", "Giấy mời", "GM", "Invitation"),
  t("GGT", "Giấy giới thiệu", "GGT", "Letter of introduction"),
  t("GNP", "Giấy nghỉ phép", "GNP", "Leave permit"),
  t("PG", "Phiếu gửi", "PG", "Dispatch slip"),
  t("PC", "Phiếu chuyển", "PC", "Transfer slip"),
  t("PB", "Phiếu báo", "PB", "Notification slip"),
  t("ThC", "Thư công", null, "Official letter (thư công)"),
  t("CV", "Công văn", null, "Official letter"),
  t("NĐ", "Nghị định", "NĐ", "Decree", true),
  t("TTLT", "Thông tư liên tịch", "TTLT", "Joint circular", true),
  t("TT", "Thông tư", "TT", "Circular", true),
  t("L", "Luật", null, "Law", true),
  t("VB", "Văn bản", null, "Document"),
];

/** The type of a code. */
export const byCode = (code: DocumentTypeCode): DocumentType => types.find((x) => x.code === code) as DocumentType;

/** The type whose Vietnamese name is `name` (case and diacritics ignored), if any. */
export const byName = (name: string): DocumentType | undefined => {
  const f = foldDiacritics(name);
  return types.find((x) => foldDiacritics(x.name) === f);
};

/** Every type abbreviation that can open a symbol ("KH", "QĐ", …). */
export const ABBREVIATIONS = new Set(types.flatMap((x) => (x.abbreviation ? [x.abbreviation] : [])));

/** Shape of a symbol: segments of letters/digits ("KH-VPUBND", "NĐ-CP", "QĐ-UBND-HC", "KSTTHC&PVHCC"). */
export const SYMBOL = /^[A-Za-z0-9Đđ&]+(?:-[A-Za-z0-9Đđ&]+)*$/;

/** Whether a symbol suits a type: it starts with the type abbreviation and names an issuer; a type without one must not start with another type's. */
export const symbolMatchesType = (type: DocumentTypeCode, symbol: string): boolean => {
  const segments = symbol.split("-");
  const abbr = byCode(type).abbreviation;
  if (abbr === null) return type === "VB" || type === "L" || !ABBREVIATIONS.has(segments[0] ?? "");
  return segments[0] === abbr && segments.length >= 2;
};
