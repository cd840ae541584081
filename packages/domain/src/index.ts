/**
 * The CCHC domain, by module. Callers usually import one module by path
 * (`import * as Period from "@cchc/domain/Period"`); this index gives the same namespaces.
 */
export * as Area from "./Area.js";
export * as Calendar from "./Calendar.js";
export * as DocumentReference from "./DocumentReference.js";
export * as DocumentType from "./DocumentType.js";
export * as LocalDate from "./LocalDate.js";
export * as OrgUnit from "./OrgUnit.js";
export * as Period from "./Period.js";
export * as Text from "./Text.js";
export * as VnDate from "./VnDate.js";
export * as VnMoney from "./VnMoney.js";
export * as VnNumber from "./VnNumber.js";
export * as VnRate from "./VnRate.js";
