/**
 * Document references as Vietnamese reports cite them: "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12
 * năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022" — type name,
 * number (below 10 with a leading zero), symbol, date in the Nghị định 30/2020 form, issuer, summary.
 */
import { formatLongNd30 } from "@cchc/domain/VnDate";
import type { ReportDocumentRef } from "./ReportInput.js";

const TYPE_NAMES: Record<string, string> = {
  BC: "Báo cáo",
  KH: "Kế hoạch",
  QĐ: "Quyết định",
  CV: "Công văn",
  TTr: "Tờ trình",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  ĐA: "Đề án",
  CT: "Chỉ thị",
  NQ: "Nghị quyết",
  BB: "Biên bản",
  NĐ: "Nghị định",
  TT: "Thông tư",
};

/** The Vietnamese name of a document type abbreviation ("KH" → "Kế hoạch"); unknown ones as written. */
export const typeName = (type: string): string => TYPE_NAMES[type] ?? type;

/** "07" for 7, numbers of 10 and more and non-numeric numbers as written. */
export const padNumber = (n: string): string => (/^\d$/.test(n) ? `0${n}` : n);

/** "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021" (without issuer and summary). */
export const shortCitation = (d: ReportDocumentRef): string =>
  `${typeName(d.type)} số ${padNumber(d.number)}/${d.symbol} ${formatLongNd30(d.date)}`;

/** The full citation; `withIssuer: false` leaves out "của …" (documents of the reporting unit itself). */
export const citation = (d: ReportDocumentRef, options: { readonly withIssuer?: boolean } = {}): string => {
  const issuer = options.withIssuer === false ? "" : ` của ${d.issuer}`;
  const summary = d.summary.trim() === "" ? "" : ` ${/^(về|V\/v)\b/iu.test(d.summary.trim()) ? "" : "về "}${d.summary.trim()}`;
  return `${shortCitation(d)}${issuer}${summary}`;
};

/** The "number/symbol" key of a document ("19/KH-VPUBND"), as it appears in texts. */
export const numberSymbol = (d: ReportDocumentRef): string => `${padNumber(d.number)}/${d.symbol}`;
